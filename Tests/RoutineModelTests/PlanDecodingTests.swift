import Testing
@testable import RoutineModel

/// Decoding valid plans: fields land where they belong.
@Suite struct PlanDecodingTests {
    static let minimal = #"{"kind": "take-home", "title": "Sheet", "sections": [{"title": "Rolling", "items": [{"exercise": "roll-calves"}]}]}"#

    @Test func decodesMinimalPlan() throws {
        let plan = try PlanDecoder.decode(Array(Self.minimal.utf8))
        guard case .takeHome(let p) = plan else { Issue.record("not a take-home plan"); return }
        #expect(p.title == "Sheet")
        #expect(p.language == "en")
        #expect(p.sections.count == 1)
        #expect(p.sections[0].items[0].source == .catalog("roll-calves"))
        #expect(p.tracker == nil)
    }

    @Test func decodesTheExampleSheet() throws {
        let plan = try PlanDecoder.decode(try Fixtures.example("take-home.json"))
        guard case .takeHome(let p) = plan else { Issue.record("not a take-home plan"); return }
        #expect(p.patient?.name == "Alex Morgan")
        #expect(p.clinician?.displayName == "Sam Okafor, DPT")
        #expect(p.date == PlanDate(year: 2026, month: 11, day: 29))
        #expect(p.paper == .letter)
        #expect(p.sections.map(\.items.count) == [6, 4, 6])
        #expect(p.tracker == Tracker(weeks: 2, days: Weekday.allCases))
        #expect(p.sections[2].items[5].cue == "Keep your hips still and let your upper back do the turning.")
        #expect(p.sections[2].items[0].dose == Dose(sets: 2, hold: 30, side: .each))
    }

    @Test func decodesInlineExercises() throws {
        let json = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"name": "Calves", "muscles": ["calves", "feet"], "cue": "Slowly.", "duration": 60, "side": "each"}]}]}"#
        guard case .takeHome(let p) = try PlanDecoder.decode(Array(json.utf8)) else { return }
        guard case .inline(let e) = p.sections[0].items[0].source else { Issue.record("expected inline"); return }
        #expect(e.name == "Calves")
        #expect(e.muscles == [.calves, .feet])
        #expect(e.cue == "Slowly.")
        #expect(p.sections[0].items[0].dose == Dose(duration: 60, side: .each))
    }

    @Test func keepsMarkupAndPercentSignsLiterally() throws {
        let json = #"{"kind": "take-home", "title": "<b>&amp;</b> %s", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        #expect(try PlanDecoder.decode(Array(json.utf8)).title == "<b>&amp;</b> %s")
    }

    @Test func readsEscapesAndNonLatinNames() throws {
        let json = #"{"kind": "take-home", "title": "Caf\u00e9 \ud83c\udfc3", "patient": {"name": "Nguyễn Văn An"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        guard case .takeHome(let p) = try PlanDecoder.decode(Array(json.utf8)) else { return }
        #expect(p.title == "Café 🏃")
        #expect(p.patient?.name == "Nguyễn Văn An")
    }

    @Test func composesAccentsTypedAsCombiningMarks() throws {
        // "Nguyễn" typed as e + circumflex + tilde, as some systems export it.
        let json = #"{"kind": "take-home", "title": "Cafe\u0301", "patient": {"name": "Nguye\u0302\u0303n"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        guard case .takeHome(let p) = try PlanDecoder.decode(Array(json.utf8)) else { return }
        #expect(p.title.unicodeScalars.map(\.value) == [0x43, 0x61, 0x66, 0xE9])
        #expect(p.patient?.name.unicodeScalars.count == 6, "one scalar for the ễ")
    }
}
