import CCairo
import Foundation
import PageGraphics

/// The body figures, drawn by librsvg and kept as vectors. Each view is parsed once; the plain
/// figure and every highlighted region are recorded once into recording surfaces, so a figure
/// on a page is a few paints of cached drawings (in the PDF, reused form objects).
public final class FigureLibrary {
    /// One view's handles and recordings.
    private final class View {
        let name: String
        let base: SVGHandle
        let primary: SVGHandle
        let secondary: SVGHandle
        let shapes: Set<String>
        var recordings: [String: CairoSurface] = [:]
        init(name: String, base: SVGHandle, primary: SVGHandle, secondary: SVGHandle, shapes: Set<String>) {
            self.name = name; self.base = base; self.primary = primary; self.secondary = secondary; self.shapes = shapes
        }
    }

    private var views: [String: View] = [:]
    /// The views and their shapes, for layout.
    public let catalog: FigureCatalog

    /// Loads `names` (such as front, back) from `folder`; `regions` are the region names to look for.
    public init(folder: URL, names: [String], regions: [String], style: FigureStyle) throws(RenderError) {
        var catalogViews: [FigureView] = []
        for name in names {
            let path = folder.appendingPathComponent(name + ".svg").path
            guard let data = FileManager.default.contents(atPath: path) else { throw RenderError("the figure \(path) is missing") }
            let bytes = Array(data)
            let base = try SVGHandle(data: bytes, path: path, stylesheet: nil)
            let primary = try SVGHandle(data: bytes, path: path, stylesheet: Self.stylesheet(style.primaryFill, style.primaryStroke, width: 1.1))
            let secondary = try SVGHandle(data: bytes, path: path, stylesheet: Self.stylesheet(style.secondaryFill, style.secondaryStroke, width: 0.9))
            var shapes = Set<String>()
            for r in regions { for id in [r, r + "-left", r + "-right"] where base.has(id) { shapes.insert(id) } }
            views[name] = View(name: name, base: base, primary: primary, secondary: secondary, shapes: shapes)
            catalogViews.append(FigureView(name: name, size: Size(width: Points(base.size.width), height: Points(base.size.height)), shapes: shapes))
        }
        catalog = FigureCatalog(views: catalogViews)
    }

    /// CSS that restyles every region; librsvg's user stylesheet beats the file's presentation attributes.
    static func stylesheet(_ fill: Color, _ stroke: Color, width: Double) -> String {
        ".region { fill: \(css(fill)); stroke: \(css(stroke)); stroke-width: \(width); }"
    }

    static func css(_ c: Color) -> String {
        func byte(_ v: Double) -> Int { Int((v * 255).rounded()) }
        return "rgb(\(byte(c.red)), \(byte(c.green)), \(byte(c.blue)))"
    }

    /// The recording of a whole view (key "") or of one region in one strength.
    private func recording(_ view: View, key: String, draw: (OpaquePointer) throws(RenderError) -> Void) throws(RenderError) -> CairoSurface {
        if let s = view.recordings[key] { return s }
        var extents = cairo_rectangle_t(x: 0, y: 0, width: view.base.size.width, height: view.base.size.height)
        let surface = CairoSurface(adopting: cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents))
        let cr = CairoContext(surface: surface)
        try draw(cr.pointer)
        if let failure = cr.failure { throw RenderError("recording the figure \(view.name) failed: \(failure)") }
        view.recordings[key] = surface
        return surface
    }

    /// Draws a figure item: the plain view, then its highlighted regions, fitted into the item's box.
    func draw(_ f: FigureItem, at origin: Point, into cr: CairoContext) throws(RenderError) {
        guard let view = views[f.view] else { throw RenderError("there is no figure named \(f.view)") }
        let scale = min(f.size.width.value / view.base.size.width, f.size.height.value / view.base.size.height)
        let dx = (f.size.width.value - view.base.size.width * scale) / 2
        var layers = [try recording(view, key: "") { cr throws(RenderError) in try view.base.render(into: cr) }]
        for id in f.secondary where view.shapes.contains(id) {
            layers.append(try recording(view, key: "2#" + id) { cr throws(RenderError) in try view.secondary.render(into: cr, id: id) })
        }
        for id in f.primary where view.shapes.contains(id) {
            layers.append(try recording(view, key: "1#" + id) { cr throws(RenderError) in try view.primary.render(into: cr, id: id) })
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
