/// A vector outline made of straight and curved segments, in page points.
public struct Path: Hashable, Sendable {
    /// One drawing instruction of a path.
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public private(set) var elements: [Element] = []
    public init() {}

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) { elements.append(.curve(control1, control2, p)) }
    public mutating func close() { elements.append(.close) }

    /// A rectangle, optionally with rounded corners.
    public static func rect(_ r: Rect, cornerRadius: Points = 0) -> Path {
        var p = Path()
        let k = 0.5523 // control-point ratio for a quarter circle
        let c = Points.min(cornerRadius, Points.min(r.width, r.height) / 2)
        if c <= 0 {
            p.move(to: r.origin)
            p.line(to: Point(x: r.maxX, y: r.minY))
            p.line(to: Point(x: r.maxX, y: r.maxY))
            p.line(to: Point(x: r.minX, y: r.maxY))
            p.close()
            return p
        }
        let d = c * (1 - k)
        p.move(to: Point(x: r.minX + c, y: r.minY))
        p.line(to: Point(x: r.maxX - c, y: r.minY))
        p.curve(to: Point(x: r.maxX, y: r.minY + c), control1: Point(x: r.maxX - d, y: r.minY), control2: Point(x: r.maxX, y: r.minY + d))
        p.line(to: Point(x: r.maxX, y: r.maxY - c))
        p.curve(to: Point(x: r.maxX - c, y: r.maxY), control1: Point(x: r.maxX, y: r.maxY - d), control2: Point(x: r.maxX - d, y: r.maxY))
        p.line(to: Point(x: r.minX + c, y: r.maxY))
        p.curve(to: Point(x: r.minX, y: r.maxY - c), control1: Point(x: r.minX + d, y: r.maxY), control2: Point(x: r.minX, y: r.maxY - d))
        p.line(to: Point(x: r.minX, y: r.minY + c))
        p.curve(to: Point(x: r.minX + c, y: r.minY), control1: Point(x: r.minX, y: r.minY + d), control2: Point(x: r.minX + d, y: r.minY))
        p.close()
        return p
    }

    /// A straight line between two points.
    public static func line(from a: Point, to b: Point) -> Path {
        var p = Path(); p.move(to: a); p.line(to: b); return p
    }

    /// The path moved by an offset.
    public func offset(by d: Point) -> Path {
        var p = Path()
        p.elements = elements.map {
            switch $0 {
            case .move(let a): return .move(a.offset(by: d))
            case .line(let a): return .line(a.offset(by: d))
            case .curve(let a, let b, let c): return .curve(a.offset(by: d), b.offset(by: d), c.offset(by: d))
            case .close: return .close
            }
        }
        return p
    }
}
