import CCairo

/// Collects the bytes cairo streams out (PNG files, and the PDF pages figures are taken from).
final class CairoByteSink {
    var bytes: [UInt8] = []

    /// The callback cairo streams to; the closure pointer is an unretained `CairoByteSink`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<CairoByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
