import PageGraphics
import RoutineModel

/// One exercise as a card: its picture (or muscle figure) on the left; then a number badge and
/// the name, the dose in a tinted box, and the cue.
struct ExerciseCard {
    var item: RoutineItem
    /// A `.drawing` or `.figure` item, or nil for a card of text alone.
    var art: FrameItem?
    var layout: Layout
    var width: Points

    /// The art's box.
    var artSize: Size? { art?.boxSize }

    func frame(measurer: TextMeasuring) -> Frame {
        let sp = layout.spacing
        let textX = artSize.map { $0.width + sp.badgeGap } ?? .zero
        let textWidth = width - textX
        var frame = Frame(size: Size(width: width, height: 0))
        if let art {
            let alt: String
            if case .figure(let f) = art { alt = AltText.bodyFigure(primary: item.exercise.muscles, secondary: item.exercise.secondary, views: [f.view], words: layout.words) } else { alt = AltText.picture(item.exercise, words: layout.words) }
            frame.add(art, at: .zero, tag: ContentTag.figure(alt: alt, 3).under(StructureStep(.listBody, 1)))
        }

        let nameStyle = layout.style("exerciseName")
        let nameX = textX + sp.badge + sp.badgeText
        let name = SecondLanguageText(item.exercise.name, item.second?.name, nameStyle, width: width - nameX, layout: layout, measurer: measurer)
        name.place(in: &frame, at: Point(x: nameX, y: 0), tag: Self.body(.paragraph, 0))
        let firstLine = nameStyle.size * nameStyle.lineHeight
        let badgeY = (firstLine - sp.badge) * 0.5
        frame.add(.shape(ShapeItem(path: .rect(Rect(x: textX, y: badgeY, width: sp.badge, height: sp.badge), cornerRadius: sp.badge / 2),
                                   fill: layout.color("accent"))), at: .zero)
        let number = TextBox("\(item.number)", layout.style("badge"), width: sp.badge, measurer: measurer)
        number.place(in: &frame, at: Point(x: textX, y: badgeY + (sp.badge - number.size.height) / 2), tag: .element(.label, 0))
        var y = name.size.height + sp.afterName

        if case let parts = layout.words.doseParts(item.dose), !parts.isEmpty {
            let pad = sp.dosePadding
            let style = layout.style("dose"), inner = textWidth - 4 * pad
            func line(_ parts: [String], _ style: TextStyle) -> String { PhraseLines.text(parts, separator: " · ", style: style, width: inner, measurer: measurer) }
            let text = SecondLanguageText(line(parts, style), layout.second.map { line($0.doseParts(item.dose), layout.secondStyle(style)) }, style,
                                          width: inner, layout: layout, measurer: measurer)
            let box = Rect(x: textX, y: y, width: textWidth, height: text.size.height + 2 * pad)
            frame.add(.shape(ShapeItem(path: .rect(box, cornerRadius: sp.doseCorner), fill: layout.color("doseFill"))), at: .zero)
            text.place(in: &frame, at: Point(x: textX + 2 * pad, y: y + pad), tag: Self.body(.paragraph, 1))
            y += box.height + sp.afterDose
        }
        if let cue = item.cue {
            let text = SecondLanguageText(cue, item.second?.cue, layout.style("cue"), width: textWidth, layout: layout, measurer: measurer)
            text.place(in: &frame, at: Point(x: textX, y: y), tag: Self.body(.paragraph, 2))
            y += text.size.height
        }
        var bottom = Points.max(y, artSize?.height ?? 0)
        if let video = item.video {
            let code = ScanCode(address: video, exercise: item.exercise.name, layout: layout, width: artSize?.width ?? textWidth)
            bottom = Points.max(bottom, code.placeUnder(art: artSize, textX: textX, textBottom: y, in: &frame, measurer: measurer,
                                                        element: StructurePath([StructureStep(.listBody, 1), StructureStep(.link, 4)])))
        }
        frame.size.height = bottom
        return frame
    }

    /// A part of the card's body (after its number, the label): name, dose, cue, picture.
    static func body(_ role: StructureRole, _ order: Int) -> ContentTag { ContentTag.element(role, order).under(StructureStep(.listBody, 1)) }
}
