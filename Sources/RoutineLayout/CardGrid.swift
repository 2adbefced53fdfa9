import PageGraphics
import RoutineModel

/// Exercise cards in rows of the layout's columns, each row a block that never splits.
struct CardGrid {
    var items: [RoutineItem]
    var layout: Layout
    var width: Points
    var figures: FigureSelection
    var columns: Int
    /// Drawn at the top of a page when the rows break there (the section's heading, "continued").
    var continuation: Frame? = nil

    /// The layout's columns, or fewer when a card's text would get narrower than `cardText`
    /// beside its picture (small paper, or pictures wider than muscle figures).
    func fittingColumns(artWidth: Points) -> Int {
        let sp = layout.spacing
        let card = artWidth + (artWidth > 0 ? sp.badgeGap : 0) + sp.cardText
        let fit = Int(((width + sp.columnGap).value / (card + sp.columnGap).value).rounded(.down))
        return max(1, min(columns, fit))
    }

    func blocks(measurer: TextMeasuring) -> [Block] {
        let gap = layout.spacing.columnGap
        let arts = items.map { figures.art(for: $0, layout: layout) }
        let artWidth = arts.map { $0?.boxSize?.width ?? 0 }.max() ?? 0
        let columns = fittingColumns(artWidth: artWidth)
        let cardWidth = (width - gap * Double(columns - 1)) / Double(columns)
        var out: [Block] = []
        var index = 0
        while index < items.count {
            let row = items[index..<min(index + columns, items.count)]
            var frame = Frame(size: Size(width: width, height: 0))
            for (col, item) in row.enumerated() {
                let card = ExerciseCard(item: item, art: arts[index + col], layout: layout, width: cardWidth).frame(measurer: measurer)
                frame.append(card, at: Point(x: (cardWidth + gap) * Double(col), y: 0), under: StructureStep(.listItem, item.number))
                frame.size.height = Points.max(frame.size.height, card.size.height)
            }
            out.append(Block(frame: frame.under(StructureStep(.list, 1)), spaceBefore: index == 0 ? 0 : layout.spacing.cardGap,
                             continuationHeader: index == 0 ? nil : continuation, role: "cards"))
            index += columns
        }
        return out
    }
}
