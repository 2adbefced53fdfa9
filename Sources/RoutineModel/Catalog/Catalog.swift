import Foundation

/// The exercises a plan can name by id: the built-in set, optionally extended by a clinic's own.
public struct Catalog: Hashable, Sendable {
    public private(set) var exercises: [Exercise]
    private var byID: [String: Int]

    public init(_ exercises: [Exercise]) {
        self.exercises = []
        byID = [:]
        for e in exercises { add(e) }
    }

    /// Adds an exercise, replacing one with the same id (a clinic's file overrides the built-in entry).
    public mutating func add(_ e: Exercise) {
        if let i = byID[e.id] { exercises[i] = e } else { byID[e.id] = exercises.count; exercises.append(e) }
    }

    /// The exercise with this id.
    public func exercise(_ id: String) -> Exercise? { byID[id].map { exercises[$0] } }

    /// All ids, in catalog order.
    public var ids: [String] { exercises.map(\.id) }

    /// Reads a catalog file; the error lists every problem with its place in the file.
    public static func load(contentsOf url: URL, displayName: String? = nil) throws(DiagnosticList) -> Catalog {
        let name = displayName ?? url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DiagnosticList([Diagnostic(code: "unreadable", at: .root, nil, "cannot read the exercise catalog", file: name)])
        }
        return try decode(Array(data), file: name, folder: url.deletingLastPathComponent())
    }

    /// Decodes catalog JSON: `{"version": 1, "exercises": [...]}`.
    public static func decode(_ bytes: [UInt8], file: String? = nil, folder: URL? = nil) throws(DiagnosticList) -> Catalog {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw DiagnosticList([error.inFile(file)]) }
        let sink = DiagnosticSink()
        var exercises: [Exercise] = []
        if let r = ObjectReader(root, at: .root, sink: sink, allowed: ["version", "exercises"], what: "an exercise catalog") {
            _ = r.int("version", in: 1...1, unit: "(format version)")
            var seen = Set<String>()
            for (node, path) in r.array("exercises", required: true, what: "the exercises", maxCount: 10_000) ?? [] {
                guard let e = CatalogEntry.read(node, at: path, sink: sink, folder: folder) else { continue }
                if !seen.insert(e.id).inserted {
                    sink.error("duplicate-id", path.appending("id"), node.location, "the id \"\(e.id)\" is used twice in this catalog")
                    continue
                }
                exercises.append(e)
            }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.file == nil ? $0.inFile(file) : $0 }) }
        return Catalog(exercises)
    }
}
