import PageGraphics
import RoutineModel

/// Turns a resolved take-home routine into blocks, in the order the layout lists them.
struct TakeHomeComposer {
    var routine: Routine
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring

    func blocks() -> [Block] {
        var out: [Block] = []
        for name in layout.blocks {
            switch name {
            case .header: out += header()
            case .intro: out += intro()
            case .sections: for s in routine.sections { out += section(s) }
            case .tracker: out += tracker()
            case .notes: out += notes()
            }
        }
        return out
    }

    func header() -> [Block] {
        let plan = routine.plan
        var frame = Frame(size: Size(width: width, height: 0))
        var y = Points.zero
        let logoSize = Size(width: 150, height: 46)
        let textWidth = routine.logoPath == nil ? width : width - logoSize.width - 16
        if let clinic = plan.clinic {
            let c = TextBox(clinic.name, layout.style("clinic"), width: textWidth, measurer: measurer)
            c.place(in: &frame, at: Point(x: 0, y: y))
            y += c.size.height + 6
        }
        if let logo = routine.logoPath {
            frame.add(.image(ImageItem(path: logo, size: logoSize)), at: Point(x: width - logoSize.width, y: 0))
        }
        let title = TextBox(plan.title, layout.style("title"), width: textWidth, measurer: measurer)
        title.place(in: &frame, at: Point(x: 0, y: y))
        y += title.size.height + 4
        var meta: [String] = []
        if let p = plan.patient { meta.append("For \(p.name)") }
        if let c = plan.clinician { meta.append("From \(c.displayName)") }
        if let d = plan.date { meta.append(d.longText) }
        if !meta.isEmpty {
            let m = TextBox(meta.joined(separator: "   ·   "), layout.style("meta"), width: width, measurer: measurer)
            m.place(in: &frame, at: Point(x: 0, y: y))
            y += m.size.height
        }
        if routine.logoPath != nil { y = Points.max(y, logoSize.height) }
        y += 8
        frame.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: y, width: width, height: 2)), fill: layout.color("accent"))), at: .zero)
        y += 2
        frame.size.height = y
        return [Block(frame: frame, role: "header")]
    }

    func intro() -> [Block] {
        guard let intro = routine.plan.intro else { return [] }
        return Paragraph(text: intro, style: layout.style("intro"), width: width)
            .blocks(measurer: measurer, spaceBefore: layout.spacing.afterHeader, role: "intro")
    }

    func heading(_ title: String, when: String?, styleName: String = "heading") -> Block {
        Heading(title: title, detail: when, titleStyle: layout.style(styleName), detailStyle: layout.style("when"), width: width)
            .block(measurer: measurer, spaceBefore: layout.spacing.beforeSection, after: layout.spacing.afterHeading, role: "heading")
    }

    func section(_ s: RoutineSection) -> [Block] {
        var out = [heading(s.title, when: s.when)]
        let columns = layout.spacing.columns
        let gap = layout.spacing.columnGap
        let cardWidth = (width - gap * Double(columns - 1)) / Double(columns)
        var index = 0
        while index < s.items.count {
            let row = s.items[index..<min(index + columns, s.items.count)]
            var frame = Frame(size: Size(width: width, height: 0))
            for (col, item) in row.enumerated() {
                let card = ExerciseCard(item: item, layout: layout, width: cardWidth).frame(measurer: measurer)
                frame.append(card, at: Point(x: (cardWidth + gap) * Double(col), y: 0))
                frame.size.height = Points.max(frame.size.height, card.size.height)
            }
            out.append(Block(frame: frame, spaceBefore: index == 0 ? 0 : layout.spacing.cardGap, role: "cards"))
            index += columns
        }
        return out
    }

    func tracker() -> [Block] {
        guard let tracker = routine.plan.tracker, !routine.items.isEmpty else { return [] }
        return TrackerTable(tracker: tracker, items: routine.items, layout: layout, width: width).blocks(measurer: measurer)
    }

    func notes() -> [Block] {
        guard let notes = routine.plan.notes else { return [] }
        let body = Paragraph(text: notes, style: layout.style("notes"), width: width).blocks(measurer: measurer, spaceBefore: 0, role: "notes")
        return [heading("Notes", when: nil, styleName: "notesHeading")] + body
    }
}
