import CDeflate
import Foundation

/// One libdeflate compressor; frees it when dropped.
final class Compressor: @unchecked Sendable {
    let pointer: OpaquePointer
    /// A compressor for `level`, or nil when there is no memory for one.
    init?(level: Int32) {
        guard let p = libdeflate_alloc_compressor(level) else { return nil }
        pointer = p
    }
    deinit { libdeflate_free_compressor(pointer) }
}

/// Compressors kept for reuse, per level: allocating one costs more than compressing a page.
/// Any thread takes one, uses it alone, and gives it back.
final class CompressorPool: @unchecked Sendable {
    static let shared = CompressorPool()
    private let lock = NSLock()
    private var idle: [Int32: [Compressor]] = [:]

    func take(level: Int32) -> Compressor? {
        lock.lock()
        let kept = idle[level]?.popLast()
        lock.unlock()
        return kept ?? Compressor(level: level)
    }

    func give(_ compressor: Compressor, level: Int32) {
        lock.lock()
        idle[level, default: []].append(compressor)
        lock.unlock()
    }
}
