import PageGraphics

/// Measured text ready to place: the item and its size.
struct TextBox {
    var item: TextItem
    var size: Size

    init(_ text: String, _ style: TextStyle, width: Points?, measurer: TextMeasuring) {
        let shown = Typography.keepTogether(style.uppercase ? text.uppercased() : text)
        var s = style
        s.uppercase = false
        item = TextItem(text: shown, style: s, width: width)
        let m = measurer.measure(shown, style: s, width: width)
        size = Size(width: width ?? m.size.width, height: m.size.height)
    }

    /// Adds the text to a frame at a point, as `tag` says it is to a reader.
    func place(in frame: inout Frame, at p: Point, tag: ContentTag) { frame.add(.text(item), at: p, tag: tag) }
}
