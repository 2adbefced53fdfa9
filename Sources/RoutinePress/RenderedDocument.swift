import PageGraphics
import RoutineModel

/// A rendered plan: the output files' bytes and what was learnt on the way.
public struct RenderedDocument: Sendable {
    /// One PDF, or one PNG per page.
    public var files: [[UInt8]]
    public var pageCount: Int
    /// Problems that did not stop the render.
    public var warnings: [Diagnostic]
    /// The plan's own `id`, if it gives one.
    public var planID: String? = nil
    /// The plan's title (the merged document's outline names each plan by it).
    public var title: String = ""
    /// The plan's language (a merged document marks each plan's part with it).
    public var language: String = "en"
    /// The laid-out pages, when asked for (to add them to a merged document).
    public var pages: [Page] = []
}
