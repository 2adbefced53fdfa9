/// A growing buffer of PDF syntax, with the number and string formats PDF needs.
///
/// Numbers are written with at most three decimals and no exponent, without going through
/// printf: coordinates, object numbers and MCIDs are most of what a PDF says, so this is the hot
/// path. The buffer keeps spare room past what is written, and each append writes its bytes
/// there in one go: one check of room and of ownership per number or word, not per byte.
struct PDFBytes {
    /// The written bytes, then spare room.
    private var storage: [UInt8] = []
    /// How many bytes are written.
    private(set) var count = 0

    init(capacity: Int = 0) {
        if capacity > 0 { storage = [UInt8](repeating: 0, count: capacity) }
    }

    /// The bytes written (a copy; `take()` hands them over without one).
    var bytes: [UInt8] { count == storage.count ? storage : Array(storage[..<count]) }

    /// The bytes written, handed over without a copy; the buffer is left empty.
    mutating func take() -> [UInt8] {
        storage.removeLast(storage.count - count)
        defer { storage = []; count = 0 }
        return storage
    }

    /// Lets `write` fill up to `room` bytes from the end of what is written; it returns how many it wrote.
    @inline(__always)
    private mutating func write(room: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard room > 0 else { return }
        if count + room > storage.count { grow(count + room) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress! + start) }
    }

    /// Writes several pieces in one go into `room` bytes made ahead (`room` must hold them all,
    /// an integer counted as 20 digits): one check of room and ownership for a whole dictionary
    /// rather than one per piece.
    @inline(__always)
    mutating func write(room: Int, _ pieces: (inout Pieces) -> Void) {
        write(room: room) { p in
            var w = Pieces(start: p, room: room)
            pieces(&w)
            return w.count
        }
    }

    /// Literals and integers written one after another from a place with room made ahead.
    struct Pieces {
        fileprivate let start: UnsafeMutablePointer<UInt8>
        fileprivate let room: Int
        fileprivate(set) var count = 0

        mutating func put(_ text: StaticString) {
            precondition(count + text.utf8CodeUnitCount <= room, "PDF bytes written past the room made for them")
            count += PDFBytes.copy(text, to: start + count)
        }

        mutating func put(_ value: Int) {
            precondition(count + 21 <= room, "PDF bytes written past the room made for them")
            if value < 0 { start[count] = UInt8(ascii: "-"); count += 1 + PDFBytes.digits(value.magnitude, to: start + count + 1) } else { count += PDFBytes.digits(UInt(value), to: start + count) }
        }

        /// An integer, then a literal: `12 0 R`.
        mutating func put(_ value: Int, _ suffix: StaticString) { put(value); put(suffix) }
    }

    @inline(never)
    private mutating func grow(_ needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2, 256) - storage.count))
    }

    mutating func append(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        write(room: n) { p in Self.copy(text, to: p) }
    }

    /// Text made at run time (a resource name); literals take the `StaticString` path above.
    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { utf8 in write(room: utf8.count) { p in p.update(from: utf8.baseAddress!, count: utf8.count); return utf8.count } }
    }

    mutating func append(bytes other: [UInt8]) {
        other.withUnsafeBufferPointer { b in
            guard let source = b.baseAddress else { return }
            write(room: b.count) { p in p.update(from: source, count: b.count); return b.count }
        }
    }

    /// What another buffer holds.
    mutating func append(_ other: PDFBytes) {
        other.storage.withUnsafeBufferPointer { b in
            guard let source = b.baseAddress, other.count > 0 else { return }
            write(room: other.count) { p in p.update(from: source, count: other.count); return other.count }
        }
    }

    /// Bytes `range` of another buffer.
    mutating func append(_ other: PDFBytes, _ range: Range<Int>) {
        precondition(range.upperBound <= other.count, "a range past the written bytes")
        other.storage.withUnsafeBufferPointer { b in
            guard let source = b.baseAddress, !range.isEmpty else { return }
            write(room: range.count) { p in p.update(from: source + range.lowerBound, count: range.count); return range.count }
        }
    }

    mutating func append(byte: UInt8) { write(room: 1) { p in p.pointee = byte; return 1 } }

    /// Empties the buffer, keeping its room.
    mutating func removeAll() { count = 0 }

    /// An integer, such as an object number.
    mutating func append(_ value: Int) {
        write(room: 21) { p in
            if value < 0 { p.pointee = UInt8(ascii: "-"); return 1 + Self.digits(value.magnitude, to: p + 1) }
            return Self.digits(UInt(value), to: p)
        }
    }

    /// An integer and the literal after it, in one go: `12 0 R`, `3 `.
    mutating func append(_ value: Int, _ suffix: StaticString) {
        let n = suffix.utf8CodeUnitCount
        write(room: 21 + n) { p in
            var k = 0
            if value < 0 { p.pointee = UInt8(ascii: "-"); k = 1 + Self.digits(value.magnitude, to: p + 1) } else { k = Self.digits(UInt(value), to: p) }
            return k + Self.copy(suffix, to: p + k)
        }
    }

    /// A real number rounded to 1/1000 (finer than any printer resolves), trailing zeros dropped.
    mutating func append(number value: Double) {
        write(room: 24) { p in Self.number(value, to: p) }
    }

    /// Numbers separated by spaces, then an operator: `1 0 0 1 72 700 cm`.
    mutating func append(numbers: Double..., op: StaticString) {
        write(room: numbers.count * 25 + op.utf8CodeUnitCount + 1) { p in
            var n = 0
            for value in numbers { n += Self.number(value, to: p + n); p[n] = UInt8(ascii: " "); n += 1 }
            (p + n).update(from: op.utf8Start, count: op.utf8CodeUnitCount)
            n += op.utf8CodeUnitCount
            p[n] = UInt8(ascii: "\n")
            return n + 1
        }
    }

    /// A text string (a title, a figure's words, a link's description): a literal in PDFDocEncoding
    /// when every character has a code there (English and the Latin-script languages), else
    /// UTF-16BE with a byte-order mark, still a literal, so each character costs one byte or two
    /// rather than the four of hexadecimal.
    mutating func append(textString text: String) {
        var text = text
        // Most are printable ASCII with nothing to escape: copied whole.
        let plain = text.withUTF8 { utf8 -> Bool in
            for b in utf8 where b < 0x20 || b > 0x7E || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "\\") { return false }
            write(room: utf8.count + 2) { p in
                p[0] = UInt8(ascii: "(")
                if let source = utf8.baseAddress { (p + 1).update(from: source, count: utf8.count) }
                p[utf8.count + 1] = UInt8(ascii: ")")
                return utf8.count + 2
            }
            return true
        }
        if plain { return }
        // Each character is one byte in PDFDocEncoding, or two in UTF-16; each byte at most two escaped.
        let units = text.utf16.count
        write(room: 4 * units + 8) { p in
            var n = 0
            func put(_ b: UInt8) {
                switch b {
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): p[n] = UInt8(ascii: "\\"); p[n + 1] = b; n += 2
                case 0x0D: p[n] = UInt8(ascii: "\\"); p[n + 1] = UInt8(ascii: "r"); n += 2
                case 0x0A: p[n] = UInt8(ascii: "\\"); p[n + 1] = UInt8(ascii: "n"); n += 2
                default: p[n] = b; n += 1
                }
            }
            p[0] = UInt8(ascii: "("); n = 1
            var encodable = true
            for scalar in text.unicodeScalars {
                guard let code = PDFDocEncoding.code(scalar) else { encodable = false; break }
                put(code)
            }
            if !encodable {
                n = 1
                put(0xFE); put(0xFF)
                for unit in text.utf16 { put(UInt8(unit >> 8)); put(UInt8(unit & 0xFF)) }
            }
            p[n] = UInt8(ascii: ")")
            return n + 1
        }
    }

    private static let hexDigits: StaticString = "0123456789ABCDEF"

    /// A value in upper-case hexadecimal, zero-padded to `digits`.
    mutating func appendHex(_ value: Int, digits: Int) {
        write(room: digits) { p in
            for i in 0..<digits { p[i] = Self.hexDigits.utf8Start[(value >> ((digits - 1 - i) * 4)) & 0xF] }
            return digits
        }
    }

    /// "00" to "99", for writing two digits at a time.
    private static let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// `value` in decimal at `p`; returns how many digits.
    @inline(__always)
    fileprivate static func digits(_ value: UInt, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let pairs = Self.pairs.utf8Start
        // Object numbers, offsets and MCIDs are mostly under 10 000: two pairs at most.
        if value < 100 {
            if value < 10 { p.pointee = UInt8(truncatingIfNeeded: value) &+ 0x30; return 1 }
            p[0] = pairs[2 * Int(value)]; p[1] = pairs[2 * Int(value) + 1]
            return 2
        }
        if value < 10_000 {
            let high = Int(value / 100), low = Int(value % 100)
            if high < 10 {
                p[0] = UInt8(truncatingIfNeeded: high) &+ 0x30; p[1] = pairs[2 * low]; p[2] = pairs[2 * low + 1]
                return 3
            }
            p[0] = pairs[2 * high]; p[1] = pairs[2 * high + 1]; p[2] = pairs[2 * low]; p[3] = pairs[2 * low + 1]
            return 4
        }
        var count = 5, limit: UInt = 100_000
        while value >= limit, count < 20 { count += 1; if limit > UInt.max / 10 { break }; limit *= 10 }
        var v = value, end = count
        while v >= 100 {
            let r = Int(v % 100); v /= 100; end -= 2
            p[end] = pairs[2 * r]; p[end + 1] = pairs[2 * r + 1]
        }
        if v >= 10 { p[end - 2] = pairs[2 * Int(v)]; p[end - 1] = pairs[2 * Int(v) + 1] } else { p[end - 1] = UInt8(truncatingIfNeeded: v) &+ 0x30 }
        return count
    }

    /// Copies a literal to `p` byte by byte (they are a few bytes long; a library copy costs more).
    @inline(__always)
    fileprivate static func copy(_ text: StaticString, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let source = text.utf8Start, n = text.utf8CodeUnitCount
        var i = 0
        while i < n { p[i] = source[i]; i += 1 }
        return n
    }

    /// `value` rounded to 1/1000, trailing zeros dropped, at `p`; returns how many bytes.
    private static func number(_ value: Double, to p: UnsafeMutablePointer<UInt8>) -> Int {
        // Nothing on a page is near 1e12 points; beyond that (or not a number) write 0 rather than trap.
        guard value.isFinite, abs(value) < 1e12 else { p.pointee = UInt8(ascii: "0"); return 1 }
        var milli = Int64((value * 1000).rounded())
        var n = 0
        if milli < 0 { p[0] = UInt8(ascii: "-"); n = 1; milli = -milli }
        n += digits(UInt(milli / 1000), to: p + n)
        var fraction = milli % 1000
        guard fraction != 0 else { return n }
        p[n] = UInt8(ascii: "."); n += 1
        var divisor: Int64 = 100
        while fraction != 0 {
            p[n] = UInt8(ascii: "0") + UInt8(fraction / divisor); n += 1
            fraction %= divisor
            divisor /= 10
        }
        return n
    }
}
