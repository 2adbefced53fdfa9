/// Reads a `race-week` plan, reporting every problem with its JSON path and place.
public enum RaceWeekDecoder {
    static let keys = ["$schema", "id", "kind", "title", "language", "languages", "paper", "date", "clinic", "runner", "race",
                       "routines", "days", "checklists", "notes"]
    static let maximumDays = 21
    static let maximumRoutines = 12

    static func read(_ root: JSONNode, sink: DiagnosticSink) -> RaceWeekPlan? {
        guard let r = ObjectReader(root, at: .root, sink: sink, allowed: keys, what: "a plan") else { return nil }
        _ = r.string("$schema")
        let id = r.string("id", limit: .long)
        let title = r.string("title")
        let (language, second, languageOrigins) = PlanDecoder.readLanguages(r)
        let paper = r.choice("paper", Paper.self, what: "paper size")
        let date = PlanDecoder.readDate(r, "date")
        let clinic = PlanDecoder.readClinic(r)
        let runner = r.object("runner", allowed: ["name"], what: "the runner").flatMap { p in
            p.string("name", required: true, what: "the runner's name").map(Person.init)
        }
        let race = readRace(r)
        let routines = readRoutines(r)
        let days = readDays(r, race: race)
        let checklists = readChecklists(r)
        let notes = r.string("notes", limit: .long)
        guard let race else { return nil }
        var plan = RaceWeekPlan(title: title ?? "", language: language ?? "en", paper: paper, date: date,
                            clinic: clinic, runner: runner, race: race, routines: routines, days: days, checklists: checklists, notes: notes)
        plan.id = id
        plan.secondLanguage = second
        plan.languageOrigins = languageOrigins
        return plan
    }

    static func readRace(_ r: ObjectReader) -> Race? {
        guard let race = r.object("race", required: true, allowed: ["name", "date", "distance", "start"], what: "the race") else { return nil }
        let name = race.string("name", required: true, what: "the race's name")
        let dateText = race.string("date", required: true, what: "the race date")
        var date: PlanDate?
        if let dateText {
            date = PlanDate(iso: dateText)
            if date == nil {
                let o = race.origin("date")
                r.sink.error("bad-date", o.path, o.location, "\"\(ObjectReader.shown(dateText))\" is not a date",
                             hint: "write the race date as YYYY-MM-DD, for example 2026-12-06")
            }
        }
        let distance = race.choice("distance", RaceDistance.self, what: "race distance")
        var start = race.string("start")
        if let s = start, !isClockTime(s) {
            let o = race.origin("start")
            r.sink.error("bad-time", o.path, o.location, "\"\(ObjectReader.shown(s))\" is not a start time", hint: "write it as HH:MM, for example 07:30")
            start = nil
        }
        guard let name, let date else { return nil }
        return Race(name: name, date: date, distance: distance, start: start)
    }

    /// Whether text is a 24-hour time `HH:MM`.
    public static func isClockTime(_ s: String) -> Bool {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return false }
        return (0...23).contains(h) && (0...59).contains(m)
    }

    static func readRoutines(_ r: ObjectReader) -> [NamedRoutine] {
        guard let node = r.value("routines") else { return [] }
        let path = r.path.appending("routines")
        guard case .object(let members) = node.value else {
            r.sink.error("wrong-type", path, node.location, "expected the named routines (an object), found \(node.typeName)",
                         hint: "for example {\"pre-run\": {\"title\": \"Before every run\", \"items\": [...]}}")
            return []
        }
        if members.count > maximumRoutines {
            r.sink.error("too-many", path, node.location, "\(members.count) routines; at most \(maximumRoutines) are allowed")
            return []
        }
        var out: [NamedRoutine] = []
        for m in members {
            let p = path.appending(m.key)
            if !ExerciseID.isValid(m.key) {
                r.sink.error("bad-name", p, m.keyLocation, "the routine name \"\(ObjectReader.shown(m.key))\" is not lower-case words joined by '-'",
                             hint: "for example \"pre-run\"")
                continue
            }
            guard let o = ObjectReader(m.value, at: p, sink: r.sink, allowed: ["title", "timing", "items"], what: "a routine") else { continue }
            let title = o.string("title", required: true, what: "the routine's title")
            let timing = o.choice("timing", RoutineTiming.self, what: "timing")
            var items: [PlanItem] = []
            if let list = o.array("items", required: true, what: "the routine's exercises", maxCount: PlanDecoder.maximumItemsPerSection) {
                if list.isEmpty { r.sink.error("empty-list", p.appending("items"), o.value("items")?.location, "a routine needs at least one exercise") }
                items = list.compactMap { PlanItem.read($0.0, at: $0.1, sink: r.sink) }
            }
            if let title { out.append(NamedRoutine(name: m.key, title: title, items: items, timing: timing, origin: Origin(path: p, location: m.keyLocation))) }
        }
        return out
    }

    static func readDays(_ r: ObjectReader, race: Race?) -> [RaceDay] {
        guard let list = r.array("days", what: "the days", maxCount: maximumDays) else { return [] }
        var days: [RaceDay] = []
        var seen: [PlanDate: JSONPath] = [:]
        for (node, path) in list {
            guard let d = ObjectReader(node, at: path, sink: r.sink, allowed: ["date", "run", "routines", "checklist"], what: "a day") else { continue }
            let dateText = d.string("date", required: true, what: "the day's date")
            let run = d.string("run", required: true, what: "the day's run (or \"Rest\")")
            var routineNames: [String] = []
            for (n, p) in d.array("routines", what: "routine names", maxCount: maximumRoutines) ?? [] {
                if case .string(let s) = n.value { routineNames.append(s) } else {
                    r.sink.error("wrong-type", p, n.location, "expected a routine name (a string), found \(n.typeName)")
                }
            }
            var checklist: [String] = []
            for (n, p) in d.array("checklist", what: "checklist items", maxCount: 30) ?? [] {
                guard case .string(let s) = n.value else {
                    r.sink.error("wrong-type", p, n.location, "expected a checklist item (a string), found \(n.typeName)")
                    continue
                }
                if let text = ObjectReader.checkText(s, limit: .short, at: p, n.location, sink: r.sink, required: true) { checklist.append(text) }
            }
            guard let dateText else { continue }
            let o = d.origin("date")
            guard let date = PlanDate(iso: dateText) else {
                r.sink.error("bad-date", o.path, o.location, "\"\(ObjectReader.shown(dateText))\" is not a date", hint: "write it as YYYY-MM-DD")
                continue
            }
            if let race, date > race.date {
                r.sink.error("after-race", o.path, o.location, "\(date) is after the race (\(race.date))", hint: "a race-week plan ends on race day")
                continue
            }
            if let first = seen[date] {
                r.sink.error("duplicate-date", o.path, o.location, "two days have the date \(date)", hint: "the other one is \(first)")
                continue
            }
            seen[date] = path
            if let run { days.append(RaceDay(date: date, run: run, routines: routineNames, checklist: checklist, origin: Origin(path: path, location: node.location))) }
        }
        return days.sorted { $0.date < $1.date }
    }

    static func readChecklists(_ r: ObjectReader) -> [Checklist] {
        var out: [Checklist] = []
        for (node, path) in r.array("checklists", what: "the checklists", maxCount: 12) ?? [] {
            guard let c = ObjectReader(node, at: path, sink: r.sink, allowed: ["title", "items"], what: "a checklist") else { continue }
            let title = c.string("title", required: true, what: "the checklist's title")
            var items: [String] = []
            for (n, p) in c.array("items", required: true, what: "the checklist's items", maxCount: 30) ?? [] {
                guard case .string(let s) = n.value else {
                    r.sink.error("wrong-type", p, n.location, "expected a checklist item (a string), found \(n.typeName)")
                    continue
                }
                if let text = ObjectReader.checkText(s, limit: .short, at: p, n.location, sink: r.sink, required: true) { items.append(text) }
            }
            if let title { out.append(Checklist(title: title, items: items)) }
        }
        return out
    }
}
