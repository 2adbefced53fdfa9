/// Small typesetting rules applied to every text before it is measured and drawn.
enum Typography {
    /// U+2060 WORD JOINER in UTF-8: invisible, it forbids a line break on either side of it.
    static let wordJoiner: [UInt8] = [0xE2, 0x81, 0xA0]
    /// Words after a number that must stay on its line ("30 s", "2 h", "8 x 200 m").
    static let units: Set<[UInt8]> = Set(["s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs",
                                          "hour", "hours", "km", "m", "mi", "miles", "k", "x", "×", "times", "reps", "sets", "kcal", "%",
                                          "days", "day", "weeks", "week", "of"].map { Array($0.utf8) })
    private static let middleDot: [UInt8] = Array("·".utf8), times: [UInt8] = Array("×".utf8)

    /// The text with line breaks forbidden where a reader would stumble: between a number and
    /// its unit, around "×" between numbers, before a "·" separator, and at the hyphens of an
    /// e-mail address.
    static func keepTogether(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        // Most text has no digit, no "·" (0xC2 0xB7) and no "@": nothing to do.
        guard utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0xB7 || $0 == 0x40 }) else { return text }
        if utf8.contains(0x40) { utf8 = joinEmailHyphens(utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 12)
        var changed = false
        for i in utf8.indices {
            out.append(utf8[i])
            guard utf8[i] == 0x20, i > 0, i + 1 < utf8.count, utf8[i + 1] != 0x20 else { continue }
            let next = word(from: i + 1, in: utf8)
            let afterDigit = isDigit(utf8[i - 1])
            let afterTimes = utf8[i - 1] == UInt8(ascii: "x") && (i < 2 || utf8[i - 2] == 0x20) || endsWith(utf8, at: i, times)
            if next.starts(with: middleDot) || afterDigit && units.contains(next) || afterTimes && isDigit(utf8[i + 1]) {
                out.append(contentsOf: wordJoiner)
                changed = true
            }
        }
        return changed || out.count != text.utf8.count ? String(decoding: out, as: UTF8.self) : text
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A word joiner after each hyphen of every word holding an "@".
    private static func joinEmailHyphens(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 6)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
            let word = bytes[start..<end]
            if word.contains(0x40) {
                for b in word { out.append(b); if b == UInt8(ascii: "-") { out.append(contentsOf: wordJoiner) } }
            } else { out.append(contentsOf: word) }
            if end < bytes.count { out.append(bytes[end]) }
            start = end + 1
        }
        return out
    }

    /// Whether the bytes just before `end` are `suffix`.
    private static func endsWith(_ bytes: [UInt8], at end: Int, _ suffix: [UInt8]) -> Bool {
        end >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix)
    }

    /// The word starting at `start`, ASCII letters lower-cased, up to a space or punctuation that ends it.
    private static func word(from start: Int, in bytes: [UInt8]) -> [UInt8] {
        var w: [UInt8] = []
        var i = start
        while i < bytes.count, w.count < 8 {
            let b = bytes[i]
            if b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: ")") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == 0x0A { break }
            w.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            i += 1
        }
        return w
    }
}
