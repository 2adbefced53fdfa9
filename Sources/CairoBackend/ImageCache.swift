import CCairo
import PageGraphics

/// PNG images decoded once and kept, for logos repeated across documents. Each is scaled down to
/// what its box prints at 300 dpi, so a large file is paid for once and never reaches the PDF
/// at full size.
final class ImageCache {
    /// Pixels per inch kept of an image: more than a printer shows at the size of a logo.
    static let printResolution = 300.0
    private var images: [String: CairoSurface] = [:]

    /// The name an image is kept under: its file or bytes, and the box it is fitted into.
    static func key(_ item: ImageItem) -> String { "\(item.path)@\(item.size.width.value)x\(item.size.height.value)" }

    /// The image of `item`, at most its box at print resolution, or nil when it cannot be decoded as PNG.
    func image(_ item: ImageItem) -> CairoSurface? {
        let key = Self.key(item)
        if let s = images[key] { return s }
        let decoded = item.png.map { Self.decode($0.bytes) } ?? cairo_image_surface_create_from_png(item.path).map(CairoSurface.init(adopting:))
        guard let decoded, decoded.failure == nil, cairo_image_surface_get_width(decoded.pointer) > 0,
              let fitted = Self.fitted(decoded, into: item.size) else { return nil }
        if images.count > 32 { images.removeAll() }
        images[key] = fitted
        return fitted
    }

    /// Decodes PNG bytes held in memory.
    static func decode(_ bytes: [UInt8]) -> CairoSurface? {
        final class Reader { let bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(bytes)
        let raw = withExtendedLifetime(reader) { () -> OpaquePointer? in
            cairo_image_surface_create_from_png_stream({ closure, data, length in
                let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
                let n = Int(length)
                guard let data, r.offset + n <= r.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                r.bytes.withUnsafeBufferPointer { src in data.update(from: src.baseAddress! + r.offset, count: n) }
                r.offset += n
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(reader).toOpaque())
        }
        return raw.map(CairoSurface.init(adopting:))
    }

    /// The image scaled down, keeping its proportions, to at most `box` at print resolution;
    /// the image itself when it is no larger than that.
    static func fitted(_ image: CairoSurface, into box: Size) -> CairoSurface? {
        let w = Double(cairo_image_surface_get_width(image.pointer)), h = Double(cairo_image_surface_get_height(image.pointer))
        let perPoint = printResolution / 72
        let scale = min(box.width.value * perPoint / w, box.height.value * perPoint / h)
        guard scale < 1 else { return image }
        let tw = max(1, Int((w * scale).rounded())), th = max(1, Int((h * scale).rounded()))
        // Already scaled (a logo from `POST /api/logo`): a pixel less is not worth a second resampling.
        if tw >= Int(w) - 1 && th >= Int(h) - 1 { return image }
        // An opaque image stays opaque: no alpha channel, and its edges padded rather than faded.
        let format = cairo_image_surface_get_format(image.pointer) == CAIRO_FORMAT_RGB24 ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32
        let out = CairoSurface(adopting: cairo_image_surface_create(format, Int32(tw), Int32(th)))
        guard out.failure == nil else { return nil }
        let cr = cairo_create(out.pointer)
        defer { cairo_destroy(cr) }
        cairo_scale(cr, Double(tw) / w, Double(th) / h)
        cairo_set_source_surface(cr, image.pointer, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD)
        cairo_paint(cr)
        cairo_surface_flush(out.pointer)
        return out.failure == nil ? out : nil
    }
}
