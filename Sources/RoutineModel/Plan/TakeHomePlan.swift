/// A take-home sheet: the exercises a clinician gives a patient, with a tracker to tick.
public struct TakeHomePlan: Hashable, Sendable {
    /// An identifier for batch output names.
    public var id: String?
    public var title: String
    public var language: String
    /// A bilingual sheet's second language, printed below the first, smaller (a carer's language).
    public var secondLanguage: String?
    /// Where the plan named its languages (`language`, or `languages[0]` and `languages[1]`).
    public var languageOrigins: [Origin] = []
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

    /// Where the plan named its first (0) or second (1) language.
    public func languageOrigin(_ index: Int) -> Origin {
        let origins: [Origin]
        switch self {
        case .takeHome(let p): origins = p.languageOrigins
        case .raceWeek(let p): origins = p.languageOrigins
        }
        return index < origins.count ? origins[index] : Origin(path: index == 0 ? JSONPath.root.appending("language") : JSONPath.root.appending("languages").appending(index), location: nil)
    }

    /// A bilingual plan's second language.
    public var secondLanguage: String? {
        switch self {
        case .takeHome(let p): return p.secondLanguage
        case .raceWeek(let p): return p.secondLanguage
        }
    }
}
