@testable import CairoBackend
import Foundation
import Testing

/// The PDF syntax writer: numbers as a reader parses them, text strings as a reader decodes them
/// (PDFDocEncoding, or UTF-16 when a character has no code there), and growth past its room.
@Suite struct PDFBytesTests {
    private func text(_ build: (inout PDFBytes) -> Void) -> String {
        var b = PDFBytes()
        build(&b)
        return String(decoding: b.bytes, as: UTF8.self)
    }

    @Test func integersAreWrittenInFullWhateverTheirLength() {
        let values = [0, 7, 9, 10, 99, 100, 101, 999, 1000, 12_345, 99_999, 100_000, 1_234_567, 9_999_999_999, Int.max, -1, -42, Int.min]
        for v in values {
            #expect(text { $0.append(v) } == String(v))
            #expect(text { $0.append(v, " 0 R") } == "\(v) 0 R")
            #expect(text { b in b.write(room: 64) { $0.put(v, ">>") } } == "\(v)>>")
        }
    }

    @Test func realNumbersKeepThreeDecimalsAndDropTrailingZeros() {
        let cases: [(Double, String)] = [(0, "0"), (1.5, "1.5"), (-2.25, "-2.25"), (0.0004, "0"), (-0.0004, "0"), (612, "612"),
                                         (72.1234, "72.123"), (0.1, "0.1"), (1e13, "0"), (.nan, "0"), (123456.789, "123456.789")]
        for (value, expected) in cases { #expect(text { $0.append(number: value) } == expected) }
        #expect(text { $0.append(numbers: 1, 0, 0.5, op: "cm") } == "1 0 0.5 cm\n")
    }

    @Test func manySmallAppendsGrowTheBufferWithoutLosingAByte() {
        var b = PDFBytes(capacity: 4)
        var expected = ""
        for i in 0..<5000 {
            b.append("<</S/TD/P "); b.append(i, " 0 R>>"); b.append(byte: 0x0A)
            expected += "<</S/TD/P \(i) 0 R>>\n"
        }
        #expect(b.count == expected.utf8.count)
        #expect(String(decoding: b.bytes, as: UTF8.self) == expected)
        var other = PDFBytes()
        other.append(b, 10..<20)
        other.append(b)
        #expect(other.bytes == Array(b.bytes[10..<20]) + b.bytes)
        b.removeAll()
        #expect(b.bytes.isEmpty)
    }

    /// Decodes a literal text string the way a PDF reader does: escapes, then the byte-order mark
    /// (UTF-16BE) or PDFDocEncoding.
    private func decode(_ literal: [UInt8]) -> String? {
        guard literal.first == UInt8(ascii: "("), literal.last == UInt8(ascii: ")") else { return nil }
        var raw: [UInt8] = [], i = 1
        while i < literal.count - 1 {
            var b = literal[i]
            if b == UInt8(ascii: "\\") {
                i += 1
                switch literal[i] {
                case UInt8(ascii: "n"): b = 0x0A
                case UInt8(ascii: "r"): b = 0x0D
                default: b = literal[i]
                }
            } else if b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == 0x0D {
                return nil  // unescaped: a reader would misread it
            }
            raw.append(b)
            i += 1
        }
        if raw.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: raw.count, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        let table: [UInt8: Character] = [0x80: "•", 0x83: "…", 0x84: "—", 0x85: "–", 0x8D: "“", 0x8E: "”", 0x8F: "‘", 0x90: "’", 0xA0: "€"]
        return String(raw.map { b in b < 0x80 || b > 0xA0 ? Character(Unicode.Scalar(b)) : table[b] ?? "?" })
    }

    @Test func textStringsReadBackAsWritten() {
        let samples = ["Front and back body figure: calves and quads worked most",
                       "Estiramiento de isquiotibiales: ¿sientes la tensión? Año tras año, señora Núñez.",
                       "Don’t bounce — hold 30 s… “easy” • 5 € (about) \\ back",
                       "Line one\nline two\r\nline three\tend",
                       "Ελληνικά and 日本語 and an emoji 🏃",
                       "", "()", "\\"]
        for s in samples {
            var b = PDFBytes()
            b.append(textString: s)
            #expect(decode(b.bytes) == s, "\(s)")
        }
    }

    @Test func latinTextTakesOneBytePerLetter() {
        var b = PDFBytes()
        b.append(textString: "Núñez")
        #expect(b.bytes == [0x28, 0x4E, 0xFA, 0xF1, 0x65, 0x7A, 0x29])
        var greek = PDFBytes()
        greek.append(textString: "Ω")
        #expect(greek.bytes == [0x28, 0xFE, 0xFF, 0x03, 0xA9, 0x29])
    }
}
