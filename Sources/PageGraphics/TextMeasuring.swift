/// Measures how text wraps and how much room it takes, without drawing it.
///
/// The layout engine depends only on this protocol; the Cairo backend implements it with Pango,
/// and layout tests with a fixed-width fake.
public protocol TextMeasuring {
    /// Lays `text` out in `style`, wrapped at `width` (or on one line when `width` is nil).
    func measure(_ text: String, style: TextStyle, width: Points?) -> TextMeasurement
}

/// The result of measuring a piece of text.
public struct TextMeasurement: Hashable, Sendable {
    /// The width of the widest line and the total height.
    public var size: Size
    /// The lines, top to bottom.
    public var lines: [TextLine]
    /// How many characters no available font could draw.
    public var missingGlyphs: Int

    public init(size: Size, lines: [TextLine], missingGlyphs: Int = 0) {
        self.size = size; self.lines = lines; self.missingGlyphs = missingGlyphs
    }
}

/// One laid-out line: which part of the text it holds and where it sits vertically.
public struct TextLine: Hashable, Sendable {
    /// The line's text as a range of UTF-8 byte offsets into the measured string.
    public var utf8Range: Range<Int>
    /// The top of the line, from the top of the text.
    public var top: Points
    /// The line's height, including its share of line spacing.
    public var height: Points
    public init(utf8Range: Range<Int>, top: Points, height: Points) {
        self.utf8Range = utf8Range; self.top = top; self.height = height
    }
}
