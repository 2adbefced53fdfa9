import CZlib

/// zlib compression for PDF streams (FlateDecode), and decompression for reading cairo's own output.
enum Deflate {
    /// `data` compressed as a zlib stream; the same input always gives the same bytes.
    /// Level 1 by default, for what is made once per document (page content, text maps): the
    /// fastest level makes it only a little larger. What is made once and reused (font subsets,
    /// figure forms, images) gets zlib's default level 6.
    static func compress(_ data: [UInt8], level: Int32 = 1) -> [UInt8] {
        var size = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { o in
            data.withUnsafeBufferPointer { i in compress2(o.baseAddress, &size, i.baseAddress, uLong(data.count), level) }
        }
        precondition(status == Z_OK, "zlib refused to compress (\(status))")
        out.removeSubrange(Int(size)...)
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
