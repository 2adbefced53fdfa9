import PageGraphics
import RoutineModel

/// Lays out a take-home routine into finished pages.
public struct TakeHomeLayoutEngine {
    /// The layout, speaking the sheet's language.
    public var layout: Layout
    /// The body figures available; `.empty` lays sheets out without figures.
    public var figures: FigureCatalog
    /// Pictures of how each exercise is done; nil draws the cards with muscle figures only.
    public var pictures: PictureSource?
    /// `second` is a bilingual sheet's second language.
    public init(layout: Layout, wording: Wording, second: Wording? = nil, figures: FigureCatalog = .empty, pictures: PictureSource? = nil) {
        self.layout = layout.in(wording, second: second); self.figures = figures; self.pictures = pictures
    }

    /// The pages of `routine` on `paper`, measured with `measurer`.
    public func pages(for routine: Routine, paper: Paper, measurer: TextMeasuring) -> [Page] {
        let size = layout.pageSize(paper) ?? Size(width: 612, height: 792)
        let contact = FooterContact.details(of: routine.plan.clinic, words: layout.words)
        let decorations = PageDecorations(contactText: contact.text, details: contact.details, person: routine.plan.patient?.name,
                                          layout: layout, pageSize: size, measurer: measurer)
        let paginator = Paginator(pageSize: size, margins: layout.margins, footerHeight: decorations.height)
        let width = paginator.contentArea.width
        let blocks = TakeHomeComposer(routine: routine, layout: layout, width: width, measurer: measurer,
                                      figures: FigureSelection(catalog: figures, views: layout.figures.views, pictures: pictures),
                                      pageHeight: paginator.contentArea.height).blocks()
        let booking = BookingCode.frame(routine.plan.clinic, layout: layout, width: width, measurer: measurer)
        return paginator.paginate(blocks, closing: booking, decorate: decorations.footer())
    }
}
