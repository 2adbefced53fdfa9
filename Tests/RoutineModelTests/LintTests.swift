import Testing
@testable import RoutineModel

/// The evidence-based warnings, each with its exact words.
@Suite struct LintTests {
    let catalog = try! Catalog.load(contentsOf: Fixtures.catalog)

    func lint(_ sections: String) throws -> [String] {
        let json = "{\"kind\": \"take-home\", \"title\": \"T\", \"sections\": [\n\(sections)\n]}"
        guard case .takeHome(let p) = try PlanDecoder.decode(Array(json.utf8), file: "p.json") else { return [] }
        return Lint.check(try Resolver(catalog: catalog).resolve(p), file: "p.json").map(\.line)
    }

    @Test func aGoodSheetHasNoWarnings() throws {
        #expect(try lint(#"{"title": "After your run", "items": [{"exercise": "roll-calves"}, {"exercise": "leg-swings"}, {"exercise": "calf-stretch"}]}"#) == [])
    }

    @Test func staticStretchBeforeTheRun() throws {
        #expect(try lint(#"{"title": "Warm-up", "when": "Before your run", "items": [{"exercise": "calf-stretch"}]}"#) == [
            #"p.json:2:59: sections[0].items[0]: warning: "Calf stretch" is a static stretch in section "Warm-up", which comes before the run; static holds before running can reduce power (use a dynamic drill here and hold stretches after the run)"#,
        ])
    }

    @Test func holdsOutsideTwentyToSixtySeconds() throws {
        let lines = try lint(#"{"title": "After", "items": [{"exercise": "calf-stretch", "hold": 10}, {"exercise": "hamstring-stretch", "hold": 75}]}"#)
        #expect(lines == [
            "p.json:2:30: sections[0].items[0].hold: warning: a 10 s hold is outside the 20-60 s that static stretching works best with (hold for at least 20 s)",
            "p.json:2:72: sections[0].items[1].hold: warning: a 75 s hold is outside the 20-60 s that static stretching works best with (hold for at most 60 s, and repeat instead)",
        ])
    }

    @Test func rollingTheITBandItself() throws {
        let lines = try lint(#"{"title": "Rolling", "items": [{"name": "IT band roll", "kind": "foam-rolling", "muscles": ["outer-thigh"], "duration": 60}, {"exercise": "roll-outer-thigh"}]}"#)
        #expect(lines == [#"p.json:2:32: sections[0].items[0]: warning: "IT band roll" rolls the IT band itself; the band is tendon-like tissue that does not release and rolling it hurts (roll the tissue around it instead (catalog: roll-outer-thigh))"#])
    }

    @Test func moreThanTwelveExercises() throws {
        let items = Array(repeating: #"{"exercise": "roll-calves"}"#, count: 13).joined(separator: ", ")
        #expect(try lint("{\"title\": \"S\", \"items\": [\(items)]}") == [
            "p.json: sections: warning: the sheet has 13 exercises; people do fewer of them when a sheet holds more than 12 (keep the ones that matter most, or split them over two sheets)",
        ])
    }

    @Test func orderOtherThanRollingDrillsStretching() throws {
        let lines = try lint(#"{"title": "After", "items": [{"exercise": "calf-stretch"}, {"exercise": "leg-swings"}]}"#)
        #expect(lines == [#"p.json:2:60: sections[0].items[1]: warning: "Leg swings" (dynamic) comes after "Calf stretch" (static-stretch) in the sheet; the recommended order is foam rolling, then dynamic drills, then static stretching (move it earlier)"#])
    }

    @Test func anItemWithoutADose() throws {
        #expect(try lint(#"{"title": "After", "items": [{"name": "Wall sit", "muscles": ["quads"]}]}"#) == [
            #"p.json:2:30: sections[0].items[0]: warning: "Wall sit" has no dose, so the sheet cannot say how long or how many (add duration, passes, reps, sets or hold)"#,
        ])
    }
}
