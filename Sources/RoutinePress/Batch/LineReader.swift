import Foundation

/// Reads a file descriptor line by line with a fixed buffer, so a large JSON Lines file is never
/// held in memory whole.
final class LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes (everything before has none).
    private var scanned = 0
    private var atEnd = false
    /// The longest line accepted; longer ones are skipped and reported.
    static let maximumLine = 8 * 1024 * 1024

    /// Opens a file; nil when it cannot be read.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.fd = fd; ownsDescriptor = true
    }

    /// Reads standard input.
    init(standardInput: Void) { fd = 0; ownsDescriptor = false }

    deinit { if ownsDescriptor { close(fd) } }

    /// One line of input.
    enum Line { case text([UInt8]), tooLong }

    /// The next line without its newline, or nil at the end.
    func next() -> Line? {
        var skipping = false
        while true {
            if let nl = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<nl])
                start = nl + 1
                scanned = start
                compact()
                return skipping ? .tooLong : .text(line.last == 0x0D ? Array(line.dropLast()) : line)
            }
            if atEnd {
                guard start < buffer.count else { return skipping ? .tooLong : nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return skipping ? .tooLong : .text(line)
            }
            scanned = buffer.count
            if buffer.count - start > Self.maximumLine { skipping = true; buffer.removeAll(keepingCapacity: true); start = 0; scanned = 0 }
            fill()
        }
    }

    private func compact() {
        if start > 1 << 16 { buffer.removeFirst(start); scanned -= start; start = 0 }
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { atEnd = true; return }
        buffer.append(contentsOf: chunk[0..<n])
    }
}
