import PageGraphics
import RoutineModel

/// The key to the figure highlights: a swatch and words for each strength.
struct Legend {
    var layout: Layout
    var measurer: TextMeasuring
    var showSecondary: Bool
    /// How wide the legend may be side by side; one wider than this (bilingual, or on narrow paper) is set one entry under the other.
    var room = Points(1_000_000)

    func frame() -> Frame {
        let style = layout.style("legend")
        let fs = layout.figureStyle
        // A bilingual sheet names each strength in both languages.
        func words(_ own: String?, _ key: WordKey) -> String { own ?? ([layout.words(key)] + [layout.secondWords(key)].compactMap { $0 }).joined(separator: " · ") }
        var entries = [(fs.primaryFill, words(layout.figures.legendPrimary, .legendPrimary))]
        if showSecondary { entries.append((fs.secondaryFill, words(layout.figures.legendSecondary, .legendSecondary))) }
        let spec = layout.figures, swatch = spec.swatch
        var frame = Frame(size: Size(width: 0, height: 0))
        // Side by side; when that is wider than its room, one under the other, so the words do not widen the figures' box.
        let across = entries.reduce(Points.zero) { $0 + swatch + spec.swatchGap + measurer.measure($1.1, style: style, width: nil).size.width + spec.legendEntryGap }
        let stacked = across - spec.legendEntryGap > room
        var x = Points.zero, y = Points.zero, widest = Points.zero
        for (fill, words) in entries {
            let text = TextBox(words, style, width: nil, measurer: measurer)
            let lineHeight = text.size.height
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch), cornerRadius: 2),
                                       fill: fill)), at: .zero)
            text.place(in: &frame, at: Point(x: x + swatch + spec.swatchGap, y: y), tag: .decoration)
            widest = Points.max(widest, swatch + spec.swatchGap + text.size.width)
            if stacked { y += lineHeight } else { x += swatch + spec.swatchGap + text.size.width + spec.legendEntryGap }
            frame.size.height = Points.max(frame.size.height, stacked ? y : lineHeight)
        }
        frame.size.width = stacked ? widest : x - spec.legendEntryGap
        return frame
    }
}
