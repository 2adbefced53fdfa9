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
        var parts: [[Block]] = []
        for name in layout.blocks {
            switch name {
            case .header: parts.append(header())
            case .week: if let spec = layout.week { parts.append(WeekAtAGlance(week: week, layout: layout, spec: spec, width: width).blocks(measurer: measurer)) }
            case .routines: for r in week.routines where !r.items.isEmpty { parts.append(routine(r)) }
            case .checklists: parts.append(checklists())
            case .notes: parts.append(notes())
            case .intro, .sections, .tracker: break
            }
        }
        return .sections(parts)
    }

    /// The clinic line, then the title and the race beside the week's muscle figures.
    func header() -> [Block] {
        SheetHeader(layout: layout, width: width, measurer: measurer, clinicName: week.plan.clinic?.name, logo: week.logo, title: week.plan.title,
                    meta: .text(Self.raceLine(week.plan, runner: true, words: layout.words)), intro: nil,
                    summary: FigureSummary(items: week.routines.flatMap(\.items), layout: layout, figures: figures)).blocks()
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
        return [parts.heading(title, when: layout.words(.checklistsWhen)).bookmarked(title)]
            + ChecklistGrid(checklists: week.plan.checklists, layout: layout, width: width, columns: columns).blocks(measurer: measurer)
    }

    func notes() -> [Block] { parts.notes(week.plan.notes) }
}
