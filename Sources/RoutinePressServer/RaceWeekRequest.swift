import RoutineModel
import RoutinePress

/// What the race-week tab sends: the race, the runner and how many days to count down.
///
/// `{"race": {"date": "2026-12-06", "distance": "marathon", "name": "City Marathon", "start": "08:30"},
///   "runner": "Jordan Lee", "clinicName": "Riverside Running Physio", "days": 7, "paper": "letter", "language": "es"}`
struct RaceWeekRequest: Sendable {
    var race: Race
    var runner: String?
    var clinicName: String?
    var days: Int
    var paper: Paper?
    /// The language the plan is written in (its runs, routines and checklists).
    var language = "en"

    static let keys = ["race", "runner", "clinicName", "days", "paper", "language"]
    static let raceKeys = ["date", "distance", "name", "start"]

    /// Reads the body as strictly as a plan (the same text rules); every problem at once, each
    /// with its JSON path.
    init(_ body: [UInt8]) throws(APIProblem) {
        let root: JSONNode
        do { root = try JSONParser.parse(body) } catch {
            throw APIProblem(.badRequest, "the body is not valid JSON", diagnostics: [error])
        }
        let sink = DiagnosticSink()
        var date: PlanDate?, distance: RaceDistance?, name: String?, start: String?
        if let r = ObjectReader(root, at: .root, sink: sink, allowed: Self.keys, what: "the race-week request") {
            if let race = r.object("race", required: true, allowed: Self.raceKeys, what: "the race") {
                if let s = race.string("date", required: true, what: "the race's date") {
                    date = PlanDate(iso: s)
                    if date == nil { sink.error("bad-date", race.origin("date").path, race.origin("date").location, "expected a date written YYYY-MM-DD") }
                }
                distance = race.choice("distance", RaceDistance.self, required: true, what: "distance")
                name = race.string("name")
                start = race.string("start")
                if let s = start, !RaceWeekDecoder.isClockTime(s) {
                    sink.error("bad-time", race.origin("start").path, race.origin("start").location, "expected a time written HH:MM")
                }
            }
            runner = r.string("runner")
            clinicName = r.string("clinicName")
            days = r.has("days") ? r.int("days", in: 1...60, unit: "days") ?? 7 : 7
            paper = r.choice("paper", Paper.self, what: "paper")
            language = PlanDecoder.readLanguage(r) ?? "en"
        } else {
            days = 7
        }
        guard !sink.hasErrors, let date, let distance else { throw APIProblem(.unprocessableContent, "the request has errors", diagnostics: sink.diagnostics) }
        race = Race(name: name ?? "", date: date, distance: distance, start: start)
    }

    /// The generated plan, as plan JSON.
    func plan(engine: RenderEngine) throws(RoutinePressError) -> String {
        let maximum = try engine.maximumRaceWeekDays()
        guard days <= maximum else {
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "race-week-request", at: JSONPath.root.appending("days"), nil, "at most \(maximum) days can be counted down")]))
        }
        return try engine.raceWeekPlan(race: race, runner: runner, clinicName: clinicName, days: days, paper: paper, language: language)
    }
}
