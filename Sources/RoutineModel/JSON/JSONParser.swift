/// A strict JSON parser (RFC 8259) that records the line and column of every value.
///
/// Foundation's parser reports neither positions nor duplicate keys; plans are typed by hand,
/// so every error must point at its place in the file.
public struct JSONParser {
    /// How deep arrays and objects may nest before the input is refused.
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document; the error names the place and what was expected there.
    public static func parse(_ bytes: [UInt8]) throws(Diagnostic) -> JSONNode {
        var p = JSONParser(bytes)
        if p.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.index = 3 }
        p.skipWhitespace()
        let node = try p.parseValue()
        p.skipWhitespace()
        if p.index < p.bytes.count { throw p.failure("unexpected text after the end of the JSON value") }
        return node
    }

    private var here: SourceLocation { SourceLocation(line: line, column: column) }

    private func failure(_ message: String, hint: String? = nil, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(code: "json-syntax", at: .root, location ?? here, message, hint: hint)
    }

    private mutating func advance() {
        let b = bytes[index]
        index += 1
        if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: advance()
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "the end of the input" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        let hex = String(b, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private mutating func parseValue() throws(Diagnostic) -> JSONNode {
        let start = here
        guard index < bytes.count else { throw failure("expected a value, found the end of the input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(value: try parseObject(), location: start)
        case UInt8(ascii: "["): return JSONNode(value: try parseArray(), location: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), location: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(value: .bool(true), location: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(value: .bool(false), location: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(value: .null, location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(value: try parseNumber(), location: start)
        default:
            let hint: String? = bytes[index] == UInt8(ascii: "'") ? "JSON strings use double quotes" : nil
            throw failure("expected a value, found \(describeCurrent())", hint: hint)
        }
    }

    private mutating func expectWord(_ word: String) throws(Diagnostic) {
        let start = here
        for b in word.utf8 {
            guard index < bytes.count, bytes[index] == b else { throw failure("expected a value, found an unknown word", at: start) }
            advance()
        }
    }

    private mutating func enterNesting() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth {
            throw failure("nested too deeply (more than \(Self.maximumDepth) levels of arrays and objects)")
        }
    }

    private mutating func parseObject() throws(Diagnostic) -> JSONNode.Value {
        try enterNesting()
        advance() // {
        var members: [JSONNode.Member] = []
        // Small objects (nearly all of them) look for a repeated key by scanning; large ones hash.
        var seen: Set<String>? = nil
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { advance(); depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                let trailing = index < bytes.count && bytes[index] == UInt8(ascii: "}")
                throw failure("expected a key in double quotes, found \(describeCurrent())",
                              hint: trailing ? "remove the comma before '}'" : nil)
            }
            let keyLocation = here
            let key = try parseString()
            let repeated: Bool
            if members.count < 16 {
                repeated = members.contains { $0.key == key }
            } else {
                if seen == nil { seen = Set(members.map(\.key)) }
                repeated = !seen!.insert(key).inserted
            }
            if repeated {
                throw failure("the key \"\(key)\" appears twice in this object", hint: "keep one of them", at: keyLocation)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("expected ':' after the key \"\(key)\", found \(describeCurrent())")
            }
            advance()
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw failure("expected ',' or '}', found the end of the input", hint: "the object is not closed") }
            if bytes[index] == UInt8(ascii: ",") { advance(); continue }
            if bytes[index] == UInt8(ascii: "}") { advance(); break }
            throw failure("expected ',' or '}', found \(describeCurrent())",
                          hint: bytes[index] == UInt8(ascii: "\"") ? "a comma is missing before this key" : nil)
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(Diagnostic) -> JSONNode.Value {
        try enterNesting()
        advance() // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { advance(); depth -= 1; return .array(elements) }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw failure("expected a value, found ']'", hint: "remove the comma before ']'")
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw failure("expected ',' or ']', found the end of the input", hint: "the array is not closed") }
            if bytes[index] == UInt8(ascii: ",") { advance(); continue }
            if bytes[index] == UInt8(ascii: "]") { advance(); break }
            throw failure("expected ',' or ']', found \(describeCurrent())")
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func parseNumber() throws(Diagnostic) -> JSONNode.Value {
        let start = index
        let startLocation = here
        func digits(_ p: inout JSONParser) -> Int {
            var n = 0
            while p.index < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.index]) { p.advance(); n += 1 }
            return n
        }
        if bytes[index] == UInt8(ascii: "-") { advance() }
        let intStart = index
        let intDigits = digits(&self)
        if intDigits == 0 { throw failure("expected a digit in the number", at: startLocation) }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") { throw failure("numbers must not start with 0", at: startLocation) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            advance()
            if digits(&self) == 0 { throw failure("expected a digit after the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            advance()
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { advance() }
            if digits(&self) == 0 { throw failure("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        // Whole numbers of up to 15 digits are exact in a Double: no need for the general conversion.
        if index - intStart == intDigits && intDigits <= 15 {
            var n: Int64 = 0
            for b in bytes[intStart..<index] { n = n * 10 + Int64(b - UInt8(ascii: "0")) }
            return .number(intStart > start ? -Double(n) : Double(n), text: text)
        }
        guard let value = Double(text), value.isFinite else { throw failure("the number \(text) is too large", at: startLocation) }
        return .number(value, text: text)
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        let open = here
        advance() // "
        // Most strings have no escapes: take their bytes as they stand.
        let first = index
        var scan = index
        while scan < bytes.count, bytes[scan] != UInt8(ascii: "\""), bytes[scan] != UInt8(ascii: "\\"), bytes[scan] >= 0x20 { scan += 1 }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "\"") {
            guard let s = String(validating: bytes[first..<scan], as: UTF8.self) else {
                throw failure("the string is not valid UTF-8 text", hint: "save the file as UTF-8", at: open)
            }
            for b in bytes[first..<scan] where b & 0xC0 != 0x80 { column += 1 }
            index = scan
            advance() // "
            return s
        }
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure("the string is not closed", hint: "add a '\"'", at: open) }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                advance()
                guard let s = String(validating: out, as: UTF8.self) else {
                    throw failure("the string is not valid UTF-8 text", hint: "save the file as UTF-8", at: open)
                }
                return s
            case UInt8(ascii: "\\"):
                advance()
                try parseEscape(into: &out)
            case 0x00..<0x20:
                throw failure(b == 0x0A ? "the string is not closed before the end of the line" : "a control character must be escaped inside a string",
                              hint: b == 0x0A ? "write a line break as \\n" : nil)
            default:
                out.append(b)
                advance()
            }
        }
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(Diagnostic) {
        guard index < bytes.count else { throw failure("the string is not closed") }
        let b = bytes[index]
        advance()
        switch b {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var code = try parseHex4()
            if (0xD800..<0xDC00).contains(code) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("a lone surrogate \\u escape is not a character")
                }
                advance(); advance()
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate \\u escape is not a character") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(code) {
                throw failure("a lone surrogate \\u escape is not a character")
            }
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
        default:
            throw failure("unknown escape in a string", hint: "write a backslash as \\\\")
        }
    }

    private mutating func parseHex4() throws(Diagnostic) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let d = hexValue(bytes[index]) else { throw failure("expected four hex digits after \\u") }
            v = v * 16 + d
            advance()
        }
        return v
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
