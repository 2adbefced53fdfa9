import PageGraphics

/// A PDF written to a file as pages arrive (the merged print job of a batch). Call `finish`.
public final class PDFFile {
    private let document: PDFDocument

    init(document: PDFDocument) { self.document = document }

    public var pageCount: Int { document.pageCount }

    /// Appends pages.
    public func add(_ pages: [Page]) throws(RenderError) {
        for page in pages {
            do { try document.add(page) } catch { throw error.onPage(pageCount + 1) }
        }
    }

    /// Completes the file; after this nothing more can be added.
    public func finish() throws(RenderError) {
        try document.finish()
    }
}
