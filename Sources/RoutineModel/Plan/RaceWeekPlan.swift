/// A race-week plan: the days counted down to a race, each with its run, routines and checklist.
public struct RaceWeekPlan: Hashable, Sendable {
    /// An identifier for batch output names.
    public var id: String?
    /// Empty until completed, when the plan gives none: "Race week: " and the race's name in the plan's language.
    public var title: String
    public var language: String
    /// A bilingual sheet's second language, printed below the first, smaller (a carer's language).
    public var secondLanguage: String?
    /// Where the plan named its languages (`language`, or `languages[0]` and `languages[1]`).
    public var languageOrigins: [Origin] = []
    public var paper: Paper?
    /// The plan's date (the PDF's creation date); the first day's when absent.
    public var date: PlanDate?
    public var clinic: Clinic?
    public var runner: Person?
    public var race: Race
    /// Named routines, in the order they are written.
    public var routines: [NamedRoutine]
    /// The days, in date order; empty when they are to be generated from the race.
    public var days: [RaceDay]
    public var checklists: [Checklist]
    public var notes: String?

    public init(title: String, language: String = "en", paper: Paper? = nil, date: PlanDate? = nil, clinic: Clinic? = nil,
                runner: Person? = nil, race: Race, routines: [NamedRoutine], days: [RaceDay], checklists: [Checklist], notes: String? = nil) {
        self.title = title; self.language = language; self.paper = paper; self.date = date; self.clinic = clinic
        self.runner = runner; self.race = race; self.routines = routines; self.days = days; self.checklists = checklists; self.notes = notes
    }
}

/// The race itself.
public struct Race: Hashable, Sendable {
    public var name: String
    public var date: PlanDate
    public var distance: RaceDistance?
    /// The start time as written, `HH:MM`.
    public var start: String?
    public init(name: String, date: PlanDate, distance: RaceDistance? = nil, start: String? = nil) {
        self.name = name; self.date = date; self.distance = distance; self.start = start
    }
}

/// The distances taper templates exist for.
public enum RaceDistance: String, CaseIterable, Hashable, Sendable {
    case fiveK = "5k", tenK = "10k", half, marathon

}

/// A routine with a name that days refer to, such as "pre-run".
public struct NamedRoutine: Hashable, Sendable {
    public var name: String
    public var title: String
    public var items: [PlanItem]
    /// When it is done, as data; nil: as its name and words say.
    public var timing: RoutineTiming?
    public var origin: Origin
    public init(name: String, title: String, items: [PlanItem], timing: RoutineTiming? = nil, origin: Origin = .unknown) {
        self.name = name; self.title = title; self.items = items; self.timing = timing; self.origin = origin
    }
}

/// One day of the countdown.
public struct RaceDay: Hashable, Sendable {
    public var date: PlanDate
    public var run: String
    public var routines: [String]
    public var checklist: [String]
    public var origin: Origin
    public init(date: PlanDate, run: String, routines: [String], checklist: [String] = [], origin: Origin = .unknown) {
        self.date = date; self.run = run; self.routines = routines; self.checklist = checklist; self.origin = origin
    }
}

/// A titled list of things to tick off.
public struct Checklist: Hashable, Sendable {
    public var title: String
    public var items: [String]
    public init(title: String, items: [String]) { self.title = title; self.items = items }
}
