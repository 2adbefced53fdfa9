import CDeflate
import CZlib
import Foundation

/// Compression for PDF streams (FlateDecode, zlib format) by libdeflate, and decompression,
/// by zlib, for reading cairo's own output.
enum Deflate {
    /// `data` compressed as a zlib stream; the same input always gives the same bytes.
    /// Level 1 by default, for what is made once per document (page content, text maps, the
    /// object stream and the cross-reference stream): the fastest level makes it only a little
    /// larger. What is made once and reused (font subsets, figure forms, images) gets level 6.
    static func compress(_ data: [UInt8], level: Int32 = 1) throws(RenderError) -> [UInt8] {
        guard let compressor = CompressorPool.shared.take(level: level) else { throw RenderError(.document, "a PDF stream could not be compressed: out of memory") }
        defer { CompressorPool.shared.give(compressor, level: level) }
        let bound = libdeflate_zlib_compress_bound(compressor.pointer, data.count)
        var out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            count = data.withUnsafeBytes { i in
                libdeflate_zlib_compress(compressor.pointer, i.baseAddress, i.count, buffer.baseAddress, bound)
            }
        }
        if out.isEmpty { throw RenderError(.document, "a PDF stream of \(data.count) bytes could not be compressed") }
        if out.capacity > out.count * 2 + 4096 { out = out.withUnsafeBufferPointer { Array($0) } }  // a small stream does not keep its worst-case buffer
        return out
    }

    /// The inflated bytes of a zlib stream, or nil when it is not one.
    static func decompress(_ data: ArraySlice<UInt8>) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let input = Array(data)
        return input.withUnsafeBufferPointer { i -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: i.baseAddress)
            stream.avail_in = uInt(i.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { c -> Int32 in
                    stream.next_out = c.baseAddress
                    stream.avail_out = uInt(c.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                out.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_STREAM_END { return out }
                if status != Z_OK { return nil }
            }
        }
    }
}
