import PageGraphics
import RoutineModel
import Testing
@testable import RoutineLayout

/// The take-home layout on real templates, measured with the fixed-width fake.
@Suite struct TakeHomeLayoutTests {
    @Test(arguments: [Paper.letter, .a4, .a5])
    func nothingLeavesTheTextArea(_ paper: Paper) {
        let routine = LayoutFixtures.routine(count: 14, notes: String(repeating: "Keep going. ", count: 200),
                                             tracker: Tracker(weeks: 3, days: Weekday.allCases))
        let pages = LayoutFixtures.pages(routine, paper: paper)
        let layout = LayoutFixtures.layout
        let size = layout.pageSize(paper)!
        let printable = Rect(x: 0, y: 0, width: size.width, height: size.height).inset(by: layout.margins)
        for (n, page) in pages.enumerated() {
            for item in page.frame.items {
                guard case .text(let t) = item.item else { continue }
                let m = FixedWidthMeasurer().measure(t.text, style: t.style, width: t.width)
                let box = Rect(origin: item.origin, size: Size(width: t.width ?? m.size.width, height: m.size.height))
                #expect(printable.contains(box), "page \(n + 1): \"\(t.text.prefix(30))\" at \(box) leaves \(printable)")
            }
        }
    }

    @Test func everyPageNamesThePatientAndCountsPages() {
        let pages = LayoutFixtures.pages(LayoutFixtures.routine(count: 30))
        #expect(pages.count > 1)
        for (i, page) in pages.enumerated() {
            let texts = LayoutFixtures.texts(page).map(\.0)
            #expect(texts.contains("Zoë Åkesson  ·  Page \(i + 1) of \(pages.count)"))
        }
    }

    @Test func longNotesFlowOntoMorePagesLineByLine() {
        let notes = (1...120).map { "Line \($0) of the notes, long enough to wrap once or twice on the page." }.joined(separator: "\n\n")
        let pages = LayoutFixtures.pages(LayoutFixtures.routine(count: 2, notes: notes))
        #expect(pages.count >= 4)
        let all = pages.flatMap { LayoutFixtures.texts($0).map(\.0) }.joined(separator: " ")
        for n in [1, 60, 120] { #expect(all.contains("Line \(n) of the notes")) }
    }

    @Test func exerciseCardsKeepTheirPartsTogether() {
        let pages = LayoutFixtures.pages(LayoutFixtures.routine(count: 40))
        let catalog = LayoutFixtures.catalog
        for page in pages {
            let texts = LayoutFixtures.texts(page).map(\.0)
            for e in catalog.exercises where texts.contains(e.name) {
                // The card's cue is on the same page as its name.
                if let cue = e.cue { #expect(texts.contains(cue), "\(e.name)'s cue is on another page") }
            }
        }
    }

    @Test func aSplitTrackerRepeatsItsHead() {
        let routine = LayoutFixtures.routine(count: 60, tracker: Tracker(weeks: 1, days: Weekday.allCases))
        let pages = LayoutFixtures.pages(routine)
        let pagesWithRows = pages.filter { LayoutFixtures.texts($0).contains { $0.0.hasPrefix("1. ") || $0.0.hasPrefix("59. ") } }
        #expect(pagesWithRows.count == 2)
        let heads = pages.map { LayoutFixtures.texts($0).filter { $0.0 == "Your tracker" }.count }
        #expect(heads.reduce(0, +) >= 2, "the tracker head is repeated after the break")
        let all = pages.flatMap { LayoutFixtures.texts($0).map(\.0) }
        for n in 1...60 { #expect(all.contains { $0.hasPrefix("\(n). ") }, "row \(n) missing") }
    }

    @Test func aHeadingIsNeverLastOnAPage() {
        for count in 1...24 {
            let pages = LayoutFixtures.pages(LayoutFixtures.routine(count: count, notes: "Short note."))
            for page in pages.dropLast() {
                let contentTexts = LayoutFixtures.texts(page).filter { !$0.0.contains("Page ") }
                let last = contentTexts.max { $0.1.y < $1.1.y }?.0
                #expect(last != "Exercises" && last != "Notes", "\(count) items: page ends with heading \(last ?? "")")
            }
        }
    }

    @Test func cardsThatContinueOnANewPageRepeatTheirHeading() {
        let pages = LayoutFixtures.pages(LayoutFixtures.routine(count: 30))
        #expect(pages.count > 1)
        for (n, page) in pages.enumerated() where n > 0 {
            let content = LayoutFixtures.texts(page).filter { !$0.0.contains("Page ") }
            let first = content.min { ($0.1.y, $0.1.x) < ($1.1.y, $1.1.x) }
            if content.contains(where: { $0.0.hasPrefix("Roll") || $0.0.contains("stretch") }) {
                #expect(first?.0 == "Exercises", "page \(n + 1) starts with \(first?.0 ?? "nothing"), not the section's heading")
                #expect(content.contains { $0.0 == "—  continued" }, "page \(n + 1) does not say the section continues")
            }
        }
    }

    @Test func smallPaperGetsOneTrackerTablePerWeek() {
        let routine = LayoutFixtures.routine(count: 6, tracker: Tracker(weeks: 2, days: Weekday.allCases))
        func tables(_ paper: Paper) -> Int {
            LayoutFixtures.pages(routine, paper: paper).flatMap { LayoutFixtures.texts($0) }.filter { $0.0 == "Your tracker" }.count
        }
        #expect(tables(.letter) == 1, "two weeks side by side on Letter")
        #expect(tables(.a5) == 2, "on A5 fourteen tick boxes would touch: one table per week")
    }
}
