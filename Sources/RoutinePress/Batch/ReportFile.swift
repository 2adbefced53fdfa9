import Foundation

/// The batch report: a JSON array with one record per plan, streamed to a temporary file and
/// renamed into place when the batch ends. A shard's report is an object that also says which
/// shard it is and how many plans the whole input held, so a merge can tell a missing shard:
/// `{"shard": "2/8", "records": [...], "plans": 1000}`.
final class ReportFile {
    private let path: String
    private let temporary: String
    private let handle: FileHandle
    private var count = 0

    private let shard: BatchShard?

    init(path: String, shard: BatchShard? = nil) throws(RoutinePressError) {
        self.path = path
        self.shard = shard
        temporary = BatchRenderer.temporaryPath(for: path)
        let head = shard.map { "{\"shard\": \"\($0.index + 1)/\($0.count)\", \"records\": [\n" } ?? "[\n"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(head.utf8)), let h = FileHandle(forWritingAtPath: temporary) else {
            throw .outputUnwritable(path: path, reason: "the report cannot be created here")
        }
        handle = h
        handle.seekToEndOfFile()
    }

    private var failure: String?

    func append(_ record: BatchRecord) {
        guard failure == nil else { return }
        do { try handle.write(contentsOf: Data(((count == 0 ? "  " : ",\n  ") + record.json).utf8)) } catch { failure = "\(error)" }
        count += 1
    }

    /// Ends the report; `plans` is how many plans the whole input held (nil when the run was cut short).
    func finish(plans: Int?) throws(RoutinePressError) {
        if failure == nil {
            var tail = count == 0 ? "]" : "\n]"
            if shard != nil { tail += ", \"plans\": " + (plans.map(String.init) ?? "null") + "}" }
            do { try handle.write(contentsOf: Data((tail + "\n").utf8)) } catch { failure = "\(error)" }
        }
        try? handle.close()
        if let failure {
            unlink(temporary)
            throw .outputUnwritable(path: path, reason: failure)
        }
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw .outputUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    func discard() {
        try? handle.close()
        unlink(temporary)
    }
}
