/// A growing buffer of PDF syntax, with the number and string formats PDF needs.
///
/// Numbers are written with at most three decimals and no exponent, without going through
/// printf: coordinates are most of what a page says, so this is on the hot path.
struct PDFBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func append(_ text: StaticString) {
        // Byte by byte: the literals are a few bytes long, where a bulk copy costs more.
        let start = text.utf8Start
        for i in 0..<text.utf8CodeUnitCount { bytes.append(start[i]) }
    }

    /// Text made at run time (a resource name); literals take the `StaticString` path above.
    mutating func append(string text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(bytes other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Empties the buffer, keeping its room.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// An integer, such as an object number.
    mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")); appendDigits(UInt64(-value)); return }
        appendDigits(UInt64(value))
    }

    /// A real number rounded to 1/1000 (finer than any printer resolves), trailing zeros dropped.
    mutating func append(number value: Double) {
        // Nothing on a page is near 1e12 points; beyond that (or not a number) write 0 rather than trap.
        guard value.isFinite, abs(value) < 1e12 else { bytes.append(UInt8(ascii: "0")); return }
        var milli = Int64((value * 1000).rounded())
        if milli < 0 { bytes.append(UInt8(ascii: "-")); milli = -milli }
        appendDigits(UInt64(milli / 1000))
        var fraction = milli % 1000
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor: Int64 = 100
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Numbers separated by spaces, then an operator: `1 0 0 1 72 700 cm`.
    mutating func append(numbers: Double..., op: StaticString) {
        for n in numbers { append(number: n); bytes.append(UInt8(ascii: " ")) }
        append(op)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A text string (a title, a figure's words, a link's description): a literal in PDFDocEncoding
    /// when every character has a code there (English and the Latin-script languages), else
    /// UTF-16BE with a byte-order mark, still a literal, so each character costs one byte or two
    /// rather than the four of hexadecimal.
    mutating func append(textString text: String) {
        bytes.append(UInt8(ascii: "("))
        // Most are printable ASCII with nothing to escape: copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 > 0x7E || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: ")"))
            return
        }
        let start = bytes.count
        var encodable = true
        for scalar in text.unicodeScalars {
            guard let code = PDFDocEncoding.code(scalar) else { encodable = false; break }
            appendEscaped(code)
        }
        if !encodable {
            bytes.removeSubrange(start...)
            appendEscaped(0xFE); appendEscaped(0xFF)
            for unit in text.utf16 { appendEscaped(UInt8(unit >> 8)); appendEscaped(UInt8(unit & 0xFF)) }
        }
        bytes.append(UInt8(ascii: ")"))
    }

    /// One byte of a literal string: parentheses and backslashes escaped, and the line ends,
    /// which a reader would otherwise turn into a plain line feed.
    private mutating func appendEscaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
        case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        default: bytes.append(b)
        }
    }

    private static let hexDigits: StaticString = "0123456789ABCDEF"

    /// A value in upper-case hexadecimal, zero-padded to `digits`.
    mutating func appendHex(_ value: Int, digits: Int) {
        var shift = (digits - 1) * 4
        while shift >= 0 {
            bytes.append(Self.hexDigits.utf8Start[(value >> shift) & 0xF])
            shift -= 4
        }
    }

    private mutating func appendDigits(_ value: UInt64) {
        if value < 10 { bytes.append(UInt8(ascii: "0") + UInt8(value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while n > 0 { buffer[count] = UInt8(ascii: "0") + UInt8(n % 10); n /= 10; count += 1 }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }
}
