import PageGraphics

/// The key to the figure highlights: a swatch and words for each strength.
struct Legend {
    var layout: Layout
    var measurer: TextMeasuring
    var showSecondary: Bool

    func frame() -> Frame {
        let style = layout.style("legend")
        let fs = layout.figureStyle
        var entries = [(fs.primaryFill, layout.figures.legend["primary"] ?? "Worked most")]
        if showSecondary { entries.append((fs.secondaryFill, layout.figures.legend["secondary"] ?? "Also worked")) }
        let swatch: Points = 10
        var frame = Frame(size: Size(width: 0, height: 0))
        var x = Points.zero
        for (fill, words) in entries {
            let text = TextBox(words, style, width: nil, measurer: measurer)
            let lineHeight = text.size.height
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: x, y: (lineHeight - swatch) / 2, width: swatch, height: swatch), cornerRadius: 2),
                                       fill: fill)), at: .zero)
            text.place(in: &frame, at: Point(x: x + swatch + 4, y: 0))
            x += swatch + 4 + text.size.width + 12
            frame.size.height = Points.max(frame.size.height, lineHeight)
        }
        frame.size.width = x - 12
        return frame
    }
}
