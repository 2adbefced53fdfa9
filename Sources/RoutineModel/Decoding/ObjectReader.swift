import Foundation

/// Reads the fields of one JSON object, reporting wrong types, bad values and unknown keys
/// with their JSON path, and returning nil for anything it could not read.
public struct ObjectReader {
    public let node: JSONNode
    public let path: JSONPath
    let sink: DiagnosticSink
    private let members: [String: JSONNode.Member]

    /// A reader for `node` when it is an object; reports any key outside `allowed`.
    public init?(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink, allowed: [String], what: String) {
        guard case .object(let list) = node.value else {
            sink.error("wrong-type", path, node.location, "expected \(what) (an object), found \(node.typeName)")
            return nil
        }
        self.node = node; self.path = path; self.sink = sink
        var map: [String: JSONNode.Member] = [:]
        for m in list {
            map[m.key] = m
            if !allowed.contains(m.key) {
                let hint = Suggestion.hint(for: m.key, in: allowed) ?? "allowed here: " + allowed.joined(separator: ", ")
                sink.error("unknown-key", path.appending(m.key), m.keyLocation, "unknown key \"\(Self.shown(m.key))\"", hint: hint)
            }
        }
        members = map
    }

    /// The key's text shortened for a message.
    public static func shown(_ key: String) -> String { key.count > 40 ? String(key.prefix(40)) + "…" : key }

    /// A number for a message: whole numbers without a decimal point.
    public static func shown(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    /// Whether the object has this key.
    public func has(_ key: String) -> Bool { members[key] != nil }

    /// The raw value of a key, if present.
    public func value(_ key: String) -> JSONNode? { members[key]?.value }

    /// The origin of a key's value, or of the object itself when the key is absent.
    public func origin(_ key: String) -> Origin {
        Origin(path: path.appending(key), location: members[key]?.value.location ?? node.location)
    }

    /// Reports a missing required key.
    func missing(_ key: String, _ what: String, hint: String? = nil) {
        sink.error("missing-key", path.appending(key), node.location, "missing \(what) (\"\(key)\")", hint: hint)
    }

    /// A web address (http or https) to link to and print as a code; reports why it is not one.
    public func webAddress(_ key: String, what: String, example: String) -> WebAddress? {
        // Read as long text, so an address too long for a code is told as such.
        guard let text = string(key, limit: .long, what: what) else { return nil }
        do { return try WebAddress(text) } catch {
            let o = origin(key)
            sink.error("bad-address", o.path, o.location, "\(what) \"\(Self.shown(text))\" \(error.message)",
                       hint: error == .tooLong(text.count) ? "use a shorter link to the same page; video sites give one under Share"
                                                            : "write the whole address, as a browser shows it: \(example)")
            return nil
        }
    }

    /// A text field: trimmed, no control characters, not empty, at most `limit` characters.
    public func string(_ key: String, required: Bool = false, limit: TextLimit = .short, what: String? = nil) -> String? {
        guard let v = members[key]?.value else {
            if required { missing(key, what ?? "a value") }
            return nil
        }
        let p = path.appending(key)
        guard case .string(let raw) = v.value else {
            sink.error("wrong-type", p, v.location, "expected \(what ?? "text") (a string), found \(v.typeName)")
            return nil
        }
        return Self.checkText(raw, limit: limit, at: p, v.location, sink: sink, required: required)
    }

    /// Validates free text; reports and returns nil when it cannot be printed as given.
    static func checkText(_ raw: String, limit: TextLimit, at p: JSONPath, _ loc: SourceLocation?, sink: DiagnosticSink, required: Bool) -> String? {
        let allowedControls: Set<Unicode.Scalar> = limit == .long ? ["\n", "\t"] : []
        if let bad = raw.unicodeScalars.first(where: { ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)) && !allowedControls.contains($0) }) {
            let hex = String(bad.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            sink.error("control-character", p, loc, "the text contains the control character \(code)",
                       hint: limit == .long ? "remove it; line breaks are allowed" : "remove it; this field is one line")
            return nil
        }
        let text = raw.trimmingWhitespace()
        if text.isEmpty {
            // Empty text is never meant: a required field needs words, an optional one is left out.
            sink.error("empty-text", p, loc, "must not be empty", hint: required ? nil : "leave the key out")
            return nil
        }
        let count = text.unicodeScalars.count
        if count > limit.rawValue {
            sink.error("text-too-long", p, loc, "the text is \(count) characters long; at most \(limit.rawValue) fit here",
                       hint: limit == .short ? "shorten it or move the detail to \"notes\"" : "shorten it")
            return nil
        }
        // Composed form (NFC): "e" + combining acute becomes "é", one glyph that every font
        // draws well; below U+0300 nothing can combine, so most text skips the work.
        return text.unicodeScalars.allSatisfy({ $0.value < 0x300 }) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// A whole number in `range`; `unit` names it in messages ("seconds").
    public func int(_ key: String, in range: ClosedRange<Int>, unit: String) -> Int? {
        guard let v = members[key]?.value else { return nil }
        let p = path.appending(key)
        guard case .number(let d, let text) = v.value else {
            var hint: String?
            if case .string(let s) = v.value, Int(s.trimmingWhitespace()) != nil { hint = "write the number without quotes" }
            sink.error("wrong-type", p, v.location, "expected a whole number of \(unit), found \(v.typeName)", hint: hint)
            return nil
        }
        guard d == d.rounded(), !text.utf8.contains(UInt8(ascii: ".")),
              !text.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }) || abs(d) > 1e15 else {
            sink.error("not-whole", p, v.location, "expected a whole number of \(unit), found \(text)")
            return nil
        }
        guard d >= Double(range.lowerBound), d <= Double(range.upperBound) else {
            sink.error("out-of-range", p, v.location, "\(text) \(unit) is out of range",
                       hint: "use \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return Int(d)
    }

    /// One of a fixed set of words.
    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false, what: String) -> T? where T.RawValue == String {
        guard let v = members[key]?.value else {
            if required { missing(key, what) }
            return nil
        }
        return Self.choice(v, type, at: path.appending(key), sink: sink, what: what)
    }

    /// Reads a node as one of a fixed set of words.
    static func choice<T: RawRepresentable & CaseIterable>(_ v: JSONNode, _ type: T.Type, at p: JSONPath, sink: DiagnosticSink, what: String) -> T? where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard case .string(let s) = v.value else {
            sink.error("wrong-type", p, v.location, "expected \(what) (a string), found \(v.typeName)", hint: "one of: " + names.joined(separator: ", "))
            return nil
        }
        if let t = T(rawValue: s) { return t }
        if let t = T(rawValue: s.lowercased().trimmingWhitespace()) { return t }
        let hint = Suggestion.hint(for: s, in: names) ?? "one of: " + names.joined(separator: ", ")
        sink.error("unknown-value", p, v.location, "unknown \(what) \"\(shown(s))\"", hint: hint)
        return nil
    }

    /// An array's elements with their paths; reports a non-array.
    public func array(_ key: String, required: Bool = false, what: String, maxCount: Int) -> [(JSONNode, JSONPath)]? {
        guard let v = members[key]?.value else {
            if required { missing(key, what) }
            return nil
        }
        let p = path.appending(key)
        guard case .array(let list) = v.value else {
            sink.error("wrong-type", p, v.location, "expected \(what) (an array), found \(v.typeName)")
            return nil
        }
        if list.count > maxCount {
            sink.error("too-many", p, v.location, "\(list.count) entries; at most \(maxCount) are allowed here")
            return nil
        }
        return list.enumerated().map { ($1, p.appending($0)) }
    }

    /// A list of one-line texts, each checked as `string` checks one.
    public func strings(_ key: String, required: Bool = false, what: String, maxCount: Int) -> [String]? {
        guard let list = array(key, required: required, what: what, maxCount: maxCount) else { return nil }
        return Self.strings(list, sink: sink)
    }

    /// The array elements as one-line texts, each checked as `string` checks one.
    public static func strings(_ list: [(JSONNode, JSONPath)], sink: DiagnosticSink) -> [String] {
        var out: [String] = []
        for (node, p) in list {
            guard case .string(let raw) = node.value else {
                sink.error("wrong-type", p, node.location, "expected text, found \(node.typeName)")
                continue
            }
            if let s = checkText(raw, limit: .short, at: p, node.location, sink: sink, required: true) { out.append(s) }
        }
        return out
    }

    /// A nested object's reader, reporting its unknown keys.
    public func object(_ key: String, required: Bool = false, allowed: [String], what: String) -> ObjectReader? {
        guard let v = members[key]?.value else {
            if required { missing(key, what) }
            return nil
        }
        return ObjectReader(v, at: path.appending(key), sink: sink, allowed: allowed, what: what)
    }
}

extension String {
    /// The string without leading and trailing white space and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
