import PageGraphics
import RoutineModel

/// The blocks both kinds of sheet build alike: headings, titled groups of exercise cards, notes.
struct SectionBlocks {
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring
    var figures: FigureSelection

    /// A heading kept with what follows, with an optional "when" phrase beside or below it.
    /// On a bilingual sheet a heading the tool writes gives its words in the second language, `second`.
    func heading(_ title: String, when: String?, styleName: String = "heading", second: String? = nil) -> Block {
        Heading(title: title, detail: when, titleStyle: layout.style(styleName), detailStyle: layout.style("when"), width: width,
                detailGap: layout.spacing.detailGap, detailBelow: layout.spacing.detailBelow,
                second: second, secondStyle: layout.secondStyle(layout.style("when")), secondGap: layout.bilingual.gap)
            .block(measurer: measurer, spaceBefore: layout.spacing.beforeSection, after: layout.spacing.afterHeading, role: "heading")
    }

    /// A titled group of exercise cards; rows that start a new page repeat the title, "continued".
    func cards(_ title: String, when: String?, items: [RoutineItem]) -> [Block] {
        [heading(title, when: when).bookmarked(title)]
            + CardGrid(items: items, layout: layout, width: width, figures: figures, columns: layout.spacing.columns,
                       continuation: heading(title, when: [layout.words(.sectionContinued), layout.secondWords(.sectionContinued)].compactMap { $0 }.joined(separator: " · ")).frame.retagged(.artifact(.repeated))).blocks(measurer: measurer)
    }

    /// The "Notes" heading and the notes flowing line by line, or nothing without notes.
    func notes(_ text: String?) -> [Block] {
        guard let text else { return [] }
        let body = Paragraph(text: text, style: layout.style("notes"), width: width, gap: layout.spacing.paragraph).blocks(measurer: measurer, spaceBefore: 0, role: "notes", order: 1)
        let title = layout.words(.notesHeading)
        return [heading(title, when: nil, styleName: "notesHeading", second: layout.secondWords(.notesHeading)).bookmarked(title)] + body
    }
}
