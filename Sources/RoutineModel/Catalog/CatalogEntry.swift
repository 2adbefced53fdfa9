import Foundation

/// Reads one entry of a catalog file.
enum CatalogEntry {
    static let keys = ["id", "name", "kind", "muscles", "secondary", "cue", "instructions", "dose", "pose", "picture"]
    /// The largest pose or picture file read.
    static let maximumFileBytes = 2 * 1024 * 1024

    /// Reads an entry; `folder` is where the catalog file is, for the pose and picture files it names.
    static func read(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink, folder: URL?) -> Exercise? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: keys, what: "an exercise") else { return nil }
        let id = r.string("id", required: true, what: "the exercise id")
        if let id, !ExerciseID.isValid(id) {
            sink.error("bad-id", path.appending("id"), r.value("id")?.location, "the id \"\(id)\" is not lower-case words joined by '-'",
                       hint: "for example \"calf-stretch\"")
        }
        var exercise = Exercise.readFields(from: r, id: id ?? "")
        if let d = r.object("dose", allowed: Dose.fields.map(\.key) + ["side"], what: "a dose") {
            exercise?.dose = Dose.read(from: d)
        }
        if r.has("pose") && r.has("picture") {
            sink.error("two-pictures", path.appending("picture"), r.value("picture")?.location, "an exercise has a pose or a picture file, not both",
                       hint: "remove one of them")
        } else if let v = r.value("pose") {
            if let pose = readPose(v, at: path.appending("pose"), sink: sink, folder: folder) { exercise?.picture = .pose(pose) }
        } else if let file = r.string("picture", required: r.has("picture"), what: "the path of an SVG file") {
            if let svg = checkSVG(file, at: path.appending("picture"), r.value("picture")?.location, sink: sink, folder: folder) { exercise?.picture = .svg(svg) }
        }
        guard let id, ExerciseID.isValid(id) else { return nil }
        return exercise
    }
}

/// The spelling rules for exercise ids.
public enum ExerciseID {
    /// Lower-case letters, digits and single hyphens, 1 to 64 characters.
    public static func isValid(_ id: String) -> Bool {
        guard (1...64).contains(id.count), !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension CatalogEntry {
    /// A pose written in the entry, or the pose file it names (a path relative to the catalog).
    static func readPose(_ v: JSONNode, at path: JSONPath, sink: DiagnosticSink, folder: URL?) -> Pose? {
        guard case .string(let name) = v.value else { return PoseReader.read(v, at: path, sink: sink) }
        guard let url = file(name, at: path, v.location, sink: sink, folder: folder, what: "pose file") else { return nil }
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: url)) } catch {
            sink.error("pose-unreadable", path, v.location, "the pose file \"\(ObjectReader.shown(name))\" cannot be read", hint: "looked for \(url.path)")
            return nil
        }
        let inner = DiagnosticSink()
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            sink.report(error.inFile(url.path))
            return nil
        }
        let pose = PoseReader.read(root, at: .root, sink: inner)
        for d in inner.diagnostics { sink.report(d.inFile(url.path)) }
        return pose
    }

    /// An SVG picture file, checked to exist and to look like SVG.
    static func checkSVG(_ name: String, at path: JSONPath, _ location: SourceLocation?, sink: DiagnosticSink, folder: URL?) -> String? {
        guard let url = file(name, at: path, location, sink: sink, folder: folder, what: "picture") else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            sink.error("picture-unreadable", path, location, "the picture \"\(ObjectReader.shown(name))\" cannot be read", hint: "the path is relative to the catalog file; looked for \(url.path)")
            return nil
        }
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        guard head.contains("<svg") else {
            sink.error("picture-not-svg", path, location, "the picture \"\(ObjectReader.shown(name))\" is not an SVG file", hint: "save it from Inkscape as plain SVG")
            return nil
        }
        return url.path
    }

    /// A file named in the catalog: relative to the catalog's folder, at most 2 MB.
    static func file(_ name: String, at path: JSONPath, _ location: SourceLocation?, sink: DiagnosticSink, folder: URL?, what: String) -> URL? {
        let url = (name.hasPrefix("/") ? URL(fileURLWithPath: name) : (folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(name)).standardizedFileURL
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let attributes else {
            sink.error("\(what == "picture" ? "picture" : "pose")-missing", path, location, "the \(what) \"\(ObjectReader.shown(name))\" does not exist",
                       hint: "the path is relative to the catalog file; looked for \(url.path)")
            return nil
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            sink.error("not-a-file", path, location, "the \(what) \"\(ObjectReader.shown(name))\" is a folder")
            return nil
        }
        if ((attributes[.size] as? NSNumber)?.intValue ?? 0) > maximumFileBytes {
            sink.error("file-too-large", path, location, "the \(what) is larger than 2 MB", hint: "simplify it")
            return nil
        }
        return url
    }
}
