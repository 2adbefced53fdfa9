import Foundation
import Testing
@testable import RoutineModel

/// Race-week plans: decoding, the exact messages for broken weeks, and the generator.
@Suite struct RaceWeekTests {
    let catalog = try! Catalog.load(contentsOf: Fixtures.catalog)
    let defaults = try! RaceWeekDefaults.load(contentsOf: Fixtures.root.appendingPathComponent("Layouts/race-week-defaults.json"))

    func week(_ json: String) throws -> RaceWeek {
        guard case .raceWeek(let p) = try PlanDecoder.decode(Array(json.utf8), file: "w.json") else { throw DiagnosticList([]) }
        return try Resolver(catalog: catalog).resolve(RaceWeekGenerator(defaults: defaults, wording: Fixtures.english).completed(p), file: "w.json")
    }

    func errors(_ json: String) -> [String] {
        do { _ = try week(json); return [] } catch let e as DiagnosticList { return e.diagnostics.map(\.line) } catch { return ["\(error)"] }
    }

    static func plan(days: String, race: String = #"{"name": "City 10K", "date": "2026-12-06", "distance": "10k"}"#) -> String {
        "{\"kind\": \"race-week\",\n\"race\": \(race),\n\"routines\": {\"pre-run\": {\"title\": \"Before\", \"items\": [{\"exercise\": \"leg-swings\"}]}},\n\"days\": [\n\(days)\n]}"
    }

    @Test func decodesTheExample() throws {
        let w = try week(String(decoding: try Fixtures.example("race-week.json"), as: UTF8.self))
        #expect(w.plan.days.count == 7)
        #expect(w.plan.days.last?.date == w.plan.race.date)
        #expect(w.routines.map(\.name) == ["pre-run", "post-run", "rest-day"])
        #expect(w.plan.checklists.map(\.title) == ["Kit", "Nutrition", "Sleep and logistics"])
        #expect(w.plan.race.start == "07:30")
    }

    @Test func aDayAfterTheRace() {
        #expect(errors(Self.plan(days: #"{"date": "2026-12-07", "run": "Easy"}"#))
                == [#"w.json:5:10: days[0].date: 2026-12-07 is after the race (2026-12-06) (a race-week plan ends on race day)"#])
    }

    @Test func twoDaysWithOneDate() {
        let days = #"{"date": "2026-12-05", "run": "Easy"},"# + "\n" + #"{"date": "2026-12-05", "run": "Rest"}"#
        #expect(errors(Self.plan(days: days)) == [#"w.json:6:10: days[1].date: two days have the date 2026-12-05 (the other one is days[0])"#])
    }

    @Test func aRoutineThatDoesNotExist() {
        #expect(errors(Self.plan(days: #"{"date": "2026-12-05", "run": "Easy", "routines": ["pre-rn"]}"#))
                == [#"w.json:5:1: days[0].routines[0]: no routine is named "pre-rn" (did you mean "pre-run"?)"#])
    }

    @Test func aRaceDateThatIsNotADate() {
        #expect(errors(Self.plan(days: "", race: #"{"name": "X", "date": "6/12/2026"}"#))
                == [#"w.json:2:31: race.date: "6/12/2026" is not a date (write the race date as YYYY-MM-DD, for example 2026-12-06)"#])
    }

    @Test func aBadStartTime() {
        #expect(errors(Self.plan(days: "", race: #"{"name": "X", "date": "2026-12-06", "start": "7.30am"}"#))
                == [#"w.json:2:54: race.start: "7.30am" is not a start time (write it as HH:MM, for example 07:30)"#])
    }

    @Test func aRaceWithoutDaysIsFilledFromTheTaper() throws {
        let w = try week(#"{"kind": "race-week", "race": {"name": "Half", "date": "2026-12-06", "distance": "half"}}"#)
        #expect(w.plan.days.count == 7)
        #expect(w.plan.days.first?.date.description == "2026-11-30")
        #expect(w.plan.days.last?.run == "RACE DAY")
        #expect(!w.plan.checklists.isEmpty)
        #expect(w.plan.title == "Race week: Half")
    }

    @Test func ownRoutinesWithoutDaysStillGetTheRoutinesTheDaysName() throws {
        let w = try week(#"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06", "distance": "5k"}, "routines": {"mine": {"title": "Mine", "items": [{"exercise": "leg-swings"}]}}}"#)
        #expect(w.routines.first?.name == "mine")
        #expect(w.plan.days.allSatisfy { $0.routines.allSatisfy { name in w.routine(name) != nil } })
    }

    @Test(arguments: RaceDistance.allCases)
    func generatedPlansDecodeAndFollowTheSeedOrder(_ distance: RaceDistance) throws {
        let race = Race(name: "Test race", date: PlanDate(iso: "2026-12-06")!, distance: distance, start: "08:00")
        let plan = RaceWeekGenerator(defaults: defaults, wording: Fixtures.english).plan(race: race, runner: "Zoë Åkesson", clinicName: "Clinic", days: 10)
        let json = PlanEncoder.json(plan)
        let w = try week(json)
        #expect(w.plan.days.count == 10)
        #expect(w.plan.days.map(\.date) == (0..<10).map { race.date.adding(days: $0 - 9) })
        #expect(w.plan.runner?.name == "Zoë Åkesson")
        // Rolling before drills before the run; static stretching only after it.
        let pre = try #require(w.routine("pre-run")).items.compactMap(\.exercise.kind)
        #expect(pre == pre.sorted { $0.orderRank < $1.orderRank })
        #expect(!pre.contains(.staticStretch))
        #expect(try #require(w.routine("post-run")).items.allSatisfy { $0.exercise.kind == .staticStretch })
        let restDays = w.plan.days.filter { $0.run == "Rest" }
        #expect(!restDays.isEmpty && restDays.allSatisfy { $0.routines == ["rest-day"] })
        #expect(!w.plan.days.last!.checklist.isEmpty, "race-morning items")
    }

    /// A race name as long as a name may be still gives a plan that reads back: the title is cut to fit.
    @Test func aLongRaceNameGivesATitleThatFits() throws {
        let name = String(repeating: "Ö", count: 200)
        let race = Race(name: name, date: PlanDate(iso: "2026-12-06")!, distance: .half, start: nil)
        let plan = RaceWeekGenerator(defaults: defaults, wording: Fixtures.english).plan(race: race, runner: nil, clinicName: nil, days: 7)
        #expect(plan.title.unicodeScalars.count == 200 && plan.title.hasPrefix("Race week: ÖÖ") && plan.title.hasSuffix("…"))
        let w = try week(PlanEncoder.json(plan))
        #expect(w.plan.race.name == name)
    }
}
