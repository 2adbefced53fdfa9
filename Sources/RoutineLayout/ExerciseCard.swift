import PageGraphics
import RoutineModel

/// One exercise as a card: a number badge, then name, the dose in a tinted box, and the cue.
struct ExerciseCard {
    var item: RoutineItem
    var layout: Layout
    var width: Points

    func frame(measurer: TextMeasuring) -> Frame {
        let sp = layout.spacing
        let textX = sp.badge + sp.badgeGap
        let textWidth = width - textX
        var frame = Frame(size: Size(width: width, height: 0))
        var y = Points.zero

        let name = TextBox(item.exercise.name, layout.style("exerciseName"), width: textWidth, measurer: measurer)
        name.place(in: &frame, at: Point(x: textX, y: y))
        let nameStyle = layout.style("exerciseName")
        let firstLine = nameStyle.size * nameStyle.lineHeight
        let badgeY = Points.max(0, (firstLine - sp.badge) / 2)
        frame.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: badgeY, width: sp.badge, height: sp.badge), cornerRadius: sp.badge / 2),
                                   fill: layout.color("accent"))), at: .zero)
        let number = TextBox("\(item.number)", layout.style("badge"), width: sp.badge, measurer: measurer)
        number.place(in: &frame, at: Point(x: 0, y: badgeY + (sp.badge - number.size.height) / 2))
        y += name.size.height + 3

        if let dose = item.doseLine {
            let pad = sp.dosePadding
            let text = TextBox(dose, layout.style("dose"), width: textWidth - 2 * pad, measurer: measurer)
            let box = Rect(x: textX, y: y, width: textWidth, height: text.size.height + 2 * pad)
            frame.add(.shape(ShapeItem(path: .rect(box, cornerRadius: 3), fill: layout.color("doseFill"))), at: .zero)
            text.place(in: &frame, at: Point(x: textX + pad, y: y + pad))
            y += box.height + 4
        }
        if let cue = item.cue {
            let text = TextBox(cue, layout.style("cue"), width: textWidth, measurer: measurer)
            text.place(in: &frame, at: Point(x: textX, y: y))
            y += text.size.height
        }
        frame.size.height = y
        return frame
    }
}
