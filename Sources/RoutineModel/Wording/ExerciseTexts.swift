import Foundation

/// The built-in catalog's words in another language (`Layouts/strings/LANG.exercises.json`):
/// each exercise's name, cue, instructions and the description of its picture, by id.
public struct ExerciseTexts: Hashable, Sendable {
    /// One exercise's words; a field left out keeps the catalog's.
    public struct Entry: Hashable, Sendable {
        public var name, cue, instructions, picture: String?
    }

    public var language: String
    public var entries: [String: Entry]
    public var file: String
    /// Where each id stands in the file, for messages.
    public var locations: [String: SourceLocation]

    static let fields = ["name", "cue", "instructions", "picture"]

    public static func load(contentsOf url: URL) throws(DiagnosticList) -> ExerciseTexts {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(code: "unreadable", at: .root, nil, "cannot read the exercise texts", file: url.path)])
        }
        return try decode(Array(data), file: url.path)
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(DiagnosticList) -> ExerciseTexts {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw DiagnosticList([error.inFile(file)]) }
        let sink = DiagnosticSink()
        var out = ExerciseTexts(language: "", entries: [:], file: file, locations: [:])
        if let r = ObjectReader(root, at: .root, sink: sink, allowed: ["about", "version", "language", "exercises"], what: "exercise texts") {
            _ = r.string("about", limit: .long)
            _ = r.int("version", in: 1...1, unit: "(format version)")
            out.language = r.string("language", required: true, what: "the language's code") ?? ""
            if let v = r.value("exercises") {
                let base = r.path.appending("exercises")
                if case .object(let members) = v.value {
                    for m in members {
                        out.locations[m.key] = m.keyLocation
                        guard let e = ObjectReader(m.value, at: base.appending(m.key), sink: sink, allowed: fields, what: "an exercise's words") else { continue }
                        out.entries[m.key] = Entry(name: e.string("name"), cue: e.string("cue", limit: .short),
                                                   instructions: e.string("instructions", limit: .long), picture: e.string("picture", limit: .long))
                    }
                } else { sink.error("wrong-type", base, v.location, "expected the exercises by id (an object), found \(v.typeName)") }
            } else { sink.error("missing-key", .root.appending("exercises"), root.location, "missing the exercises by id (\"exercises\")") }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) }) }
        return out
    }

    /// The exercise in these words, where they give them.
    public func applied(to e: Exercise) -> Exercise {
        guard let t = entries[e.id] else { return e }
        var out = e
        if let name = t.name { out.name = name }
        if let cue = t.cue { out.cue = cue }
        if let instructions = t.instructions { out.instructions = instructions }
        if let words = t.picture, case .pose(var pose)? = e.picture {
            pose.description = words
            out.picture = .pose(pose)
        }
        return out
    }
}
