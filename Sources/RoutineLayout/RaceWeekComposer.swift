import PageGraphics
import RoutineModel

/// Turns a race week into blocks: the header, the countdown, each routine's cards, the checklists, notes.
struct RaceWeekComposer {
    var week: RaceWeek
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring
    var figures: FigureSelection
    /// The height a page has for blocks, so that the week is not pushed off the header's page.
    var pageHeight: Points? = nil

    func blocks() -> [Block] {
        var parts: [[Block]] = []
        let weekBlocks = layout.week.map { WeekAtAGlance(week: week, layout: layout, spec: $0, width: width).blocks(measurer: measurer) } ?? []
        for name in layout.blocks {
            switch name {
            case .header: parts.append(header(above: layout.blocks.starts(with: [.header, .week]) ? weekBlocks.first : nil))
            case .week: parts.append(weekBlocks)
            case .routines: for r in week.routines where !r.items.isEmpty { parts.append(routine(r)) }
            case .checklists: parts.append(checklists())
            case .notes: parts.append(notes())
            case .intro, .sections, .tracker: break
            }
        }
        return .sections(parts)
    }

    /// The clinic line, then the title and the race beside the week's muscle figures. When the
    /// first row of the week would not fit below them on the page (a bilingual week's heads take
    /// more lines), the figures are drawn smaller, down to two-thirds, rather than leave the
    /// header alone on page 1.
    func header(above next: Block? = nil) -> [Block] {
        var header = SheetHeader(layout: layout, width: width, measurer: measurer, clinicName: week.plan.clinic?.name, logo: week.logo, title: week.plan.title,
                                 meta: .text(Self.raceLine(week.plan, runner: true, words: layout.words)),
                                 secondMeta: layout.second.map { .text(Self.raceLine(week.plan, runner: true, words: $0)) }, intro: nil,
                                 summary: FigureSummary(items: week.routines.flatMap(\.items), layout: layout, figures: figures))
        let blocks = header.blocks()
        guard let next, let pageHeight, !fits(blocks) else { return blocks }
        func fits(_ b: [Block]) -> Bool { b.reduce(Points.zero) { $0 + $1.spaceBefore + $1.frame.size.height } + next.spaceBefore + next.frame.size.height <= pageHeight }
        let full = Points.min(layout.figures.summaryHeight, width * layout.header.summaryMaxShare)
        for scale in stride(from: 0.95, through: 0.66, by: -0.05) {
            header.summaryLimit = full * scale
            let smaller = header.blocks()
            if fits(smaller) { return smaller }
        }
        return blocks
    }

    /// "For Jordan Lee · Marathon · Sunday 6 December 2026 · Start 07:30".
    static func raceLine(_ plan: RaceWeekPlan, runner: Bool, words: Wording) -> String {
        var parts: [String] = []
        if runner, let r = plan.runner { parts.append(words(.raceFor, ["name": r.name])) }
        if !runner { parts.append(plan.race.name) }
        if let d = plan.race.distance, words.name(d) != plan.race.name { parts.append(words.name(d)) }
        parts.append(words.fullDate(plan.race.date))
        // Never "Start" at a line end and the time below.
        if let s = plan.race.start { parts.append(words(.raceStart, ["time": "\u{2060}" + s])) }
        return parts.joined(separator: "  ·  ")
    }

    /// Headings, card groups and notes, built as on every sheet.
    var parts: SectionBlocks { SectionBlocks(layout: layout, width: width, measurer: measurer, figures: figures) }

    func routine(_ r: ResolvedRoutine) -> [Block] {
        let used = week.plan.days.filter { $0.routines.contains(r.name) }.map { layout.words.shortName($0.date.weekday) }
        let when = used.isEmpty ? nil : used.joined(separator: ", ")
        return parts.cards(r.title, when: when, items: r.items)
    }

    func checklists() -> [Block] {
        guard !week.plan.checklists.isEmpty else { return [] }
        let columns = min(4, week.plan.checklists.count)
        let title = layout.words(.checklistsHeading)
        let second = layout.second.map { "\($0(.checklistsHeading)) — \($0(.checklistsWhen))" }
        return [parts.heading(title, when: layout.words(.checklistsWhen), second: second).bookmarked(title)]
            + ChecklistGrid(checklists: week.plan.checklists, layout: layout, width: width, columns: columns).blocks(measurer: measurer)
    }

    func notes() -> [Block] { parts.notes(week.plan.notes) }
}
