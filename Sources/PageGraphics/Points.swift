/// A length in PostScript points (1/72 inch), the only length unit outside the Cairo backend.
public struct Points: Hashable, Comparable, Sendable, AdditiveArithmetic, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The length in points.
    public var value: Double

    public init(_ value: Double) { self.value = value }
    public init(floatLiteral value: Double) { self.value = value }
    public init(integerLiteral value: Int) { self.value = Double(value) }

    /// A length given in inches.
    public static func inches(_ inches: Double) -> Points { Points(inches * 72) }
    /// A length given in millimetres.
    public static func millimetres(_ mm: Double) -> Points { Points(mm * 72 / 25.4) }

    public static let zero = Points(0)
    public static func + (a: Points, b: Points) -> Points { Points(a.value + b.value) }
    public static func - (a: Points, b: Points) -> Points { Points(a.value - b.value) }
    public static func * (a: Points, k: Double) -> Points { Points(a.value * k) }
    public static func * (k: Double, a: Points) -> Points { Points(a.value * k) }
    public static func / (a: Points, k: Double) -> Points { Points(a.value / k) }
    public static func / (a: Points, b: Points) -> Double { a.value / b.value }
    public static prefix func - (a: Points) -> Points { Points(-a.value) }
    public static func < (a: Points, b: Points) -> Bool { a.value < b.value }
    public static func += (a: inout Points, b: Points) { a.value += b.value }
    public static func -= (a: inout Points, b: Points) { a.value -= b.value }

    public var description: String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension Points {
    /// The larger of two lengths.
    public static func max(_ a: Points, _ b: Points) -> Points { a < b ? b : a }
    /// The smaller of two lengths.
    public static func min(_ a: Points, _ b: Points) -> Points { a < b ? a : b }
}
