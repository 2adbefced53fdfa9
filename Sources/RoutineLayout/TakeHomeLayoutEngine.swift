import PageGraphics
import RoutineModel

/// Lays out a take-home routine into finished pages.
public struct TakeHomeLayoutEngine {
    public var layout: Layout
    /// The body figures available; `.empty` lays sheets out without figures.
    public var figures: FigureCatalog
    public init(layout: Layout, figures: FigureCatalog = .empty) { self.layout = layout; self.figures = figures }

    /// The pages of `routine` on `paper`, measured with `measurer`.
    public func pages(for routine: Routine, paper: Paper, measurer: TextMeasuring) -> [Page] {
        let size = layout.pageSize(paper) ?? Size(width: 612, height: 792)
        let decorations = PageDecorations(contactText: PageDecorations.contact(routine.plan.clinic), person: routine.plan.patient?.name,
                                          layout: layout, pageSize: size, measurer: measurer)
        let paginator = Paginator(pageSize: size, margins: layout.margins, footerHeight: decorations.height)
        let width = paginator.contentArea.width
        let blocks = TakeHomeComposer(routine: routine, layout: layout, width: width, measurer: measurer,
                                      figures: FigureSelection(catalog: figures, views: layout.figures.views)).blocks()
        return paginator.paginate(blocks, decorate: decorations.footer())
    }
}
