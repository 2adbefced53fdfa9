import CCairo

/// PNG images loaded once and kept by path, for logos repeated across documents.
final class ImageCache {
    private var images: [String: CairoSurface] = [:]

    /// The image at `path`, or nil when it cannot be decoded as PNG.
    func image(at path: String) -> CairoSurface? {
        if let s = images[path] { return s }
        guard let raw = cairo_image_surface_create_from_png(path) else { return nil }
        let surface = CairoSurface(adopting: raw)
        guard surface.failure == nil, cairo_image_surface_get_width(raw) > 0 else { return nil }
        if images.count > 32 { images.removeAll() }
        images[path] = surface
        return surface
    }
}
