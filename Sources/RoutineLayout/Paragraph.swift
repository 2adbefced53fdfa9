import PageGraphics

/// Breaks text into blocks of lines, so long text flows across pages without clipping,
/// keeping at least two lines together at the start and the end of each paragraph.
struct Paragraph {
    var text: String
    var style: TextStyle
    var width: Points
    /// The gap between paragraphs (the layout's `spacing.paragraph`).
    var gap: Points

    /// One block per line (the first and next-to-last lines keep with what follows).
    /// Each paragraph is one element, `order`, `order + 1`, ... among its siblings, however its lines fall on pages.
    func blocks(measurer: TextMeasuring, spaceBefore: Points, role: String, order: Int) -> [Block] {
        var blocks: [Block] = []
        for (i, chunk) in paragraphs().map(Typography.keepTogether).enumerated() {
            let m = measurer.measure(chunk, style: style, width: width)
            let utf8 = Array(chunk.utf8)
            for (j, line) in m.lines.enumerated() {
                let bytes = utf8[line.utf8Range.clamped(to: 0..<utf8.count)]
                let lineText = String(decoding: bytes, as: UTF8.self).trimmingTrailingNewlines()
                var frame = Frame(size: Size(width: width, height: line.height))
                frame.add(.text(TextItem(text: lineText, style: style, width: width, excerpt: TextExcerpt(source: chunk, lines: j..<(j + 1)))), at: .zero, tag: .element(.paragraph, order + i))
                let last = m.lines.count - 1
                let keep = last > 0 && (j == 0 || j == last - 1)
                blocks.append(Block(frame: frame, spaceBefore: j == 0 ? (i == 0 ? spaceBefore : gap) : 0,
                                    keepWithNext: keep, role: role))
            }
        }
        return blocks
    }

    /// The text split at blank lines (single line breaks stay inside a paragraph).
    func paragraphs() -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { out.append(current.joined(separator: "\n")); current = [] }
            } else { current.append(line) }
        }
        if !current.isEmpty { out.append(current.joined(separator: "\n")) }
        return out
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == "\u{2028}" { s = s.dropLast() }
        return String(s)
    }
}
