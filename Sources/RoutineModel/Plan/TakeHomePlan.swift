/// A take-home sheet: the exercises a clinician gives a patient, with a tracker to tick.
public struct TakeHomePlan: Hashable, Sendable {
    /// An identifier for batch output names.
    public var id: String?
    public var title: String
    public var language: String
    public var paper: Paper?
    public var date: PlanDate?
    public var clinic: Clinic?
    public var patient: Person?
    public var clinician: Clinician?
    public var intro: String?
    public var sections: [Section]
    public var tracker: Tracker?
    public var notes: String?

    public init(title: String, language: String = "en", paper: Paper? = nil, date: PlanDate? = nil, clinic: Clinic? = nil,
                patient: Person? = nil, clinician: Clinician? = nil, intro: String? = nil, sections: [Section],
                tracker: Tracker? = nil, notes: String? = nil) {
        self.title = title; self.language = language; self.paper = paper; self.date = date; self.clinic = clinic
        self.patient = patient; self.clinician = clinician; self.intro = intro; self.sections = sections
        self.tracker = tracker; self.notes = notes
    }
}

/// The kinds of plan the format knows.
public enum PlanKind: String, CaseIterable, Hashable, Sendable {
    case takeHome = "take-home"
    case raceWeek = "race-week"
}

/// A decoded plan of any kind.
public enum Plan: Hashable, Sendable {
    case takeHome(TakeHomePlan)
    case raceWeek(RaceWeekPlan)

    /// The plan's title.
    public var title: String {
        switch self {
        case .takeHome(let p): return p.title
        case .raceWeek(let p): return p.title
        }
    }

    /// The language the plan is printed in, a BCP-47 tag.
    public var language: String {
        switch self {
        case .takeHome(let p): return p.language
        case .raceWeek(let p): return p.language
        }
    }
}
