import CCairo
import Foundation
import PageGraphics

/// Clinics' own SVG exercise pictures, each parsed by librsvg once per worker and kept as a PDF
/// form, like the body figures.
final class SVGPictures {
    /// The largest picture file read.
    static let maximumBytes = 2 * 1024 * 1024
    private var handles: [String: SVGHandle] = [:]
    private var forms: [String: PDFForm] = [:]

    /// The parsed file at `path`.
    func handle(_ path: String) throws(RenderError) -> SVGHandle {
        if let h = handles[path] { return h }
        let data: Data
        do {
            let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? file.close() }
            data = try file.read(upToCount: Self.maximumBytes + 1) ?? Data()
        } catch { throw RenderError(.picture(path), "cannot be read (\(error.localizedDescription))") }
        guard data.count <= Self.maximumBytes else { throw RenderError(.picture(path), "is larger than 2 MB", hint: "save it as plain SVG, without embedded images") }
        let h = try SVGHandle(data: Array(data), subject: .picture(path), stylesheet: nil)
        if handles.count > 64 { handles.removeAll() }
        handles[path] = h
        return h
    }

    /// Checks that a picture parses and can be kept as a PDF form; the error says why not.
    func check(_ path: String) throws(RenderError) { _ = try form(path) }

    /// Draws the picture fitted into its box at `origin`.
    func draw(_ item: SVGPictureItem, at origin: Point, into cr: CairoContext) throws(RenderError) {
        let h = try handle(item.path)
        let f = item.fit(width: h.size.width, height: h.size.height)
        cairo_save(cr.pointer)
        defer { cairo_restore(cr.pointer) }
        cairo_translate(cr.pointer, origin.x.value + f.dx, origin.y.value + f.dy)
        cairo_scale(cr.pointer, f.scale, f.scale)
        try h.render(into: cr.pointer)
    }

    /// The picture as a PDF form, drawn by librsvg on first use.
    func form(_ path: String) throws(RenderError) -> PDFForm {
        if let f = forms[path] { return f }
        let h = try handle(path)
        let form = try PDFForm(width: h.size.width, height: h.size.height, subject: .picture(path)) { cr throws(RenderError) in
            try h.render(into: cr)
        }
        if forms.count > 64 { forms.removeAll() }
        forms[path] = form
        return form
    }
}
