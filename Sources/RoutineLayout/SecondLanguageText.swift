import PageGraphics
import RoutineModel

/// A tool-written or catalog text in the sheet's language and, on a bilingual sheet, the same in
/// its second language below it, smaller and quieter (a Span in that language for a reader).
struct SecondLanguageText {
    var first: TextBox
    var second: TextBox?
    var gap: Points

    /// With `sameColor` the second language keeps the first's colour (white words on a coloured head).
    init(_ text: String, _ secondText: String?, _ style: TextStyle, width: Points?, layout: Layout, measurer: TextMeasuring, sameColor: Bool = false) {
        first = TextBox(text, style, width: width, measurer: measurer)
        let quiet = sameColor ? layout.secondStyle(style).with(color: style.color) : layout.secondStyle(style)
        second = secondText.flatMap { $0 == text ? nil : TextBox($0, quiet, width: width, measurer: measurer) }
        gap = layout.bilingual.gap
    }

    var size: Size {
        guard let second else { return first.size }
        return Size(width: Points.max(first.size.width, second.size.width), height: first.size.height + gap + second.size.height)
    }

    /// Places both texts, the second below the first, as parts of the element `tag`.
    func place(in frame: inout Frame, at p: Point, tag: ContentTag) {
        first.place(in: &frame, at: p, tag: tag)
        second?.place(in: &frame, at: Point(x: p.x, y: p.y + first.size.height + gap), tag: tag.secondLanguage)
    }
}

extension Layout {
    /// The phrase in the second language, on a bilingual sheet.
    func secondWords(_ key: WordKey, _ values: [String: String] = [:]) -> String? { second.map { $0(key, values) } }
}
