import CCairo
import CPango
import PageGraphics

/// Draws finished pages into a Cairo context. Knows frames, not routines.
final class PageRenderer {
    let text: PangoTextSystem
    let images = ImageCache()
    let figures: FigureLibrary?
    let svgPictures = SVGPictures()

    init(text: PangoTextSystem, figures: FigureLibrary?) { self.text = text; self.figures = figures }

    /// Draws one page's items.
    func draw(_ page: Page, into cr: CairoContext) throws(RenderError) {
        for p in page.frame.items {
            switch p.item {
            case .text(let t): drawText(t, at: p.origin, cr)
            case .shape(let s): drawShape(s, at: p.origin, cr)
            case .image(let i): try drawImage(i, at: p.origin, cr)
            case .drawing(let d): drawDrawing(d, at: p.origin, cr)
            case .svg(let s): try svgPictures.draw(s, at: p.origin, into: cr)
            case .qrCode(let q): try drawQRCode(q, at: p.origin, cr)
            case .figure(let f):
                guard let figures else { throw RenderError(.document, "a figure was laid out but no figures are loaded") }
                try figures.draw(f, at: p.origin, into: cr)
            }
        }
        if let failure = cr.failure { throw RenderError(.document, "cairo failed while drawing: \(failure)") }
    }

    private func drawText(_ t: TextItem, at origin: Point, _ cr: CairoContext) {
        let layout = text.layout(t.excerpt?.source ?? t.text, style: t.style, width: t.width)
        cr.setColor(t.style.color)
        guard let lines = t.excerpt?.lines else {
            cairo_move_to(cr.pointer, origin.x.value, origin.y.value)
            pango_cairo_show_layout(cr.pointer, layout.pointer)
            return
        }
        // Only the excerpt's lines, the first moved up to the origin.
        let scale = Double(PANGO_SCALE)
        let iter = pango_layout_get_iter(layout.pointer)
        defer { pango_layout_iter_free(iter) }
        var index = 0, shift: Double?
        repeat {
            if lines.contains(index), let line = pango_layout_iter_get_line_readonly(iter) {
                var top: Int32 = 0
                pango_layout_iter_get_line_yrange(iter, &top, nil)
                if shift == nil { shift = Double(top) / scale }
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
                cairo_move_to(cr.pointer, origin.x.value + Double(logical.x) / scale, origin.y.value + baseline - shift!)
                pango_cairo_show_layout_line(cr.pointer, line)
            }
            index += 1
        } while pango_layout_iter_next_line(iter) != 0
    }

    private func drawShape(_ s: ShapeItem, at origin: Point, _ cr: CairoContext) {
        cr.setPath(s.path.offset(by: origin))
        if let fill = s.fill {
            cr.setColor(fill)
            if s.stroke != nil { cairo_fill_preserve(cr.pointer) } else { cairo_fill(cr.pointer) }
        }
        if let stroke = s.stroke {
            cr.setColor(stroke)
            cairo_set_line_width(cr.pointer, s.lineWidth.value)
            cairo_stroke(cr.pointer)
        }
    }

    private func drawQRCode(_ q: QRCodeItem, at origin: Point, _ cr: CairoContext) throws(RenderError) {
        let matrix = try QRMatrix(q.text)
        cairo_new_path(cr.pointer)
        for r in matrix.runs(side: q.side.value) { cairo_rectangle(cr.pointer, origin.x.value + r.x, origin.y.value + r.y, r.w, r.h) }
        cr.setColor(q.color)
        cairo_fill(cr.pointer)
    }

    private func drawDrawing(_ d: DrawingItem, at origin: Point, _ cr: CairoContext) {
        let s = d.fittedScale, o = d.offset
        cr.withSavedState {
            cairo_translate(cr.pointer, origin.x.value + o.x.value, origin.y.value + o.y.value)
            cairo_scale(cr.pointer, s, s)
            for shape in d.drawing.shapes { drawShape(shape, at: .zero, cr) }
        }
    }

    private func drawImage(_ i: ImageItem, at origin: Point, _ cr: CairoContext) throws(RenderError) {
        guard let image = images.image(i) else { throw RenderError(.image(i.path), "cannot be decoded as PNG", hint: "save it again as PNG") }
        let w = Double(cairo_image_surface_get_width(image.pointer)), h = Double(cairo_image_surface_get_height(image.pointer))
        let scale = min(i.size.width.value / w, i.size.height.value / h)
        cr.withSavedState {
            cairo_translate(cr.pointer, origin.x.value + i.size.width.value - w * scale, origin.y.value)
            cairo_scale(cr.pointer, scale, scale)
            cairo_set_source_surface(cr.pointer, image.pointer, 0, 0)
            cairo_paint(cr.pointer)
        }
    }
}
