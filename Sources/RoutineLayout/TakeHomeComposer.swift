import PageGraphics
import RoutineModel

/// Turns a resolved take-home routine into blocks, in the order the layout lists them.
struct TakeHomeComposer {
    var routine: Routine
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring
    var figures: FigureSelection

    func blocks() -> [Block] {
        var out: [Block] = []
        for name in layout.blocks {
            switch name {
            case .header: out += header()
            case .intro: break // set beside the figures in the header, or right after it
            case .sections: for s in routine.sections { out += section(s) }
            case .tracker: out += tracker()
            case .notes: out += notes()
            case .week, .routines, .checklists: break // race-week parts
            }
        }
        return out
    }

    /// The clinic line, then the title, who it is for and the intro beside the routine's muscle figures.
    func header() -> [Block] {
        let plan = routine.plan
        var frame = Frame(size: Size(width: width, height: 0))
        var y = Points.zero
        let logoSize = layout.logo.size
        let clinicWidth = routine.logo == nil ? width : width - logoSize.width - layout.logo.gap
        if let clinic = plan.clinic {
            let c = TextBox(clinic.name, layout.style("clinic"), width: clinicWidth, measurer: measurer)
            c.place(in: &frame, at: Point(x: 0, y: y))
            y += c.size.height
        }
        if let logo = routine.logo {
            frame.add(.image(ImageItem(logo: logo, size: logoSize)), at: Point(x: width - logoSize.width, y: 0))
            y = Points.max(y, logoSize.height)
        }
        if y > 0 {
            y += 5
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: y, width: width, height: 2)), fill: layout.color("accent"))), at: .zero)
            y += 2 + 12
        }
        let summary = FigureSummary(items: routine.items, layout: layout, figures: figures).frame(height: layout.figures.summaryHeight, measurer: measurer)
        let leftWidth = summary.map { width - $0.size.width - 18 } ?? width
        var left = Frame(size: Size(width: leftWidth, height: 0))
        var ly = Points.zero
        let title = TextBox(plan.title, layout.style("title"), width: leftWidth, measurer: measurer)
        title.place(in: &left, at: .zero)
        ly += title.size.height + 4
        var meta: [String] = []
        if let p = plan.patient { meta.append("For \(p.name)") }
        if let c = plan.clinician { meta.append("From \(c.displayName)") }
        if let d = plan.date { meta.append(d.longText) }
        if !meta.isEmpty {
            let m = TextBox(packed(meta, style: layout.style("meta"), width: leftWidth), layout.style("meta"), width: leftWidth, measurer: measurer)
            m.place(in: &left, at: Point(x: 0, y: ly))
            ly += m.size.height
        }
        // The intro sits beside the figures when it is short enough to stay in one piece.
        var introInside = false
        if layout.blocks.contains(.intro), let intro = plan.intro {
            let box = TextBox(intro, layout.style("intro"), width: leftWidth, measurer: measurer)
            if box.size.height < 320 {
                box.place(in: &left, at: Point(x: 0, y: ly + layout.spacing.afterHeader))
                ly += layout.spacing.afterHeader + box.size.height
                introInside = true
            }
        }
        left.size.height = ly
        frame.append(left, at: Point(x: 0, y: y))
        var height = y + ly
        if let summary {
            frame.append(summary, at: Point(x: width - summary.size.width, y: y))
            height = Points.max(height, y + summary.size.height)
        }
        frame.size.height = height
        var blocks = [Block(frame: frame, role: "header")]
        if !introInside, layout.blocks.contains(.intro), let intro = plan.intro {
            blocks += Paragraph(text: intro, style: layout.style("intro"), width: width)
                .blocks(measurer: measurer, spaceBefore: layout.spacing.afterHeader, role: "intro")
        }
        return blocks
    }

    /// Phrases joined by dots, breaking lines only between phrases (so "29 November 2026" stays whole).
    func packed(_ parts: [String], style: TextStyle, width: Points) -> String {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, measurer.measure(last + "   ·   " + part, style: style, width: nil).size.width <= width {
                lines[lines.count - 1] = last + "   ·   " + part
            } else {
                lines.append(part)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Headings, card groups and notes, built as on every sheet.
    var parts: SectionBlocks { SectionBlocks(layout: layout, width: width, measurer: measurer, figures: figures) }

    func section(_ s: RoutineSection) -> [Block] { parts.cards(s.title, when: s.when, items: s.items) }

    func tracker() -> [Block] {
        guard let tracker = routine.plan.tracker, !routine.items.isEmpty else { return [] }
        return TrackerTable(tracker: tracker, items: routine.items, layout: layout, width: width).blocks(measurer: measurer)
    }

    func notes() -> [Block] { parts.notes(routine.plan.notes) }
}
