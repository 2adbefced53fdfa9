import RoutineModel
import RoutinePress

/// What the race-week tab sends: the race, the runner and how many days to count down.
///
/// `{"race": {"date": "2026-12-06", "distance": "marathon", "name": "City Marathon", "start": "08:30"},
///   "runner": "Jordan Lee", "clinicName": "Riverside Running Physio", "days": 7, "paper": "letter"}`
struct RaceWeekRequest: Sendable {
    var race: Race
    var runner: String?
    var clinicName: String?
    var days: Int
    var paper: Paper?

    static let keys = ["race", "runner", "clinicName", "days", "paper"]
    static let raceKeys = ["date", "distance", "name", "start"]

    /// Reads the body; every problem at once, each with its JSON path.
    init(_ body: [UInt8]) throws(APIProblem) {
        let root: JSONNode
        do { root = try JSONParser.parse(body) } catch {
            throw APIProblem(.badRequest, "the body is not valid JSON", diagnostics: [error])
        }
        var problems: [Diagnostic] = []
        func problem(_ path: JSONPath, _ node: JSONNode?, _ message: String, hint: String? = nil) {
            problems.append(Diagnostic(code: "race-week-request", at: path, node?.location, message, hint: hint))
        }
        guard case .object(let top) = root.value else { throw APIProblem(.unprocessableContent, "the request has errors", diagnostics: [Diagnostic(code: "race-week-request", at: .root, root.location, "expected an object with the race")]) }
        func field(_ members: [JSONNode.Member], _ key: String) -> JSONNode? { members.first { $0.key == key }?.value }
        func text(_ members: [JSONNode.Member], _ key: String, at path: JSONPath) -> String? {
            guard let n = field(members, key) else { return nil }
            guard case .string(let s) = n.value, !s.trimmingCharacters(in: .whitespaces).isEmpty, s.unicodeScalars.count <= TextLimit.short.rawValue else {
                problem(path.appending(key), n, "expected a text of 1 to 200 characters"); return nil
            }
            // As in a plan: the text prints on one line, so no control characters.
            if s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                problem(path.appending(key), n, "the text contains a control character", hint: "remove it; this field is one line"); return nil
            }
            return s
        }
        for m in top where !Self.keys.contains(m.key) {
            problem(JSONPath.root.appending(m.key), m.value, "unknown key \"\(ObjectReader.shown(m.key))\"", hint: "one of: \(Self.keys.joined(separator: ", "))")
        }
        var date: PlanDate?, distance: RaceDistance?, name: String?, start: String?
        let racePath = JSONPath.root.appending("race")
        if let r = field(top, "race"), case .object(let race) = r.value {
            for m in race where !Self.raceKeys.contains(m.key) {
                problem(racePath.appending(m.key), m.value, "unknown key \"\(ObjectReader.shown(m.key))\"", hint: "one of: \(Self.raceKeys.joined(separator: ", "))")
            }
            if let s = text(race, "date", at: racePath) {
                date = PlanDate(iso: s)
                if date == nil { problem(racePath.appending("date"), field(race, "date"), "expected a date written YYYY-MM-DD") }
            } else if field(race, "date") == nil { problem(racePath, r, "the race needs its date") }
            if let s = text(race, "distance", at: racePath) {
                distance = RaceDistance(rawValue: s)
                if distance == nil { problem(racePath.appending("distance"), field(race, "distance"), "unknown distance \"\(ObjectReader.shown(s))\"", hint: "one of: 5k, 10k, half, marathon") }
            } else if field(race, "distance") == nil { problem(racePath, r, "the race needs its distance") }
            name = text(race, "name", at: racePath)
            start = text(race, "start", at: racePath)
            if let s = start, !RaceWeekDecoder.isClockTime(s) { problem(racePath.appending("start"), field(race, "start"), "expected a time written HH:MM") }
        } else {
            problem(racePath, field(top, "race") ?? root, "expected the race: an object with its date and distance")
        }
        runner = text(top, "runner", at: .root)
        clinicName = text(top, "clinicName", at: .root)
        days = 7
        if let d = field(top, "days") {
            if case .number(let n, _) = d.value, n == n.rounded(), (1...60).contains(n) { days = Int(n) } else { problem(JSONPath.root.appending("days"), d, "expected a whole number of days from 1 to 60") }
        }
        if let s = text(top, "paper", at: .root) {
            paper = Paper(rawValue: s)
            if paper == nil { problem(JSONPath.root.appending("paper"), field(top, "paper"), "unknown paper \"\(ObjectReader.shown(s))\"", hint: "one of: letter, a4, a5") }
        }
        guard problems.isEmpty, let date, let distance else { throw APIProblem(.unprocessableContent, "the request has errors", diagnostics: problems) }
        race = Race(name: name ?? distance.displayName, date: date, distance: distance, start: start)
    }

    /// The generated plan, as plan JSON.
    func plan(engine: RenderEngine) throws(RoutinePressError) -> String {
        let maximum = try engine.maximumRaceWeekDays()
        guard days <= maximum else {
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "race-week-request", at: JSONPath.root.appending("days"), nil, "at most \(maximum) days can be counted down")]))
        }
        return try engine.raceWeekPlan(race: race, runner: runner, clinicName: clinicName, days: days, paper: paper)
    }
}
