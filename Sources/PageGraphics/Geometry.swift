/// A position on a page, in points from the top-left corner; y grows downwards.
public struct Point: Hashable, Sendable {
    public var x: Points
    public var y: Points
    public init(x: Points, y: Points) { self.x = x; self.y = y }
    public static let zero = Point(x: 0, y: 0)
    /// This point moved by another point's coordinates.
    public func offset(by d: Point) -> Point { Point(x: x + d.x, y: y + d.y) }
}

/// A width and a height.
public struct Size: Hashable, Sendable {
    public var width: Points
    public var height: Points
    public init(width: Points, height: Points) { self.width = width; self.height = height }
    /// The same size turned a quarter: width and height swapped.
    public var rotated: Size { Size(width: height, height: width) }
}

/// An axis-aligned rectangle.
public struct Rect: Hashable, Sendable {
    public var origin: Point
    public var size: Size
    public init(origin: Point, size: Size) { self.origin = origin; self.size = size }
    public init(x: Points, y: Points, width: Points, height: Points) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }
    public var minX: Points { origin.x }
    public var minY: Points { origin.y }
    public var maxX: Points { origin.x + size.width }
    public var maxY: Points { origin.y + size.height }
    public var width: Points { size.width }
    public var height: Points { size.height }
    /// The rectangle shrunk by insets on each side.
    public func inset(by i: Insets) -> Rect {
        Rect(x: minX + i.left, y: minY + i.top, width: width - i.left - i.right, height: height - i.top - i.bottom)
    }
    /// Whether `other` lies wholly inside this rectangle (with a small tolerance for rounding).
    public func contains(_ other: Rect) -> Bool {
        let e = Points(0.01)
        return other.minX >= minX - e && other.minY >= minY - e && other.maxX <= maxX + e && other.maxY <= maxY + e
    }
    /// Whether the two rectangles share any area.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}

/// Space kept free on each side of a rectangle.
public struct Insets: Hashable, Sendable, Codable {
    public var top: Points
    public var right: Points
    public var bottom: Points
    public var left: Points
    public init(top: Points, right: Points, bottom: Points, left: Points) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
    /// The same space on all four sides.
    public init(all: Points) { self.init(top: all, right: all, bottom: all, left: all) }
}

extension Points: Codable {
    public init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Double.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(value)
    }
}
