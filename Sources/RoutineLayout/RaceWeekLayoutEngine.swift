import PageGraphics
import RoutineModel

/// Lays out a race week into landscape pages, with the race on every page's footer.
public struct RaceWeekLayoutEngine {
    /// The layout, speaking the sheet's language.
    public var layout: Layout
    public var figures: FigureCatalog
    /// Pictures of how each exercise is done; nil draws the cards with muscle figures only.
    public var pictures: PictureSource?
    /// `second` is a bilingual sheet's second language.
    public init(layout: Layout, wording: Wording, second: Wording? = nil, figures: FigureCatalog = .empty, pictures: PictureSource? = nil) {
        self.layout = layout.in(wording, second: second); self.figures = figures; self.pictures = pictures
    }

    /// The pages of `week` on `paper`.
    public func pages(for week: RaceWeek, paper: Paper, measurer: TextMeasuring) -> [Page] {
        let size = layout.pageSize(paper) ?? Size(width: 792, height: 612)
        let clinic = week.plan.clinic.map { _ in FooterContact.details(of: week.plan.clinic, words: layout.words).text }
        let left = ([RaceWeekComposer.raceLine(week.plan, runner: false, words: layout.words)] + (clinic.map { [$0] } ?? [])).joined(separator: "\n")
        let decorations = PageDecorations(contactText: left, person: week.plan.runner?.name, layout: layout, pageSize: size, measurer: measurer)
        let paginator = Paginator(pageSize: size, margins: layout.margins, footerHeight: decorations.height)
        let composer = RaceWeekComposer(week: week, layout: layout, width: paginator.contentArea.width, measurer: measurer,
                                        figures: FigureSelection(catalog: figures, views: layout.figures.views, pictures: pictures),
                                        pageHeight: paginator.contentArea.height)
        let booking = BookingCode.frame(week.plan.clinic, layout: layout, width: paginator.contentArea.width, measurer: measurer)
        return paginator.paginate(composer.blocks(), closing: booking, decorate: decorations.footer())
    }
}
