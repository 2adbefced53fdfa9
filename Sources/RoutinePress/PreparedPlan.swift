import RoutineModel

/// A plan that has been decoded, completed and resolved, ready to lay out.
public enum PreparedPlan: Sendable {
    case takeHome(Routine)
    case raceWeek(RaceWeek)

    /// The plan's title.
    public var title: String {
        switch self {
        case .takeHome(let r): return r.plan.title
        case .raceWeek(let w): return w.plan.title
        }
    }

    /// The plan's language, a BCP-47 tag.
    public var language: String {
        switch self {
        case .takeHome(let r): return r.plan.language
        case .raceWeek(let w): return w.plan.language
        }
    }

    /// A bilingual plan's second language.
    public var secondLanguage: String? {
        switch self {
        case .takeHome(let r): return r.plan.secondLanguage
        case .raceWeek(let w): return w.plan.secondLanguage
        }
    }

    /// The plan with each catalog exercise's name (and its cue, where the plan did not write its
    /// own) in a bilingual sheet's second language, from that language's `catalog`.
    func withSecondWords(from catalog: Catalog) -> PreparedPlan {
        func words(_ item: RoutineItem) -> RoutineItem {
            guard !item.exercise.id.isEmpty, let e = catalog.exercise(item.exercise.id) else { return item }
            var out = item
            out.second = SecondWords(name: e.name, cue: item.cue == item.exercise.cue ? e.cue : nil)
            return out
        }
        switch self {
        case .takeHome(var r):
            for i in r.sections.indices { r.sections[i].items = r.sections[i].items.map(words) }
            return .takeHome(r)
        case .raceWeek(var w):
            for i in w.routines.indices { w.routines[i].items = w.routines[i].items.map(words) }
            return .raceWeek(w)
        }
    }

    /// The plan's own identifier, if it gives one.
    public var id: String? {
        switch self {
        case .takeHome(let r): return r.plan.id
        case .raceWeek(let w): return w.plan.id
        }
    }

    /// The person the plan is for.
    public var person: String? {
        switch self {
        case .takeHome(let r): return r.plan.patient?.name
        case .raceWeek(let w): return w.plan.runner?.name
        }
    }

    /// The paper the plan asks for.
    public var paper: Paper? {
        switch self {
        case .takeHome(let r): return r.plan.paper
        case .raceWeek(let w): return w.plan.paper
        }
    }

    /// The plan's own date, used as the PDF's creation date.
    public var date: PlanDate? {
        switch self {
        case .takeHome(let r): return r.plan.date
        case .raceWeek(let w): return w.plan.date ?? w.plan.days.first?.date ?? w.plan.race.date
        }
    }

    /// The clinic's logo and where the plan names it.
    var logo: (logo: Logo, origin: Origin)? {
        switch self {
        case .takeHome(let r): return r.logo.map { ($0, r.plan.clinic?.logoOrigin ?? .unknown) }
        case .raceWeek(let w): return w.logo.map { ($0, w.plan.clinic?.logoOrigin ?? .unknown) }
        }
    }

    /// The clinic's name, for the PDF's author.
    public var clinicName: String? {
        switch self {
        case .takeHome(let r): return r.plan.clinic?.name
        case .raceWeek(let w): return w.plan.clinic?.name
        }
    }

    /// The clinic's printed fields with their paths.
    static func clinicTexts(_ clinic: Clinic?) -> [(String?, JSONPath)] {
        guard let c = clinic else { return [] }
        let path = JSONPath.root.appending("clinic")
        return [(c.name, path.appending("name")), (c.address, path.appending("address")), (c.phone, path.appending("phone")),
                (c.email, path.appending("email")), (c.website, path.appending("website"))]
    }

    /// The texts users wrote that end up on the page, with where they stand in the plan.
    var userTexts: [(String, JSONPath)] {
        let root = JSONPath.root
        var out: [(String?, JSONPath)] = [(title, root.appending("title"))]
        switch self {
        case .takeHome(let r):
            out += [(r.plan.patient?.name, root.appending("patient").appending("name")), (r.plan.intro, root.appending("intro")),
                    (r.plan.notes, root.appending("notes")), (r.plan.clinician?.displayName, root.appending("clinician"))]
            out += Self.clinicTexts(r.plan.clinic)
            for (section, s) in zip(r.plan.sections, r.sections) {
                out += [(s.title, section.origin.path.appending("title")), (s.when, section.origin.path.appending("when"))]
            }
            for item in r.items { out += [(item.exercise.name, item.origin.path.appending("name")), (item.cue, item.origin.path.appending("cue"))] }
        case .raceWeek(let w):
            out += [(w.plan.runner?.name, root.appending("runner").appending("name")), (w.plan.race.name, root.appending("race").appending("name")),
                    (w.plan.notes, root.appending("notes"))]
            out += Self.clinicTexts(w.plan.clinic)
            for day in w.plan.days {
                out.append((day.run, day.origin.path.appending("run")))
                for (i, item) in day.checklist.enumerated() { out.append((item, day.origin.path.appending("checklist").appending(i))) }
            }
            for r in w.plan.routines { out.append((r.title, r.origin.path.appending("title"))) }
            for r in w.routines { for item in r.items { out += [(item.exercise.name, item.origin.path.appending("name")), (item.cue, item.origin.path.appending("cue"))] } }
            for (i, list) in w.plan.checklists.enumerated() {
                let path = root.appending("checklists").appending(i)
                out.append((list.title, path.appending("title")))
                for (j, item) in list.items.enumerated() { out.append((item, path.appending("items").appending(j))) }
            }
        }
        return out.compactMap { text, path in text.map { ($0, path) } }
    }
}

extension PreparedPlan {
    /// Every exercise item, in the order the sheet shows them.
    var items: [RoutineItem] {
        switch self {
        case .takeHome(let r): return r.items
        case .raceWeek(let w): return w.routines.flatMap(\.items)
        }
    }
}
