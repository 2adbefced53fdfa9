import PageGraphics
import RoutineModel

/// Turns a resolved take-home routine into blocks, in the order the layout lists them.
struct TakeHomeComposer {
    var routine: Routine
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring
    var figures: FigureSelection
    /// The height a page has for blocks: the header never takes more.
    var pageHeight: Points? = nil

    func blocks() -> [Block] {
        var parts: [[Block]] = []
        for name in layout.blocks {
            switch name {
            case .header: parts.append(header())
            case .intro: break // set beside the figures in the header, or right after it
            case .sections: for s in routine.sections { parts.append(section(s)) }
            case .tracker: parts.append(tracker())
            case .notes: parts.append(notes())
            case .week, .routines, .checklists: break // race-week parts
            }
        }
        return .sections(parts)
    }

    /// The clinic line, then the title, who it is for and the intro beside the routine's muscle figures.
    func header() -> [Block] {
        let plan = routine.plan
        func meta(_ words: Wording) -> [String] {
            var meta: [String] = []
            if let p = plan.patient { meta.append(words(.headerFor, ["name": p.name])) }
            if let c = plan.clinician { meta.append(words(.headerFrom, ["name": c.displayName])) }
            if let d = plan.date { meta.append(words.longDate(d)) }
            return meta
        }
        let first = meta(layout.words), second = layout.second.map(meta)
        return SheetHeader(layout: layout, width: width, measurer: measurer, clinicName: plan.clinic?.name, logo: routine.logo, title: plan.title,
                           meta: first.isEmpty ? nil : .phrases(first), secondMeta: second.flatMap { $0.isEmpty ? nil : .phrases($0) },
                           intro: layout.blocks.contains(.intro) ? plan.intro : nil,
                           summary: FigureSummary(items: routine.items, layout: layout, figures: figures), maxHeight: pageHeight).blocks()
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
