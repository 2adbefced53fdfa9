import PageGraphics
import RoutineModel

/// Turns a race week into blocks: the header, the countdown, each routine's cards, the checklists, notes.
struct RaceWeekComposer {
    var week: RaceWeek
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring
    var figures: FigureSelection

    func blocks() -> [Block] {
        var out: [Block] = []
        for name in layout.blocks {
            switch name {
            case .header: out.append(header())
            case .week: out += WeekAtAGlance(week: week, layout: layout, width: width).blocks(measurer: measurer)
            case .routines: for r in week.routines where !r.items.isEmpty { out += routine(r) }
            case .checklists: out += checklists()
            case .notes: out += notes()
            case .intro, .sections, .tracker: break
            }
        }
        return out
    }

    /// The clinic line, then the title and the race beside the week's muscle figures.
    func header() -> Block {
        let plan = week.plan
        var frame = Frame(size: Size(width: width, height: 0))
        var y = Points.zero
        if let clinic = plan.clinic {
            let logoSize = layout.logo.size
            let c = TextBox(clinic.name, layout.style("clinic"), width: week.logo == nil ? width : width - logoSize.width - layout.logo.gap, measurer: measurer)
            c.place(in: &frame, at: .zero)
            y += c.size.height
            if let logo = week.logo {
                frame.add(.image(ImageItem(logo: logo, size: logoSize)), at: Point(x: width - logoSize.width, y: 0))
                y = Points.max(y, logoSize.height)
            }
            y += 5
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: y, width: width, height: 2)), fill: layout.color("accent"))), at: .zero)
            y += 2 + 10
        }
        let summary = FigureSummary(items: week.routines.flatMap(\.items), layout: layout, figures: figures)
            .frame(height: Points.min(layout.figures.summaryHeight, width * 0.12), measurer: measurer) // smaller on A5
        let textWidth = summary.map { width - $0.size.width - 18 } ?? width
        let title = TextBox(plan.title, layout.style("title"), width: textWidth, measurer: measurer)
        title.place(in: &frame, at: Point(x: 0, y: y))
        var ty = y + title.size.height + 4
        let meta = TextBox(Self.raceLine(plan, runner: true), layout.style("meta"), width: textWidth, measurer: measurer)
        meta.place(in: &frame, at: Point(x: 0, y: ty))
        ty += meta.size.height
        if let summary { frame.append(summary, at: Point(x: width - summary.size.width, y: y - 4)) }
        frame.size.height = Points.max(ty, y - 4 + (summary?.size.height ?? 0))
        return Block(frame: frame, role: "header")
    }

    /// "For Jordan Lee · Marathon · Sunday 6 December 2026 · Start 07:30".
    static func raceLine(_ plan: RaceWeekPlan, runner: Bool) -> String {
        var parts: [String] = []
        if runner, let r = plan.runner { parts.append("For \(r.name)") }
        if !runner { parts.append(plan.race.name) }
        if let d = plan.race.distance, d.displayName != plan.race.name { parts.append(d.displayName) }
        parts.append(plan.race.date.fullText)
        if let s = plan.race.start { parts.append("Start \(s)") }
        return parts.joined(separator: "  ·  ")
    }

    /// Headings, card groups and notes, built as on every sheet.
    var parts: SectionBlocks { SectionBlocks(layout: layout, width: width, measurer: measurer, figures: figures) }

    func routine(_ r: ResolvedRoutine) -> [Block] {
        let used = week.plan.days.filter { $0.routines.contains(r.name) }.map { $0.date.weekday.shortName }
        let when = used.isEmpty ? nil : used.joined(separator: ", ")
        return parts.cards(r.title, when: when, items: r.items)
    }

    func checklists() -> [Block] {
        guard !week.plan.checklists.isEmpty else { return [] }
        let columns = min(4, week.plan.checklists.count)
        return [parts.heading("Checklists", when: "tick each one off")]
            + ChecklistGrid(checklists: week.plan.checklists, layout: layout, width: width, columns: columns).blocks(measurer: measurer)
    }

    func notes() -> [Block] { parts.notes(week.plan.notes) }
}
