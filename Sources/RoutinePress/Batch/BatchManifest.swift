import CairoBackend
import Foundation
import RoutineModel

/// The record of finished plans kept beside a resumable batch's outputs (`--resume`).
///
/// One line per rendered plan, appended with a single `write` after its files are in place:
/// `{"name": ..., "position": p, "input": sha256, "outputs": [{"file": ..., "size": n, "sha256": ...}], "pages": n, "warnings": [...]}`.
/// Each run (or shard) appends to its own file in `.routinepress/` in the output folder, and a
/// resumed run reads them all, keeping only its own share's plans (later lines winning) in a
/// compact form (`Finished`), so a resumed worker's memory follows its share, not the whole
/// batch; a line cut short by a kill is ignored, so the plan is rendered again. A plan counts as
/// done when its input digest (the plan's bytes and the run's settings) is the one recorded and
/// every output is there at its recorded size.
final class BatchManifest {
    /// A finished plan as the manifest records it.
    struct Entry: Sendable {
        struct Output: Sendable, Hashable { var file: String; var size: Int; var sha256: String }
        var name: String
        var position: Int
        var input: String
        var outputs: [Output]
        var pages: Int
        var warnings: [String]

        var line: String {
            JSONWriter.line(.object([
                ("name", .string(name)), ("position", .int(position)), ("input", .string(input)),
                ("outputs", .array(outputs.map { .object([("file", .string($0.file)), ("size", .int($0.size)), ("sha256", .string($0.sha256))]) })),
                ("pages", .int(pages)), ("warnings", .array(warnings.map(JSONNode.string))),
            ])) + "\n"
        }

        /// The entry a manifest line holds, or nil for a line that is not one (cut short by a kill).
        init?(line: ArraySlice<UInt8>) {
            guard let root = try? JSONParser.parse(Array(line)), case .object(let members) = root.value else { return nil }
            func member(_ key: String) -> JSONNode.Value? { members.first { $0.key == key }?.value.value }
            guard case .string(let name)? = member("name"), case .number(let position, _)? = member("position"), case .string(let input)? = member("input"),
                  case .array(let outs)? = member("outputs"), case .number(let pages, _)? = member("pages") else { return nil }
            var outputs: [Output] = []
            for o in outs {
                guard case .object(let m) = o.value,
                      case .string(let file)? = m.first(where: { $0.key == "file" })?.value.value,
                      case .number(let size, _)? = m.first(where: { $0.key == "size" })?.value.value,
                      case .string(let digest)? = m.first(where: { $0.key == "sha256" })?.value.value else { return nil }
                outputs.append(Output(file: file, size: Int(size), sha256: digest))
            }
            var warnings: [String] = []
            if case .array(let w)? = member("warnings") { for item in w { if case .string(let s) = item.value { warnings.append(s) } } }
            self.init(name: name, position: Int(position), input: input, outputs: outputs, pages: Int(pages), warnings: warnings)
        }

        init(name: String, position: Int, input: String, outputs: [Output], pages: Int, warnings: [String]) {
            self.name = name; self.position = position; self.input = input; self.outputs = outputs; self.pages = pages; self.warnings = warnings
        }
    }

    /// What a resumed run keeps of a finished plan: its input digest, its files' sizes (the files
    /// are named from the plan's name, as the batch names them), pages and warnings.
    struct Finished: Sendable {
        var input: Digest
        var sizes: [Int]
        /// Each file's SHA-256: a file with other bytes is not this plan's, whatever its size.
        var digests: [Digest]
        var pages: Int
        var warnings: [String]
    }

    /// A SHA-256 digest held as four words instead of 64 hex characters.
    struct Digest: Sendable, Hashable {
        private var words: (UInt64, UInt64, UInt64, UInt64)
        /// The digest 64 hex digits spell, or nil.
        init?(hex: String) {
            let bytes = Array(hex.utf8)
            guard bytes.count == 64 else { return nil }
            var w: [UInt64] = []
            for chunk in stride(from: 0, to: 64, by: 16) {
                guard let v = UInt64(String(decoding: bytes[chunk..<chunk + 16], as: UTF8.self), radix: 16) else { return nil }
                w.append(v)
            }
            words = (w[0], w[1], w[2], w[3])
        }
        static func == (a: Digest, b: Digest) -> Bool { a.words == b.words }
        func hash(into h: inout Hasher) { h.combine(words.0); h.combine(words.1); h.combine(words.2); h.combine(words.3) }
    }

    /// The manifests' folder inside the output folder.
    static let folderName = ".routinepress"

    private let fd: Int32
    let path: String

    /// Opens this run's manifest for appending (one file per shard, so shards never write the same file).
    init(outputDirectory: String, shard: BatchShard?) throws(RoutinePressError) {
        let folder = outputDirectory + "/" + Self.folderName
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw .outputUnwritable(path: folder, reason: String(cString: strerror(errno)))
        }
        path = folder + "/manifest" + (shard.map { "-\($0.index + 1)-of-\($0.count)" } ?? "") + ".jsonl"
        fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .outputUnwritable(path: path, reason: String(cString: strerror(errno))) }
        // A line a killed run left cut short is ended, so this run's first line stands on its own.
        var last: UInt8 = 0x0A
        let size = lseek(fd, 0, SEEK_END)
        if size > 0 { _ = pread(fd, &last, 1, size - 1) }
        if last != 0x0A {
            var newline: UInt8 = 0x0A
            guard Foundation.write(fd, &newline, 1) == 1 else { throw .outputUnwritable(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    deinit { close(fd) }

    /// Records a finished plan: one line, in one write, so a kill leaves it whole or cut short.
    func append(_ entry: Entry) throws(RoutinePressError) {
        let bytes = Array(entry.line.utf8)
        let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        if n != bytes.count {
            // End what was written, so the next line stands on its own.
            if n > 0 { var newline: UInt8 = 0x0A; _ = Foundation.write(fd, &newline, 1) }
            throw .outputUnwritable(path: path, reason: n < 0 ? String(cString: strerror(errno)) : "the disk is full") }
    }

    /// Flushes the manifest to disk at the end of a run.
    func sync() { fsync(fd) }

    /// The plans of this run's share (`wanted` positions) that the folder's manifests record as
    /// finished, by output name (later lines win); an entry whose files are not named as the
    /// batch names them (another format) is left out.
    static func load(outputDirectory: String, format: RenderOptions.Format, wanted: (Int) -> Bool) -> [String: Finished] {
        let folder = outputDirectory + "/" + folderName
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("manifest") && $0.hasSuffix(".jsonl") }.sorted()
        var entries: [String: Finished] = [:]
        for file in files {
            guard let reader = LineReader(path: folder + "/" + file) else { continue }
            while let line = reader.next() {
                guard case .text(let bytes) = line, let entry = Entry(line: bytes[...]), wanted(entry.position),
                      let input = Digest(hex: entry.input),
                      case let digests = entry.outputs.compactMap({ Digest(hex: $0.sha256) }), digests.count == entry.outputs.count,
                      entry.outputs.map(\.file) == outputFiles(of: entry.name, count: entry.outputs.count, format: format) else { continue }
                entries[entry.name] = Finished(input: input, sizes: entry.outputs.map(\.size), digests: digests, pages: entry.pages, warnings: entry.warnings)
            }
        }
        return entries
    }

    /// The files a plan named `name` is written to: `name.pdf`, or its pages `name-1.png`, `name-2.png`...
    static func outputFiles(of name: String, count: Int, format: RenderOptions.Format) -> [String] {
        format == .pdf ? [name + ".pdf"] : (1...max(1, count)).map { "\(name)-\($0).png" }
    }

    /// Removes what an earlier run wrote for the plan named `name` (it is rendered again, or fails
    /// now), so a resumed run ends with a clean run's files: no old sheet of a plan that now fails,
    /// no last page of a sheet that is now shorter. PNG pages: every page the manifest recorded
    /// (whichever are missing), then on while there are more.
    static func removeOutputs(of name: String, pages recorded: Int, format: RenderOptions.Format, in outputDirectory: String) {
        guard format == .png else { unlink(outputDirectory + "/" + name + ".pdf"); return }
        var page = 1
        while unlink(outputDirectory + "/\(name)-\(page).png") == 0 || page <= recorded { page += 1 }
    }

    /// Whether the plan named `name`'s files are all in `outputDirectory` with the bytes recorded
    /// (the size first, then the SHA-256).
    static func isComplete(_ finished: Finished, name: String, format: RenderOptions.Format, in outputDirectory: String) -> Bool {
        let files = outputFiles(of: name, count: finished.sizes.count, format: format).map { outputDirectory + "/" + $0 }
        guard !files.isEmpty, zip(files, finished.sizes).allSatisfy({ path, size in
            guard let status = FileStatus.of(path) else { return false }
            return status.kind == .regular && status.size == size
        }) else { return false }
        return zip(files, finished.digests).allSatisfy { path, digest in
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            return Digest(hex: Checksum.sha256(Array(data))) == digest
        }
    }
}
