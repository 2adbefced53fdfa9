import CCairo
import Foundation
import PageGraphics

/// The body figures, drawn by librsvg and kept as vectors. Each view is parsed once per style;
/// the plain figure and every highlighted region are recorded once into recording surfaces, so a
/// figure on a page is a few paints of cached drawings (in the PDF, reused form objects).
///
/// Small figures use the simple detail: the silhouette and the lit regions as plain fills. Cairo
/// re-analyses every painted recording on every page, and stroked outlines are most of that cost.
public final class FigureLibrary {
    /// One view: its file, its styled handles (made on first use) and its recordings.
    private final class View {
        let name: String
        let path: String
        let data: [UInt8]
        let plain: SVGHandle
        let shapes: Set<String>
        var styled: [String: SVGHandle] = [:]
        var recordings: [String: CairoSurface] = [:]
        init(name: String, path: String, data: [UInt8], plain: SVGHandle, shapes: Set<String>) {
            self.name = name; self.path = path; self.data = data; self.plain = plain; self.shapes = shapes
        }
    }

    private var views: [String: View] = [:]
    private let style: FigureStyle
    /// The views and their shapes, for layout.
    public let catalog: FigureCatalog

    /// Loads `names` (such as front, back) from `folder`; `regions` are the region names to look for.
    public init(folder: URL, names: [String], regions: [String], style: FigureStyle) throws(RenderError) {
        self.style = style
        var catalogViews: [FigureView] = []
        for name in names {
            let path = folder.appendingPathComponent(name + ".svg").path
            guard let data = FileManager.default.contents(atPath: path) else { throw RenderError("the figure \(path) is missing") }
            let bytes = Array(data)
            let plain = try SVGHandle(data: bytes, path: path, stylesheet: nil)
            guard plain.has("silhouette") else { throw RenderError("the figure \(path) has no element with id=\"silhouette\"") }
            var shapes = Set<String>()
            for r in regions { for id in [r, r + "-left", r + "-right"] where plain.has(id) { shapes.insert(id) } }
            views[name] = View(name: name, path: path, data: bytes, plain: plain, shapes: shapes)
            catalogViews.append(FigureView(name: name, size: Size(width: Points(plain.size.width), height: Points(plain.size.height)), shapes: shapes))
        }
        catalog = FigureCatalog(views: catalogViews)
    }

    static func css(_ c: Color) -> String {
        func byte(_ v: Double) -> Int { Int((v * 255).rounded()) }
        return "rgb(\(byte(c.red)), \(byte(c.green)), \(byte(c.blue)))"
    }

    /// The user stylesheet for one look; librsvg's user stylesheet beats the file's presentation attributes.
    private func stylesheet(_ strength: FigureItem.Strength?, detail: FigureItem.Detail) -> String {
        switch (strength, detail) {
        case (nil, _): return "#body-outline { fill: \(Self.css(style.silhouetteFill)); stroke: none; }"
        case (.primary?, .full): return ".region { fill: \(Self.css(style.primaryFill)); stroke: \(Self.css(style.primaryStroke)); stroke-width: 1.1; }"
        case (.secondary?, .full): return ".region { fill: \(Self.css(style.secondaryFill)); stroke: \(Self.css(style.secondaryStroke)); stroke-width: 0.9; }"
        case (.primary?, .simple): return ".region { fill: \(Self.css(style.primaryFill)); stroke: none; }"
        case (.secondary?, .simple): return ".region { fill: \(Self.css(style.secondaryFill)); stroke: none; }"
        }
    }

    private func handle(_ view: View, css: String) throws(RenderError) -> SVGHandle {
        if let h = view.styled[css] { return h }
        let h = try SVGHandle(data: view.data, path: view.path, stylesheet: css)
        view.styled[css] = h
        return h
    }

    /// The recording of one layer of a view, made on first use.
    private func recording(_ view: View, layer id: String?, strength: FigureItem.Strength?, detail: FigureItem.Detail) throws(RenderError) -> CairoSurface {
        let key = "\(detail)/\(strength.map { "\($0)" } ?? "base")/\(id ?? "")"
        if let s = view.recordings[key] { return s }
        let handle = (strength == nil && detail == .full) ? view.plain : try self.handle(view, css: stylesheet(strength, detail: detail))
        var extents = cairo_rectangle_t(x: 0, y: 0, width: view.plain.size.width, height: view.plain.size.height)
        let surface = CairoSurface(adopting: cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents))
        let cr = CairoContext(surface: surface)
        try handle.render(into: cr.pointer, id: id)
        if let failure = cr.failure { throw RenderError("recording the figure \(view.name) failed: \(failure)") }
        view.recordings[key] = surface
        return surface
    }

    /// Draws a figure item: the plain view, then its highlighted regions, fitted into the item's box.
    func draw(_ f: FigureItem, at origin: Point, into cr: CairoContext) throws(RenderError) {
        guard let view = views[f.view] else { throw RenderError("there is no figure named \(f.view)") }
        let scale = min(f.size.width.value / view.plain.size.width, f.size.height.value / view.plain.size.height)
        let dx = (f.size.width.value - view.plain.size.width * scale) / 2
        var layers = [try recording(view, layer: f.detail == .full ? nil : "silhouette", strength: nil, detail: f.detail)]
        for id in f.secondary where view.shapes.contains(id) {
            layers.append(try recording(view, layer: id, strength: .secondary, detail: f.detail))
        }
        for id in f.primary where view.shapes.contains(id) {
            layers.append(try recording(view, layer: id, strength: .primary, detail: f.detail))
        }
        cr.withSavedState {
            cairo_translate(cr.pointer, origin.x.value + dx, origin.y.value)
            cairo_scale(cr.pointer, scale, scale)
            // One group per figure: cairo 1.16 otherwise lists a drawing reused on a page once per use
            // in the page's resources (duplicate keys that qpdf warns about).
            cairo_push_group(cr.pointer)
            for layer in layers {
                cairo_set_source_surface(cr.pointer, layer.pointer, 0, 0)
                cairo_paint(cr.pointer)
            }
            cairo_pop_group_to_source(cr.pointer)
            cairo_paint(cr.pointer)
        }
    }
}
