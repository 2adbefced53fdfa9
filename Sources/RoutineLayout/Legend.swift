import PageGraphics

/// The key to the figure highlights: a swatch and words for each strength.
struct Legend {
    var layout: Layout
    var measurer: TextMeasuring
    var showSecondary: Bool

    func frame() -> Frame {
        let style = layout.style("legend")
        let fs = layout.figureStyle
        var entries = [(fs.primaryFill, layout.figures.legendPrimary ?? layout.words(.legendPrimary))]
        if showSecondary { entries.append((fs.secondaryFill, layout.figures.legendSecondary ?? layout.words(.legendSecondary))) }
        let spec = layout.figures, swatch = spec.swatch
        var frame = Frame(size: Size(width: 0, height: 0))
        var x = Points.zero
        for (fill, words) in entries {
            let text = TextBox(words, style, width: nil, measurer: measurer)
            let lineHeight = text.size.height
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: x, y: (lineHeight - swatch) / 2, width: swatch, height: swatch), cornerRadius: 2),
                                       fill: fill)), at: .zero)
            text.place(in: &frame, at: Point(x: x + swatch + spec.swatchGap, y: 0), tag: .decoration)
            x += swatch + spec.swatchGap + text.size.width + spec.legendEntryGap
            frame.size.height = Points.max(frame.size.height, lineHeight)
        }
        frame.size.width = x - spec.legendEntryGap
        return frame
    }
}
