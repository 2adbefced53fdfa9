import Foundation

/// Where a PDF's bytes go: kept in memory, or written to a file as they come.
final class PDFSink {
    private var pending: [UInt8] = []
    private let file: FileHandle?
    private let path: String?
    /// Bytes written so far, pending ones included: the offset of the next byte.
    private(set) var offset = 0

    /// A sink that keeps everything in memory.
    init() { file = nil; path = nil; pending.reserveCapacity(64 * 1024) }

    /// A sink writing to a new file at `path`.
    init(path: String) throws(RenderError) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw RenderError(.output(file: path), "cannot be created")
        }
        file = handle
        self.path = path
    }

    func write(_ bytes: [UInt8]) throws(RenderError) {
        pending.append(contentsOf: bytes)
        offset += bytes.count
        if file != nil, pending.count >= 1 << 20 { try flush() }
    }

    /// Sends what is pending to the file (nothing for a memory sink).
    func flush() throws(RenderError) {
        guard let file, !pending.isEmpty else { return }
        do { try file.write(contentsOf: pending) } catch { throw RenderError(.output(file: path ?? "the PDF"), "could not be written: \(error.localizedDescription)") }
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    func close() throws(RenderError) {
        try flush()
        do { try file?.synchronize(); try file?.close() } catch { throw RenderError(.output(file: path ?? "the PDF"), "could not be closed: \(error.localizedDescription)") }
    }

    /// Everything written, for a memory sink.
    var bytes: [UInt8] { pending }
}
