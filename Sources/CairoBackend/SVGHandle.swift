import CCairo
import CRsvg
import Foundation

/// Owns one librsvg handle: a parsed SVG file, optionally with a user stylesheet.
final class SVGHandle {
    let pointer: OpaquePointer
    /// The drawing's viewBox size.
    let size: (width: Double, height: Double)

    /// What errors name: the figure or picture file this handle was parsed from.
    let subject: RenderError.Subject

    /// Parses `data` (the file `subject` names) and applies `stylesheet` if given.
    init(data: [UInt8], subject: RenderError.Subject, stylesheet: String?) throws(RenderError) {
        self.subject = subject
        var error: UnsafeMutablePointer<GError>?
        guard let handle = rsvg_handle_new_from_data(data, gsize(data.count), &error) else {
            let message = error.map { String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw RenderError(subject, "cannot be read as SVG: \(message)", hint: "open it in Inkscape and save it as plain SVG")
        }
        var hasW: gboolean = 0, hasH: gboolean = 0, hasBox: gboolean = 0
        var w = RsvgLength(), h = RsvgLength(), box = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, &hasW, &w, &hasH, &h, &hasBox, &box)
        var refused: String?
        if let stylesheet {
            let bytes = Array(stylesheet.utf8)
            if rsvg_handle_set_stylesheet(handle, bytes, gsize(bytes.count), &error) == 0 {
                if let error { g_error_free(error) }
                refused = "refuses the highlight stylesheet"
            }
        }
        var pixels = (width: 0.0, height: 0.0)
        if hasBox == 0 { _ = rsvg_handle_get_intrinsic_size_in_pixels(handle, &pixels.width, &pixels.height) }
        let drawn = hasBox != 0 ? (box.width, box.height) : pixels
        guard refused == nil, drawn.0 > 0, drawn.1 > 0, drawn.0.isFinite, drawn.1.isFinite else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw RenderError(subject, refused ?? "has no size", hint: refused == nil ? "give it a viewBox, or a width and height" : nil)
        }
        pointer = OpaquePointer(handle)
        size = drawn
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    private var handle: UnsafeMutablePointer<RsvgHandle> { UnsafeMutablePointer(pointer) }

    /// Whether the drawing has an element with this id.
    func has(_ id: String) -> Bool { rsvg_handle_has_sub(handle, "#" + id) != 0 }

    /// Draws the whole drawing, or only the element `id`, at its own size into `cr`.
    func render(into cr: OpaquePointer, id: String? = nil) throws(RenderError) {
        var viewport = RsvgRectangle(x: 0, y: 0, width: size.width, height: size.height)
        var error: UnsafeMutablePointer<GError>?
        let ok = id.map { rsvg_handle_render_layer(handle, cr, "#" + $0, &viewport, &error) } ?? rsvg_handle_render_document(handle, cr, &viewport, &error)
        if ok == 0 {
            let message = error.map { String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw RenderError(subject, "could not be drawn\(id.map { " (its element " + $0 + ")" } ?? ""): \(message)")
        }
    }
}
