import Testing
@testable import RoutineModel

/// The built-in catalog covers the seed article and checks clinic catalogs.
@Suite struct CatalogTests {
    let catalog = try! Catalog.load(contentsOf: Fixtures.catalog)

    @Test func holdsEveryExerciseOfTheSeedArticle() {
        let required = ["roll-calves", "roll-quads", "roll-hamstrings", "roll-glutes", "roll-outer-thigh", "roll-upper-back",
                        "hip-flexor-stretch", "hamstring-stretch", "calf-stretch", "figure-four-stretch", "standing-quad-stretch",
                        "thoracic-opener", "leg-swings", "walking-lunges", "high-knees", "butt-kicks"]
        for id in required { #expect(catalog.exercise(id) != nil, "missing \(id)") }
    }

    @Test func everyEntryIsComplete() {
        for e in catalog.exercises {
            #expect(e.kind != nil, "\(e.id) has no kind")
            #expect(!e.muscles.isEmpty, "\(e.id) has no muscles")
            #expect(e.cue != nil && e.instructions != nil, "\(e.id) lacks a cue or instructions")
            #expect(!e.dose.isEmpty, "\(e.id) has no default dose")
        }
    }

    @Test func staticStretchesHoldTwentyToSixtySeconds() {
        for e in catalog.exercises where e.kind == .staticStretch {
            #expect((20...60).contains(e.dose.hold ?? 0), "\(e.id)")
        }
    }

    @Test func clinicCatalogErrorsNameTheirPlace() {
        let json = #"{"version": 1, "exercises": [{"id": "Bad Id", "name": "X", "muscles": ["calves"]}, {"id": "ok", "name": "Y", "muscles": [], "dose": {"hodl": 3}}]}"#
        do { _ = try Catalog.decode(Array(json.utf8), file: "clinic.json"); Issue.record("accepted") } catch {
            #expect(error.diagnostics.map(\.line) == [
                #"clinic.json:1:37: exercises[0].id: the id "Bad Id" is not lower-case words joined by '-' (for example "calf-stretch")"#,
                "clinic.json:1:121: exercises[1].muscles: name at least one muscle region (regions: calves, shins, feet, quads, hamstrings, glutes, hip-flexors, adductors, outer-thigh, lower-back, upper-back, lats, chest, shoulders, neck, abs, obliques, biceps, triceps, forearms)",
                #"clinic.json:1:134: exercises[1].dose.hodl: unknown key "hodl" (did you mean "hold"?)"#,
            ])
        }
    }
}
