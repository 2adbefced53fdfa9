import PageGraphics

/// An empty square to tick with a pen.
enum TickBox {
    /// A white box with a dark edge, `size` wide, at a point.
    static func add(to frame: inout Frame, at p: Point, size: Points, layout: Layout) {
        frame.add(.shape(ShapeItem(path: .rect(Rect(origin: p, size: Size(width: size, height: size))), fill: .white,
                                   stroke: layout.color("box"), lineWidth: layout.tracker.boxStroke)), at: .zero)
    }

    /// A tick box followed by wrapped text; returns the height used.
    static func line(_ text: String, style: TextStyle, in frame: inout Frame, at p: Point, width: Points, box: Points,
                     layout: Layout, measurer: TextMeasuring, tag: ContentTag) -> Points {
        let gap = layout.tracker.boxTextGap
        let t = TextBox(text, style, width: width - box - gap, measurer: measurer)
        let firstLine = style.size * style.lineHeight
        add(to: &frame, at: Point(x: p.x, y: p.y + (firstLine - box) * 0.5), size: box, layout: layout)
        t.place(in: &frame, at: Point(x: p.x + box + gap, y: p.y), tag: tag)
        return Points.max(t.size.height, box)
    }
}
