import Foundation
import PageGraphics
@testable import RoutineLayout
import RoutineModel

/// The repository's layout and catalog, and small routines built in code.
enum LayoutFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let layout = try! Layout.load(contentsOf: root.appendingPathComponent("Layouts/take-home.json"))
    static let catalog = try! Catalog.load(contentsOf: root.appendingPathComponent("Layouts/exercises.json"))
    static let english = Wording(try! LanguageStrings.load(contentsOf: root.appendingPathComponent("Layouts/strings/en.json")))

    /// A routine of `count` catalog exercises in one section, with optional notes and tracker.
    static func routine(count: Int, notes: String? = nil, tracker: Tracker? = nil, patient: String? = "Zoë Åkesson") -> Routine {
        let items = (0..<count).map { i in
            let e = catalog.exercises[i % catalog.exercises.count]
            return RoutineItem(exercise: e, dose: e.dose, cue: e.cue, number: i + 1)
        }
        let plan = TakeHomePlan(title: "Test sheet", patient: patient.map(Person.init), sections: [], tracker: tracker, notes: notes)
        return Routine(plan: plan, sections: [RoutineSection(title: "Exercises", when: "After your run", items: items)])
    }

    /// Pages of a routine on Letter paper with the fixed-width measurer.
    static func pages(_ routine: Routine, paper: Paper = .letter) -> [Page] {
        TakeHomeLayoutEngine(layout: layout, wording: english).pages(for: routine, paper: paper, measurer: FixedWidthMeasurer())
    }

    /// Every text item of a page with its absolute position.
    static func texts(_ page: Page) -> [(String, Point)] {
        page.frame.items.compactMap { p in
            if case .text(let t) = p.item { return (t.visibleText, p.origin) }
            return nil
        }
    }
}
