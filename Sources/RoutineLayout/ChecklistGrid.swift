import PageGraphics
import RoutineModel

/// Checklists side by side, each a title and items with tick boxes; a row of lists is one block.
struct ChecklistGrid {
    var checklists: [Checklist]
    var layout: Layout
    var width: Points
    var columns: Int

    func blocks(measurer: TextMeasuring) -> [Block] {
        let gap = layout.spacing.columnGap
        let listWidth = (width - gap * Double(columns - 1)) / Double(columns)
        var out: [Block] = []
        var start = 0
        while start < checklists.count {
            var frame = Frame(size: Size(width: width, height: 0))
            for (i, list) in checklists[start..<min(start + columns, checklists.count)].enumerated() {
                let f = listFrame(list, width: listWidth, measurer: measurer)
                frame.append(f, at: Point(x: (listWidth + gap) * Double(i), y: 0), under: StructureStep(.section, 1 + start + i))
                frame.size.height = Points.max(frame.size.height, f.size.height)
            }
            out.append(Block(frame: frame, spaceBefore: start == 0 ? 0 : layout.spacing.cardGap, role: "checklists"))
            start += columns
        }
        return out
    }

    private func listFrame(_ list: Checklist, width: Points, measurer: TextMeasuring) -> Frame {
        var f = Frame(size: Size(width: width, height: 0))
        let title = TextBox(list.title, layout.style("checklistTitle"), width: width, measurer: measurer)
        title.place(in: &f, at: .zero, tag: .element(.heading(level: 3), 0))
        var y = title.size.height + 6
        for (k, item) in list.items.enumerated() {
            let tag = ContentTag.element(.paragraph).under(StructureStep(.listBody, 0)).under(StructureStep(.listItem, k)).under(StructureStep(.list, 1))
            y += TickBox.line(item, style: layout.style("checklistItem"), in: &f, at: Point(x: 0, y: y), width: width,
                              box: layout.tracker.box, layout: layout, measurer: measurer, tag: tag) + 6
        }
        f.size.height = y
        return f
    }
}
