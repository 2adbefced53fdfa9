import CCairo
import PageGraphics

/// Owns a `cairo_t` and keeps its save/restore calls balanced.
final class CairoContext {
    let pointer: OpaquePointer
    private var depth = 0

    /// A context drawing on `surface` (the context keeps its own reference to it).
    init(surface: CairoSurface) { pointer = cairo_create(surface.pointer) }
    deinit { cairo_destroy(pointer) }

    /// Runs `body` between save and restore.
    func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        cairo_save(pointer); depth += 1
        defer { cairo_restore(pointer); depth -= 1 }
        return try body()
    }

    func setColor(_ c: Color) { cairo_set_source_rgba(pointer, c.red, c.green, c.blue, c.alpha) }

    /// Replaces the current path with `path`.
    func setPath(_ path: Path) {
        cairo_new_path(pointer)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(pointer, p.x.value, p.y.value)
            case .line(let p): cairo_line_to(pointer, p.x.value, p.y.value)
            case .curve(let a, let b, let c): cairo_curve_to(pointer, a.x.value, a.y.value, b.x.value, b.y.value, c.x.value, c.y.value)
            case .close: cairo_close_path(pointer)
            }
        }
    }

    /// The first error cairo recorded on this context, if any.
    var failure: String? {
        let s = cairo_status(pointer)
        return s == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(s))
    }
}

/// Owns a `cairo_surface_t`.
final class CairoSurface {
    let pointer: OpaquePointer
    /// Takes over a surface reference the caller created.
    init(adopting pointer: OpaquePointer) { self.pointer = pointer }
    deinit { cairo_surface_destroy(pointer) }

    var failure: String? {
        let s = cairo_surface_status(pointer)
        return s == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(s))
    }
}
