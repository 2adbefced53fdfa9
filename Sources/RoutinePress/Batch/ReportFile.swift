import Foundation

/// The batch report: a JSON array with one record per plan, streamed to a temporary file and
/// renamed into place when the batch ends.
final class ReportFile {
    private let path: String
    private let temporary: String
    private let handle: FileHandle
    private var count = 0

    init(path: String) throws(RoutinePressError) {
        self.path = path
        temporary = BatchRenderer.temporaryPath(for: path)
        guard FileManager.default.createFile(atPath: temporary, contents: Data("[\n".utf8)), let h = FileHandle(forWritingAtPath: temporary) else {
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

    func finish() throws(RoutinePressError) {
        if failure == nil {
            do { try handle.write(contentsOf: Data((count == 0 ? "]\n" : "\n]\n").utf8)) } catch { failure = "\(error)" }
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
