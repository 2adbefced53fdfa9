import PageGraphics

/// A PDF written to a file as pages arrive (the merged print job of a batch). Call `finish`.
public final class PDFFile {
    private let document: PDFDocument

    init(document: PDFDocument) { self.document = document }

    public var pageCount: Int { document.pageCount }

    /// How many plans' pages were added: each plan is a section of the merged document.
    private var added = 0

    /// Appends one plan's pages; its outline entries go under one of its `title`, and its part
    /// of the structure says its `language` where that is not the document's.
    public func add(_ pages: [Page], title: String, language: String = "en") throws(RenderError) {
        defer { added += 1 }
        let step = StructureStep(.section, added)
        document.mark(step, language: language)
        for page in pages {
            do { try document.add(page, under: step, group: PDFOutline.Group(index: added, title: title)) } catch { throw error.onPage(pageCount + 1) }
        }
    }

    /// Completes the file; after this nothing more can be added.
    public func finish() throws(RenderError) {
        try document.finish()
    }
}
