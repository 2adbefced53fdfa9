import CCairo

/// A raster image as PDF image data: RGB samples and, when it has any transparency, an alpha mask.
struct PDFImage {
    var width: Int, height: Int
    /// RGB samples, FlateDecode-compressed.
    var rgb: [UInt8]
    /// Alpha samples, FlateDecode-compressed; nil when every pixel is opaque.
    var alpha: [UInt8]?

    /// Reads the pixels of a cairo image surface (premultiplied ARGB32 or RGB24).
    init(surface: CairoSurface) throws(RenderError) {
        let s = surface.pointer
        cairo_surface_flush(s)
        width = Int(cairo_image_surface_get_width(s)); height = Int(cairo_image_surface_get_height(s))
        let stride = Int(cairo_image_surface_get_stride(s))
        let hasAlpha = cairo_image_surface_get_format(s) == CAIRO_FORMAT_ARGB32
        var rgb = [UInt8](); rgb.reserveCapacity(width * height * 3)
        var alpha = [UInt8](); alpha.reserveCapacity(width * height)
        if let data = cairo_image_surface_get_data(s) {
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let p = row[x]
                    let a = hasAlpha ? UInt32(p >> 24) : 255
                    func channel(_ shift: UInt32) -> UInt8 {
                        let v = (p >> shift) & 0xFF
                        return a == 0 ? 0 : UInt8(min(255, (v * 255 + a / 2) / a))
                    }
                    rgb.append(channel(16)); rgb.append(channel(8)); rgb.append(channel(0))
                    alpha.append(UInt8(a))
                }
            }
        }
        self.rgb = try Deflate.compress(rgb, level: 6)
        self.alpha = alpha.allSatisfy({ $0 == 255 }) ? nil : try Deflate.compress(alpha, level: 6)
    }
}
