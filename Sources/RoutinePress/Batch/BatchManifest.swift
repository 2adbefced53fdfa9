import CairoBackend
import Foundation
import RoutineModel

/// The record of finished plans kept beside a resumable batch's outputs (`--resume`).
///
/// One line per rendered plan, appended with a single `write` after its files are in place:
/// `{"name": ..., "input": sha256, "outputs": [{"file": ..., "size": n, "sha256": ...}], "pages": n, "warnings": [...]}`.
/// Each run (or shard) appends to its own file in `.routinepress/` in the output folder, and a
/// resumed run reads them all, later lines winning; a line cut short by a kill is ignored, so the
/// plan is rendered again. A plan counts as done when its input digest (the plan's bytes and the
/// run's settings) is the one recorded and every output is there at its recorded size.
final class BatchManifest {
    /// A finished plan as the manifest records it.
    struct Entry: Sendable {
        struct Output: Sendable, Hashable { var file: String; var size: Int; var sha256: String }
        var name: String
        var input: String
        var outputs: [Output]
        var pages: Int
        var warnings: [String]

        var line: String {
            JSONWriter.line(.object([
                ("name", .string(name)), ("input", .string(input)),
                ("outputs", .array(outputs.map { .object([("file", .string($0.file)), ("size", .int($0.size)), ("sha256", .string($0.sha256))]) })),
                ("pages", .int(pages)), ("warnings", .array(warnings.map(JSONNode.string))),
            ])) + "\n"
        }

        /// The entry a manifest line holds, or nil for a line that is not one (cut short by a kill).
        init?(line: ArraySlice<UInt8>) {
            guard let root = try? JSONParser.parse(Array(line)), case .object(let members) = root.value else { return nil }
            func member(_ key: String) -> JSONNode.Value? { members.first { $0.key == key }?.value.value }
            guard case .string(let name)? = member("name"), case .string(let input)? = member("input"),
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
            self.init(name: name, input: input, outputs: outputs, pages: Int(pages), warnings: warnings)
        }

        init(name: String, input: String, outputs: [Output], pages: Int, warnings: [String]) {
            self.name = name; self.input = input; self.outputs = outputs; self.pages = pages; self.warnings = warnings
        }
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
        if n != bytes.count { throw .outputUnwritable(path: path, reason: n < 0 ? String(cString: strerror(errno)) : "the disk is full") }
    }

    /// Flushes the manifest to disk at the end of a run.
    func sync() { fsync(fd) }

    /// Every plan the output folder's manifests record as finished, by output name (later lines win).
    static func load(outputDirectory: String) -> [String: Entry] {
        let folder = outputDirectory + "/" + folderName
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("manifest") && $0.hasSuffix(".jsonl") }.sorted()
        var entries: [String: Entry] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            let bytes = Array(data)
            var start = 0
            for i in bytes.indices where bytes[i] == 0x0A {
                if let entry = Entry(line: bytes[start..<i]) { entries[entry.name] = entry }
                start = i + 1
            }
        }
        return entries
    }

    /// Whether `entry`'s outputs are all in `outputDirectory`, each at its recorded size.
    static func isComplete(_ entry: Entry, in outputDirectory: String) -> Bool {
        !entry.outputs.isEmpty && entry.outputs.allSatisfy { o in
            guard let status = FileStatus.of(outputDirectory + "/" + o.file) else { return false }
            return status.kind == .regular && status.size == o.size
        }
    }
}
