import Foundation

/// The routines, checklists and taper runs a race-week plan gets when it does not give its own
/// (read from `Layouts/race-week-defaults.json`).
public struct RaceWeekDefaults: Hashable, Sendable {
    /// One day of a taper template.
    public struct TaperDay: Hashable, Sendable {
        public var daysToGo: Int
        public var run: String
        public var routines: [String]
        public var checklist: [String]
    }

    public var routines: [NamedRoutine]
    public var checklists: [Checklist]
    /// Per distance, the days of the taper from the furthest out to race day.
    public var tapers: [RaceDistance: [TaperDay]]

    /// The most days a generated plan can have.
    public var maximumDays: Int { tapers.values.map(\.count).min() ?? 0 }

    /// Reads the defaults file; errors name their place in it.
    public static func load(contentsOf url: URL) throws(DiagnosticList) -> RaceWeekDefaults {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(code: "unreadable", at: .root, nil, "cannot read the race-week defaults", file: url.path)])
        }
        return try decode(Array(data), file: url.path)
    }

    static func decode(_ bytes: [UInt8], file: String) throws(DiagnosticList) -> RaceWeekDefaults {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw DiagnosticList([error.inFile(file)]) }
        let sink = DiagnosticSink()
        var tapers: [RaceDistance: [TaperDay]] = [:]
        var routines: [NamedRoutine] = [], checklists: [Checklist] = []
        if let r = ObjectReader(root, at: .root, sink: sink, allowed: ["about", "routines", "checklists", "tapers"], what: "race-week defaults") {
            _ = r.string("about", limit: .long)
            routines = RaceWeekDecoder.readRoutines(r)
            checklists = RaceWeekDecoder.readChecklists(r)
            if let t = r.object("tapers", required: true, allowed: RaceDistance.allCases.map(\.rawValue), what: "the taper templates") {
                for distance in RaceDistance.allCases {
                    var days: [TaperDay] = []
                    for (node, path) in t.array(distance.rawValue, required: true, what: "a taper", maxCount: 60) ?? [] {
                        guard let d = ObjectReader(node, at: path, sink: sink, allowed: ["daysToGo", "run", "routines", "checklist"], what: "a taper day"),
                              let n = d.int("daysToGo", in: 0...59, unit: "days"), let run = d.string("run", required: true) else { continue }
                        let names = (d.array("routines", what: "routine names", maxCount: 12) ?? []).compactMap { if case .string(let s) = $0.0.value { return s } else { return nil } }
                        let list = (d.array("checklist", what: "checklist items", maxCount: 30) ?? []).compactMap { if case .string(let s) = $0.0.value { return s } else { return nil } }
                        days.append(TaperDay(daysToGo: n, run: run, routines: names, checklist: list))
                    }
                    tapers[distance] = days.sorted { $0.daysToGo > $1.daysToGo }
                }
            }
        }
        let known = Set(routines.map(\.name))
        for (distance, days) in tapers {
            for day in days { for name in day.routines where !known.contains(name) {
                sink.error("unknown-routine", JSONPath.root.appending("tapers").appending(distance.rawValue), nil, "the taper names the routine \"\(name)\" that is not defined")
            } }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) }) }
        return RaceWeekDefaults(routines: routines, checklists: checklists, tapers: tapers)
    }

    /// The countdown days for a race: the last `count` days of the distance's taper, dated back from race day.
    public func days(for race: Race, count: Int) -> [RaceDay] {
        let taper = tapers[race.distance ?? .half] ?? []
        return taper.filter { $0.daysToGo < count }.map { t in
            RaceDay(date: race.date.adding(days: -t.daysToGo), run: t.run, routines: t.routines, checklist: t.checklist)
        }
    }
}
