import PageGraphics

/// A stand-in for Pango: every character is half the font size wide, every line `size × lineHeight`
/// tall, words wrap greedily. Layout tests use it so they need no C library and give exact numbers.
struct FixedWidthMeasurer: TextMeasuring {
    func measure(_ text: String, style: TextStyle, width: Points?) -> TextMeasurement {
        let charWidth = style.size.value * 0.5
        let lineHeight = Points(style.size.value * style.lineHeight)
        var lines: [TextLine] = []
        var widest = 0.0
        var offset = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ", omittingEmptySubsequences: false)
            var current = ""
            var start = offset
            func flush(_ end: Int) {
                widest = max(widest, Double(current.count) * charWidth)
                lines.append(TextLine(utf8Range: start..<end, top: lineHeight * Double(lines.count), height: lineHeight))
            }
            var position = offset
            for (i, word) in words.enumerated() {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if let width, Double(candidate.count) * charWidth > width.value, !current.isEmpty {
                    flush(position)
                    start = position
                    current = String(word)
                } else {
                    current = candidate
                }
                position += word.utf8.count + (i < words.count - 1 ? 1 : 0)
            }
            flush(position)
            offset = position + 1
        }
        return TextMeasurement(size: Size(width: width ?? Points(widest), height: lineHeight * Double(lines.count)), lines: lines)
    }
}
