import PageGraphics

/// Phrases joined by a separator that break lines only between phrases, the separator staying at
/// the end of the line it closes: "Ruede 1 min ·" over "cada lado", never "cada" over "lado".
/// A line fits when the text engine sets it, with its closing separator, on one line at `width`.
enum PhraseLines {
    static func text(_ parts: [String], separator: String, style: TextStyle, width: Points, measurer: TextMeasuring) -> String {
        let closing = String(separator.reversed().drop { $0 == " " }.reversed())
        func fits(_ line: String) -> Bool { measurer.measure(line, style: style, width: width).lines.count == 1 }
        let whole = parts.joined(separator: separator)
        if fits(whole) { return whole }
        var lines: [String] = []
        for (i, part) in parts.enumerated() {
            let more = i + 1 < parts.count
            if let last = lines.last, fits(last + separator + part + (more ? closing : "")) {
                lines[lines.count - 1] = last + separator + part
            } else if let last = lines.last {
                lines[lines.count - 1] = last + closing
                lines.append(part)
            } else {
                lines.append(part)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Phrases joined by a wide dot ("For Ana   ·   29 November 2026"), as many to a line as fit
    /// on one line, the header's way: no dot closes a line.
    static func spaced(_ parts: [String], style: TextStyle, width: Points, measurer: TextMeasuring) -> String {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, measurer.measure(last + "   ·   " + part, style: style, width: nil).size.width <= width {
                lines[lines.count - 1] = last + "   ·   " + part
            } else {
                lines.append(part)
            }
        }
        return lines.joined(separator: "\n")
    }
}
