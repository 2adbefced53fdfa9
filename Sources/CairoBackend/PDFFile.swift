import CCairo
import PageGraphics

/// A PDF written to a file as pages arrive (the merged print job of a batch). Call `finish`.
public final class PDFFile {
    private let surface: CairoSurface
    private let cr: CairoContext
    private let renderer: PageRenderer
    public private(set) var pageCount = 0

    init(path: String, renderer: PageRenderer, metadata: DocumentMetadata) throws(RenderError) {
        self.renderer = renderer
        surface = CairoSurface(adopting: cairo_pdf_surface_create(path, 612, 792))
        if let failure = surface.failure { throw RenderError("\(path): \(failure)") }
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)
        cr = CairoContext(surface: surface)
    }

    /// Appends pages.
    public func add(_ pages: [Page]) throws(RenderError) {
        for page in pages {
            cairo_pdf_surface_set_size(surface.pointer, page.size.width.value, page.size.height.value)
            do { try renderer.draw(page, into: cr) } catch { throw RenderError("merged page \(pageCount + 1): \(error.message)") }
            cairo_show_page(cr.pointer)
            pageCount += 1
        }
    }

    /// Completes the file; after this nothing more can be added.
    public func finish() throws(RenderError) {
        cairo_surface_finish(surface.pointer)
        if let failure = surface.failure { throw RenderError("writing the merged PDF failed: \(failure)") }
    }
}
