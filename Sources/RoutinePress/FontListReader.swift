import CairoBackend
import Foundation
import RoutineModel

/// Reads a fonts folder's `fonts.json` as strictly as a plan: every problem with its file, line,
/// column and JSON path, all at once. Any `.otf` or `.ttf` lying in the folder is added.
public enum FontListReader {
    /// The most font files or families one list may name.
    static let maximumEntries = 200

    /// The font list of `folder`.
    public static func load(folder: URL) throws(DiagnosticList) -> FontManifest {
        let url = folder.appendingPathComponent("fonts.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(code: "unreadable", at: .root, nil, "cannot read the font list", hint: "a fonts folder must hold fonts.json", file: url.path)])
        }
        var manifest = try decode(Array(data), file: url.path, folder: folder)
        let local = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in local.sorted() where name.lowercased().hasSuffix(".otf") || name.lowercased().hasSuffix(".ttf") {
            let path = folder.appendingPathComponent(name).path
            if !manifest.files.contains(where: { $0.path == path }) { manifest.files.append(FontManifest.File(path: path, package: nil)) }
        }
        return manifest
    }

    /// Decodes `{"families": [...], "files": [{"path", "package"}], "features": {family: [...]}}`;
    /// a relative path is taken from `folder`.
    static func decode(_ bytes: [UInt8], file: String, folder: URL) throws(DiagnosticList) -> FontManifest {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw DiagnosticList([error.inFile(file)]) }
        let sink = DiagnosticSink()
        var families: [String] = [], files: [FontManifest.File] = [], features: [String: [String]]?
        if let r = ObjectReader(root, at: .root, sink: sink, allowed: ["about", "families", "files", "features"], what: "a font list") {
            _ = r.string("about", limit: .long)
            families = r.strings("families", required: true, what: "the font families, text face first", maxCount: maximumEntries) ?? []
            if r.has("families"), families.isEmpty, !sink.hasErrors {
                sink.error("empty-list", r.origin("families").path, r.origin("families").location, "names no family", hint: "name at least the text face")
            }
            for (node, path) in r.array("files", required: true, what: "the font files", maxCount: maximumEntries) ?? [] {
                guard let f = ObjectReader(node, at: path, sink: sink, allowed: ["path", "package"], what: "a font file") else { continue }
                guard let p = f.string("path", required: true, what: "the font file's path") else { continue }
                let file = FontManifest.File(path: p.hasPrefix("/") ? p : folder.appendingPathComponent(p).path, package: f.string("package"))
                if !FileManager.default.isReadableFile(atPath: file.path) {
                    let o = f.origin("path")
                    sink.error("missing-font-file", o.path, o.location, "the font file \(file.path) is missing",
                               hint: file.package.map { "install the Debian package \($0), or run `make setup`" } ?? "put the file there, or remove it from the list")
                }
                files.append(file)
            }
            if let node = r.value("features") {
                features = readFeatures(node, at: r.origin("features").path, sink: sink)
            }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { var d = $0; d.file = file; return d }) }
        return FontManifest(families: families, files: files, features: features)
    }

    /// `{"Inter": ["ccmp=0"]}`: OpenType features per family, in HarfBuzz's syntax.
    private static func readFeatures(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink) -> [String: [String]] {
        guard case .object(let members) = node.value else {
            sink.error("wrong-type", path, node.location, "expected the features per family (an object), found \(node.typeName)")
            return [:]
        }
        var out: [String: [String]] = [:]
        for m in members {
            let p = path.appending(m.key)
            guard case .array(let list) = m.value.value else {
                sink.error("wrong-type", p, m.value.location, "expected the family's features (an array), found \(m.value.typeName)")
                continue
            }
            out[m.key] = ObjectReader.strings(list.enumerated().map { ($1, p.appending($0)) }, sink: sink)
        }
        return out
    }
}
