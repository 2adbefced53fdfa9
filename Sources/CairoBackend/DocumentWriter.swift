import CCairo
import Foundation
import PageGraphics

/// Turns pages into file bytes: one PDF, or one PNG per page.
public final class DocumentWriter {
    private let renderer: PageRenderer
    private let pdfResources: PDFResources

    /// A writer drawing text with `text` and figures from `figures` (one writer per thread).
    public init(text: PangoTextSystem, figures: FigureLibrary?) {
        renderer = PageRenderer(text: text, figures: figures)
        pdfResources = PDFResources(text: text, figures: figures, images: renderer.images, svgPictures: renderer.svgPictures)
    }

    /// The forms of drawings this writer has made, to be filled ahead from another thread.
    public var drawingForms: DrawingForms { pdfResources.drawingForms }

    /// Checks that a clinic's SVG picture can be drawn into a PDF; the error says why not.
    public static func checkPicture(_ path: String) throws(RenderError) { try SVGPictures().check(path) }

    /// The pages as one PDF document in memory.
    public func pdf(_ pages: [Page], metadata: DocumentMetadata) throws(RenderError) -> [UInt8] {
        let sink = PDFSink()
        let document = try PDFDocument(sink: sink, resources: pdfResources, metadata: metadata)
        for (i, page) in pages.enumerated() {
            do { try document.add(page) } catch { throw error.onPage(i + 1) }
        }
        try document.finish()
        return sink.bytes
    }

    /// A PDF written page by page straight to a file, for documents too large to hold in memory.
    public func pdfFile(at path: String, metadata: DocumentMetadata) throws(RenderError) -> PDFFile {
        try PDFFile(document: PDFDocument(sink: PDFSink(path: path), resources: pdfResources, metadata: metadata))
    }

    /// Each page as PNG bytes at `dpi`.
    public func png(_ pages: [Page], dpi: Double) throws(RenderError) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for (i, page) in pages.enumerated() {
            let surface = try raster(page, dpi: dpi, number: i + 1)
            let sink = CairoByteSink()
            let box = Unmanaged.passRetained(sink)
            defer { box.release() }
            let status = cairo_surface_write_to_png_stream(surface.pointer, CairoByteSink.write, box.toOpaque())
            if status != CAIRO_STATUS_SUCCESS { throw RenderError(.document, "the PNG could not be written").onPage(i + 1) }
            out.append(sink.bytes)
        }
        return out
    }

    /// Checks that an image decodes (and keeps it, fitted, for the pages that show it).
    public func checkImage(_ item: ImageItem) throws(RenderError) {
        guard renderer.images.image(item) != nil else { throw RenderError(.image(item.path), "cannot be decoded as PNG", hint: "save it again as PNG") }
    }

    /// PNG bytes scaled down, keeping proportions, to at most `box` at print resolution (300 dpi),
    /// as a PNG again; with the width and height in pixels. The caller checks the size first.
    public static func fittedPNG(_ png: [UInt8], box: Size) throws(RenderError) -> (png: [UInt8], width: Int, height: Int) {
        guard let decoded = ImageCache.decode(png), decoded.failure == nil, cairo_image_surface_get_width(decoded.pointer) > 0 else {
            throw RenderError(.image("logo"), "cannot be decoded as PNG", hint: "save it again as PNG")
        }
        guard let fitted = ImageCache.fitted(decoded, into: box) else { throw RenderError(.image("logo"), "could not be scaled") }
        let sink = CairoByteSink()
        let holder = Unmanaged.passRetained(sink)
        defer { holder.release() }
        guard cairo_surface_write_to_png_stream(fitted.pointer, CairoByteSink.write, holder.toOpaque()) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(.image("logo"), "could not be written once scaled")
        }
        return (sink.bytes, Int(cairo_image_surface_get_width(fitted.pointer)), Int(cairo_image_surface_get_height(fitted.pointer)))
    }

    /// A page's pixels at `dpi`, for previews and pixel tests.
    public func bitmap(_ page: Page, dpi: Double) throws(RenderError) -> Bitmap {
        let surface = try raster(page, dpi: dpi, number: 1)
        let width = Int(cairo_image_surface_get_width(surface.pointer)), height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard let data = cairo_image_surface_get_data(surface.pointer) else { throw RenderError(.document, "the page could not be rasterised") }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { pixels.append(row[x] & 0x00FF_FFFF) }
        }
        return Bitmap(width: width, height: height, pixels: pixels)
    }

    /// Draws a page on a white image surface.
    private func raster(_ page: Page, dpi: Double, number: Int) throws(RenderError) -> CairoSurface {
        let scale = dpi / 72
        let w = Int32((page.size.width.value * scale).rounded(.up)), h = Int32((page.size.height.value * scale).rounded(.up))
        let surface = CairoSurface(adopting: cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h))
        do {
            let cr = CairoContext(surface: surface)
            cairo_set_source_rgb(cr.pointer, 1, 1, 1)
            cairo_paint(cr.pointer)
            cairo_scale(cr.pointer, scale, scale)
            do { try renderer.draw(page, into: cr) } catch { throw error.onPage(number) }
        }
        cairo_surface_flush(surface.pointer)
        return surface
    }
}
