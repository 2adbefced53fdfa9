import Testing
@testable import RoutineModel

/// Doses and dates in the words printed on a sheet.
@Suite struct WordingTests {
    @Test(arguments: [
        (Dose(sets: 2, hold: 30, side: .each), "Hold 30 s · 2 times · each side"),
        (Dose(duration: 60, side: .each), "Roll 1 min · each side"),
        (Dose(duration: 90), "Roll 1 min 30 s"),
        (Dose(passes: 1), "1 slow pass"),
        (Dose(reps: 10, sets: 3, side: .left), "10 times · 3 rounds · left side only"),
        (Dose(duration: 45, side: .both), "Roll 45 s · both sides"),
    ])
    func doseLine(_ dose: Dose, _ text: String) {
        #expect(DoseWording.line(dose) == text)
    }

    @Test func noDoseNoLine() { #expect(DoseWording.line(Dose(side: .each)) == "each side") ; #expect(DoseWording.line(Dose()) == nil) }

    @Test func datesAndWeekdays() {
        let d = PlanDate(iso: "2026-11-29")!
        #expect(d.weekday == .sun)
        #expect(d.longText == "29 November 2026")
        #expect(d.adding(days: 7).description == "2026-12-06")
        #expect(PlanDate(iso: "2024-02-29") != nil)
        #expect(PlanDate(iso: "2025-02-29") == nil)
        #expect(PlanDate(iso: "26-11-29") == nil)
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "hodl", in: ["hold", "sets"]) == "hold")
        #expect(Suggestion.closest(to: "xyz", in: ["hold", "sets"]) == nil)
    }
}
