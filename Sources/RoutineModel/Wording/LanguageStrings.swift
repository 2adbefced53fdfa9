import Foundation

/// The words of one language as its strings file gives them: phrases by key, month and
/// weekday names, the plural rule and the unit words that stay with their numbers.
public struct LanguageStrings: Hashable, Sendable {
    /// The language's code, as plans name it ("es").
    public var language: String
    /// The language's own name for itself ("Español").
    public var name: String
    /// The numbers whose phrases take the "one" form.
    public var pluralOne: Set<Int>
    public var months, monthsShort: [String]
    /// Monday first.
    public var weekdays, weekdaysShort, weekdaysNarrow: [String]
    /// Words kept on the line of the number before them ("30 s", "2 veces").
    public var units: Set<String>
    /// What "and" becomes before a word starting with these letters ("e" before "i" in Spanish).
    public var andBefore: [String: String]
    public var phrases: [String: Phrase]
    /// Where each key stands in its file, for messages.
    public var locations: [String: SourceLocation]
    /// The file it was read from.
    public var file: String

    /// No language: every phrase prints as its key (what a layout speaks before an engine gives it a language).
    public static let none = LanguageStrings(language: "", name: "", pluralOne: [1], months: [], monthsShort: [], weekdays: [], weekdaysShort: [],
                                             weekdaysNarrow: [], units: [], andBefore: [:], phrases: [:], locations: [:], file: "")

    static let keys = ["about", "version", "language", "name", "pluralOne", "months", "monthsShort", "weekdays", "weekdaysShort",
                       "weekdaysNarrow", "units", "andBefore", "strings"]

    /// Reads a strings file; every problem of its form is reported with its JSON path.
    public static func load(contentsOf url: URL) throws(DiagnosticList) -> LanguageStrings {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(code: "unreadable", at: .root, nil, "cannot read the strings file", file: url.path)])
        }
        return try decode(Array(data), file: url.path)
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(DiagnosticList) -> LanguageStrings {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw DiagnosticList([error.inFile(file)]) }
        let sink = DiagnosticSink()
        var out = LanguageStrings(language: "", name: "", pluralOne: [1], months: [], monthsShort: [], weekdays: [], weekdaysShort: [],
                                  weekdaysNarrow: [], units: [], andBefore: [:], phrases: [:], locations: [:], file: file)
        if let r = ObjectReader(root, at: .root, sink: sink, allowed: keys, what: "a strings file") {
            _ = r.string("about", limit: .long)
            _ = r.int("version", in: 1...1, unit: "(format version)")
            out.language = r.string("language", required: true, what: "the language's code") ?? ""
            out.name = r.string("name", required: true, what: "the language's name for itself") ?? ""
            if let list = r.array("pluralOne", what: "the numbers that take the singular", maxCount: 100) {
                out.pluralOne = Set(list.compactMap { node, path in
                    if case .number(let d, _) = node.value, d == d.rounded(), abs(d) < 1_000_000 { return Int(d) }
                    sink.error("wrong-type", path, node.location, "expected a whole number, found \(node.typeName)")
                    return nil
                })
            }
            func names(_ key: String, _ count: Int, _ what: String) -> [String] {
                let list = r.strings(key, required: true, what: what, maxCount: count) ?? []
                if r.has(key), list.count != count {
                    sink.error("wrong-count", r.path.appending(key), r.value(key)?.location, "expected \(count) \(what), found \(list.count)",
                               hint: count == 7 ? "Monday first, Sunday last" : "January first")
                }
                return list
            }
            out.months = names("months", 12, "month names")
            out.monthsShort = names("monthsShort", 12, "short month names")
            out.weekdays = names("weekdays", 7, "weekday names")
            out.weekdaysShort = names("weekdaysShort", 7, "short weekday names")
            out.weekdaysNarrow = names("weekdaysNarrow", 7, "one-letter weekday names")
            out.units = Set(r.strings("units", what: "unit words", maxCount: 200) ?? [])
            if let v = r.value("andBefore") {
                for m in members(v, at: r.path.appending("andBefore"), sink: sink, what: "letters and the word \"and\" becomes before them") {
                    if case .string(let s) = m.value.value { out.andBefore[m.key.lowercased()] = s } else {
                        sink.error("wrong-type", r.path.appending("andBefore").appending(m.key), m.value.location, "expected text, found \(m.value.typeName)")
                    }
                }
            }
            if let v = r.value("strings") {
                let base = r.path.appending("strings")
                for m in members(v, at: base, sink: sink, what: "the phrases by key") {
                    out.locations[m.key] = m.keyLocation
                    if let p = phrase(m.value, at: base.appending(m.key), sink: sink) { out.phrases[m.key] = p }
                }
            } else { sink.error("missing-key", .root.appending("strings"), root.location, "missing the phrases (\"strings\")") }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) }) }
        return out
    }

    private static func members(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink, what: String) -> [JSONNode.Member] {
        guard case .object(let list) = node.value else {
            sink.error("wrong-type", path, node.location, "expected \(what) (an object), found \(node.typeName)")
            return []
        }
        return list
    }

    private static func phrase(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink) -> Phrase? {
        switch node.value {
        case .string(let s): return .text(s)
        case .object:
            guard let o = ObjectReader(node, at: path, sink: sink, allowed: ["one", "other"], what: "a phrase by number") else { return nil }
            guard let one = o.string("one", required: true, what: "the form for one"),
                  let other = o.string("other", required: true, what: "the form for other numbers") else { return nil }
            return .plural(one: one, other: other)
        default:
            sink.error("wrong-type", path, node.location, "expected a phrase (text, or {\"one\": ..., \"other\": ...}), found \(node.typeName)")
            return nil
        }
    }
}
