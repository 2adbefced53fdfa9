import CCairo
import Foundation
import PageGraphics

/// The body figures, drawn by librsvg and kept as vectors.
///
/// Each view is parsed once per style, and each part of it (the silhouette, the unlit muscles, the
/// details, every region in each highlight) is recorded once into a recording surface. A figure on
/// a page is a few paints of those recordings; in the PDF each becomes a form written once per
/// document and reused by every figure that shows it. Cairo writes every coordinate of every form
/// with printf, so the parts are shared as much as possible: a small card figure and the page-1
/// summary paint the same silhouette and the same highlighted regions.
public final class FigureLibrary {
    /// One view: its file, its styled handles (made on first use) and its recordings.
    private final class View {
        let name: String
        let path: String
        let data: [UInt8]
        let plain: SVGHandle
        let shapes: Set<String>
        let hasDetails: Bool
        var styled: [FigureItem.Strength: SVGHandle] = [:]
        var recordings: [FigurePart: CairoSurface] = [:]
        var forms: [FigurePart: PDFForm] = [:]
        init(name: String, path: String, data: [UInt8], plain: SVGHandle, shapes: Set<String>) {
            self.name = name; self.path = path; self.data = data; self.plain = plain; self.shapes = shapes
            hasDetails = plain.has("details")
        }
    }

    private var views: [String: View] = [:]
    private let style: FigureStyle
    /// The views and their shapes, for layout.
    public let catalog: FigureCatalog

    /// Loads `names` (such as front, back) from `folder`; `regions` are the region names to look for.
    public convenience init(folder: URL, names: [String], regions: [String], style: FigureStyle) throws(RenderError) {
        try self.init(files: FigureFiles(folder: folder, names: names), regions: regions, style: style)
    }

    /// Parses the figure files (read once, shared by every thread) for this thread.
    public init(files: FigureFiles, regions: [String], style: FigureStyle) throws(RenderError) {
        self.style = style
        var catalogViews: [FigureView] = []
        for file in files.views {
            let plain = try SVGHandle(data: file.bytes, subject: .figure(file: file.path), stylesheet: nil)
            for group in ["silhouette", "regions"] where !plain.has(group) {
                throw RenderError(.figure(file: file.path), "has no element with id=\"\(group)\"")
            }
            var shapes = Set<String>()
            for r in regions { for id in [r, r + "-left", r + "-right"] where plain.has(id) { shapes.insert(id) } }
            views[file.name] = View(name: file.name, path: file.path, data: file.bytes, plain: plain, shapes: shapes)
            catalogViews.append(FigureView(name: file.name, size: Size(width: Points(plain.size.width), height: Points(plain.size.height)), shapes: shapes))
        }
        catalog = FigureCatalog(views: catalogViews)
    }

    static func css(_ c: Color) -> String {
        func byte(_ v: Double) -> Int { Int((v * 255).rounded()) }
        return "rgb(\(byte(c.red)), \(byte(c.green)), \(byte(c.blue)))"
    }

    /// The handle that draws regions in a highlight; librsvg's user stylesheet beats the file's presentation attributes.
    private func handle(_ view: View, _ strength: FigureItem.Strength) throws(RenderError) -> SVGHandle {
        if let h = view.styled[strength] { return h }
        let fill = strength == .primary ? style.primaryFill : style.secondaryFill
        let h = try SVGHandle(data: view.data, subject: .figure(file: view.path), stylesheet: ".region { fill: \(Self.css(fill)); stroke: none; }")
        view.styled[strength] = h
        return h
    }

    /// The handle that draws `part`: the plain file, or the one styled for its highlight.
    private func handle(_ view: View, for part: FigurePart) throws(RenderError) -> SVGHandle {
        try part.strength.map { s throws(RenderError) in try handle(view, s) } ?? view.plain
    }

    /// The recording of one part, made on first use.
    private func recording(_ view: View, _ part: FigurePart) throws(RenderError) -> CairoSurface {
        if let s = view.recordings[part] { return s }
        var extents = cairo_rectangle_t(x: 0, y: 0, width: view.plain.size.width, height: view.plain.size.height)
        let surface = CairoSurface(adopting: cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents))
        let cr = CairoContext(surface: surface)
        try handle(view, for: part).render(into: cr.pointer, id: part.id)
        if let failure = cr.failure { throw RenderError(.figure(file: view.path), "could not be recorded: \(failure)") }
        view.recordings[part] = surface
        return surface
    }

    /// The view a figure shows.
    private func view(_ f: FigureItem) throws(RenderError) -> View {
        guard let view = views[f.view] else { throw RenderError(.figure(file: f.view), "is not among the loaded figures") }
        return view
    }

    /// The parts that make up a figure, bottom to top: the silhouette, the unlit muscles and
    /// details when drawn in full, then the lit regions.
    private func parts(_ f: FigureItem, _ view: View) -> [FigurePart] {
        var parts = [FigurePart(view: view.name, id: "silhouette")]
        if f.detail == .full {
            parts.append(FigurePart(view: view.name, id: "regions"))
            if view.hasDetails { parts.append(FigurePart(view: view.name, id: "details")) }
        }
        for id in f.secondary where view.shapes.contains(id) { parts.append(FigurePart(view: view.name, id: id, strength: .secondary)) }
        for id in f.primary where view.shapes.contains(id) { parts.append(FigurePart(view: view.name, id: id, strength: .primary)) }
        return parts
    }

    /// Draws a figure item fitted into its box, centred horizontally.
    func draw(_ f: FigureItem, at origin: Point, into cr: CairoContext) throws(RenderError) {
        let view = try view(f)
        let scale = min(f.size.width.value / view.plain.size.width, f.size.height.value / view.plain.size.height)
        let dx = (f.size.width.value - view.plain.size.width * scale) / 2
        var layers: [CairoSurface] = []
        for part in parts(f, view) { layers.append(try recording(view, part)) }
        cr.withSavedState {
            cairo_translate(cr.pointer, origin.x.value + dx, origin.y.value)
            cairo_scale(cr.pointer, scale, scale)
            // One group per figure: cairo 1.16 otherwise lists a form reused on a page once per use
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

    /// A figure for PDF output: the view's size and its parts, bottom to top.
    func pdfDrawing(_ f: FigureItem) throws(RenderError) -> (width: Double, height: Double, parts: [FigurePart]) {
        let view = try view(f)
        return (view.plain.size.width, view.plain.size.height, parts(f, view))
    }

    /// The PDF form of a part, drawn by librsvg on first use.
    func pdfForm(_ part: FigurePart) throws(RenderError) -> PDFForm {
        guard let view = views[part.view] else { throw RenderError(.figure(file: part.view), "is not among the loaded figures") }
        if let form = view.forms[part] { return form }
        let handle = try handle(view, for: part)
        let form = try PDFForm(width: view.plain.size.width, height: view.plain.size.height, subject: .figure(file: view.path)) { cr throws(RenderError) in
            try handle.render(into: cr, id: part.id)
        }
        view.forms[part] = form
        return form
    }
}

/// One drawable part of a figure: an element of a view, plain or in a highlight.
struct FigurePart: Hashable {
    var view: String
    /// The element's id in the SVG file.
    var id: String
    /// The highlight, or nil for the file's own colours.
    var strength: FigureItem.Strength? = nil
}
