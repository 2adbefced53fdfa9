import Foundation
import Testing
@testable import RoutineModel

/// Doses, counts, lists and dates in the words printed on a sheet, in each shipped language.
@Suite struct WordingTests {
    let en = Fixtures.english
    let es = Fixtures.wording("es")

    /// The text as a reader sees it (word joiners are invisible).
    func shown(_ s: String?) -> String? { s?.replacingOccurrences(of: "\u{2060}", with: "") }

    @Test(arguments: [
        (Dose(sets: 2, hold: 30, side: .each), "Hold 30 s · 2 times · each side", "Mantenga 30 s · 2 veces · cada lado"),
        (Dose(duration: 60, side: .each), "Roll 1 min · each side", "Ruede 1 min · cada lado"),
        (Dose(duration: 90), "Roll 1 min 30 s", "Ruede 1 min 30 s"),
        (Dose(passes: 1), "1 slow pass", "1 pasada lenta"),
        (Dose(reps: 10, sets: 3, side: .left), "10 times · 3 rounds · left side only", "10 veces · 3 series · solo el lado izquierdo"),
        (Dose(duration: 45, side: .both), "Roll 45 s · both sides", "Ruede 45 s · los dos lados"),
        (Dose(duration: 75), "Roll 1 min 15 s", "Ruede 1 min 15 s"),
    ])
    func doseLine(_ dose: Dose, _ english: String, _ spanish: String) {
        #expect(shown(en.doseLine(dose)) == english)
        #expect(shown(es.doseLine(dose)) == spanish)
    }

    @Test func noDoseNoLine() {
        #expect(en.doseLine(Dose(side: .each)) == "each side")
        #expect(en.doseLine(Dose()) == nil)
    }

    @Test(arguments: [(0, "0 times", "0 veces", "0 days to go", "Faltan 0 días"), (1, "1 time", "1 vez", "1 day to go", "Falta 1 día"),
                      (2, "2 times", "2 veces", "2 days to go", "Faltan 2 días"), (5, "5 times", "5 veces", "5 days to go", "Faltan 5 días")])
    func plurals(_ n: Int, _ timesEN: String, _ timesES: String, _ toGoEN: String, _ toGoES: String) {
        #expect(shown(en.count(.doseTimes, n)) == timesEN)
        #expect(shown(es.count(.doseTimes, n)) == timesES)
        #expect(shown(en.count(.weekToGo, n)) == toGoEN)
        #expect(shown(es.count(.weekToGo, n)) == toGoES)
    }

    /// A number and its unit never part at a line end: a word joiner follows the space between them.
    @Test func numbersKeepTheirUnits() {
        #expect(es.count(.doseTimes, 2) == "2 \u{2060}veces")
        #expect(es.longDate(PlanDate(year: 2026, month: 12, day: 6)) == "6 \u{2060}de diciembre de 2026")
        #expect(en.count(.dosePasses, 8) == "8 slow passes")
    }

    @Test func lists() {
        #expect(en.list(["calves"]) == "calves")
        #expect(en.list(["calves", "quads", "glutes"]) == "calves, quads and glutes")
        #expect(es.list(["pantorrillas", "glúteos"]) == "pantorrillas y glúteos")
        // Spanish "y" becomes "e" before a word that starts with the sound "i".
        #expect(es.list(["cuádriceps", "isquiotibiales"]) == "cuádriceps e isquiotibiales")
        #expect(es.list(["glúteos", "hombros"]) == "glúteos y hombros")
    }

    @Test func datesAndWeekdays() {
        let d = PlanDate(iso: "2026-11-29")!
        #expect(d.weekday == .sun)
        #expect(en.longDate(d) == "29 November 2026")
        #expect(shown(es.longDate(d)) == "29 de noviembre de 2026")
        #expect(en.shortDate(d.adding(days: 1)) == "Mon 30 Nov")
        #expect(es.shortDate(d.adding(days: 1)) == "Lun 30 nov")
        #expect(en.fullDate(d.adding(days: 7)) == "Sunday 6 December 2026")
        #expect(shown(es.fullDate(d.adding(days: 7))) == "Domingo, 6 de diciembre de 2026")
        #expect(es.shortName(.wed) == "Mié" && es.narrowName(.wed) == "X" && en.longName(.sat) == "Saturday")
        #expect(d.adding(days: 7).description == "2026-12-06")
        #expect(PlanDate(iso: "2024-02-29") != nil)
        #expect(PlanDate(iso: "2025-02-29") == nil)
        #expect(PlanDate(iso: "26-11-29") == nil)
    }

    @Test func vocabulary() {
        #expect(en.name(Region.hipFlexors) == "Hip flexors" && es.name(Region.hipFlexors) == "Flexores de la cadera")
        #expect(en.name(RaceDistance.half) == "Half marathon" && es.name(RaceDistance.half) == "Media maratón")
        #expect(en.name(ExerciseKind?.none) == "Exercise" && es.name(ExerciseKind.staticStretch) == "Estiramiento estático")
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "hodl", in: ["hold", "sets"]) == "hold")
        #expect(Suggestion.closest(to: "xyz", in: ["hold", "sets"]) == nil)
    }
}
