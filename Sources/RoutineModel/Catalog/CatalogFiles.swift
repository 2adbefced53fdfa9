import Foundation

/// The pose and picture files a catalog entry names: found relative to the catalog, regular files
/// of at most 2 MB, read with a bound so a device or a pipe named by mistake cannot hang the tool.
extension CatalogEntry {
    /// A pose written in the entry, or the pose file it names (a path relative to the catalog).
    static func readPose(_ v: JSONNode, at path: JSONPath, sink: DiagnosticSink, folder: URL?) -> Pose? {
        guard case .string(let name) = v.value else { return PoseReader.read(v, at: path, sink: sink) }
        guard let url = file(name, at: path, v.location, sink: sink, folder: folder, what: "pose file"),
              let bytes = read(url, name: name, at: path, v.location, sink: sink, what: "pose file") else { return nil }
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

    /// An SVG picture file, checked to exist and to look like SVG (the renderer parses it fully).
    static func checkSVG(_ name: String, at path: JSONPath, _ location: SourceLocation?, sink: DiagnosticSink, folder: URL?) -> String? {
        guard let url = file(name, at: path, location, sink: sink, folder: folder, what: "picture"),
              let data = read(url, name: name, at: path, location, sink: sink, what: "picture") else { return nil }
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        guard head.contains("<svg") else {
            sink.error("picture-not-svg", path, location, "the picture \"\(ObjectReader.shown(name))\" is not an SVG file", hint: "save it from Inkscape as plain SVG")
            return nil
        }
        return url.path
    }

    /// A file named in the catalog: relative to the catalog's folder, a regular file.
    static func file(_ name: String, at path: JSONPath, _ location: SourceLocation?, sink: DiagnosticSink, folder: URL?, what: String) -> URL? {
        let url = NamedFile.url(name, relativeTo: folder)
        let shown = ObjectReader.shown(name)
        guard let status = FileStatus.of(url.path) else {
            if errno == ENOENT || errno == ENOTDIR {
                sink.error("\(what == "picture" ? "picture" : "pose")-missing", path, location, "the \(what) \"\(shown)\" does not exist",
                           hint: "the path is relative to the catalog file; looked for \(url.path)")
            } else {
                sink.error("not-readable", path, location, "the \(what) \"\(shown)\" cannot be read (\(String(cString: strerror(errno))))", hint: url.path)
            }
            return nil
        }
        switch status.kind {
        case .regular: return url
        case .directory:
            sink.error("not-a-file", path, location, "the \(what) \"\(shown)\" is a folder")
        default:
            sink.error("not-a-file", path, location, "the \(what) \"\(shown)\" is not a plain file", hint: url.path)
        }
        return nil
    }

    /// The file's bytes, at most `maximumFileBytes`.
    static func read(_ url: URL, name: String, at path: JSONPath, _ location: SourceLocation?, sink: DiagnosticSink, what: String) -> [UInt8]? {
        let shown = ObjectReader.shown(name)
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumFileBytes + 1) ?? Data()
        } catch {
            sink.error("not-readable", path, location, "the \(what) \"\(shown)\" cannot be read (\(error.localizedDescription))", hint: url.path)
            return nil
        }
        guard data.count <= maximumFileBytes else {
            sink.error("file-too-large", path, location, "the \(what) \"\(shown)\" is larger than 2 MB", hint: "simplify it")
            return nil
        }
        return Array(data)
    }
}
