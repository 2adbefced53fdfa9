/// Writes plans back as plan-format JSON (what `routinepress race-week` prints).
public enum PlanEncoder {
    /// A race-week plan as JSON text.
    public static func json(_ p: RaceWeekPlan) -> String {
        let clinic = p.clinic.map { c in JSONNode.object([("name", .string(c.name)), ("address", c.address.map(JSONNode.string)),
                                                          ("phone", c.phone.map(JSONNode.string)), ("email", c.email.map(JSONNode.string)),
                                                          ("website", c.website.map(JSONNode.string)), ("booking", c.booking.map { .string($0.written) }),
                                                          ("logo", c.logo.map(JSONNode.string))]) }
        let race = JSONNode.object([("name", .string(p.race.name)), ("date", .string(p.race.date.description)),
                                    ("distance", p.race.distance.map { .string($0.rawValue) }), ("start", p.race.start.map(JSONNode.string))])
        let routines = JSONNode.object(p.routines.map { r in
            (r.name, JSONNode.object([("title", .string(r.title)), ("timing", r.timing.map { .string($0.rawValue) }), ("items", .array(r.items.compactMap(item)))]))
        })
        let days = JSONNode.array(p.days.map { d in
            JSONNode.object([("date", .string(d.date.description)), ("run", .string(d.run)), ("routines", .array(d.routines.map(JSONNode.string))),
                             ("checklist", d.checklist.isEmpty ? nil : .array(d.checklist.map(JSONNode.string)))])
        })
        let checklists = JSONNode.array(p.checklists.map { c in
            JSONNode.object([("title", .string(c.title)), ("items", .array(c.items.map(JSONNode.string)))])
        })
        let root = JSONNode.object([
            ("kind", .string(PlanKind.raceWeek.rawValue)), ("title", .string(p.title)), ("language", .string(p.language)),
            ("paper", p.paper.map { .string($0.rawValue) }), ("date", p.date.map { .string($0.description) }), ("clinic", clinic),
            ("runner", p.runner.map { JSONNode.object([("name", .string($0.name))]) }), ("race", race),
            ("routines", routines), ("days", days), ("checklists", checklists), ("notes", p.notes.map(JSONNode.string)),
        ])
        return JSONWriter.text(root)
    }

    /// A catalog item with its dose (inline items are written out in full).
    static func item(_ i: PlanItem) -> JSONNode? {
        var pairs: [(String, JSONNode?)] = []
        switch i.source {
        case .catalog(let id): pairs.append(("exercise", .string(id)))
        case .inline(let e):
            pairs.append(("name", .string(e.name)))
            pairs.append(("muscles", .array(e.muscles.map { .string($0.rawValue) })))
            if let k = e.kind { pairs.append(("kind", .string(k.rawValue))) }
            if let v = e.video { pairs.append(("video", .string(v.written))) }
        }
        let d = i.dose
        pairs += [("duration", d.duration.map(JSONNode.int)), ("passes", d.passes.map(JSONNode.int)), ("reps", d.reps.map(JSONNode.int)),
                  ("sets", d.sets.map(JSONNode.int)), ("hold", d.hold.map(JSONNode.int)), ("side", d.side.map { .string($0.rawValue) }),
                  ("cue", i.cue.map(JSONNode.string)), ("video", i.video.map { .string($0.written) })]
        return .object(pairs)
    }
}
