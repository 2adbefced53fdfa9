/// How a run of text looks: face, size, colour, spacing and alignment.
public struct TextStyle: Hashable, Sendable {
    /// The weight of a face.
    public enum Weight: String, Hashable, Sendable, Codable, CaseIterable {
        case regular, medium, semibold, bold
    }
    /// Where lines sit horizontally inside their width.
    public enum Alignment: String, Hashable, Sendable, Codable, CaseIterable {
        case left, center, right
    }

    public var family: String
    public var size: Points
    public var weight: Weight
    public var color: Color
    /// Line height as a multiple of the font size.
    public var lineHeight: Double
    /// Extra space between letters, in points.
    public var letterSpacing: Points
    public var alignment: Alignment
    /// Whether the text is set in capitals (the text itself is unchanged; drawing uppercases it).
    public var uppercase: Bool
    /// The language the text is in (a BCP-47 tag), for line breaking; nil: the text system's own.
    public var language: String?

    public init(family: String, size: Points, weight: Weight = .regular, color: Color = .black,
                lineHeight: Double = 1.3, letterSpacing: Points = 0, alignment: Alignment = .left, uppercase: Bool = false, language: String? = nil) {
        self.family = family; self.size = size; self.weight = weight; self.color = color
        self.lineHeight = lineHeight; self.letterSpacing = letterSpacing; self.alignment = alignment; self.uppercase = uppercase
        self.language = language
    }

    /// The same style with another colour.
    public func with(color: Color) -> TextStyle { var s = self; s.color = color; return s }
    /// The same style with another weight.
    public func with(weight: Weight) -> TextStyle { var s = self; s.weight = weight; return s }
    /// The same style with another alignment.
    public func with(alignment: Alignment) -> TextStyle { var s = self; s.alignment = alignment; return s }
}
