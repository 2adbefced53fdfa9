/// A plan with every exercise looked up and every dose settled: what layout works from.
public struct Routine: Hashable, Sendable {
    public var plan: TakeHomePlan
    public var sections: [RoutineSection]
    /// The clinic's logo, checked to be a PNG that can be decoded safely.
    public var logo: Logo?

    public init(plan: TakeHomePlan, sections: [RoutineSection], logo: Logo? = nil) {
        self.plan = plan; self.sections = sections; self.logo = logo
    }

    /// Every item in plan order.
    public var items: [RoutineItem] { sections.flatMap(\.items) }
}

/// A section of a resolved routine.
public struct RoutineSection: Hashable, Sendable {
    public var title: String
    public var when: String?
    public var items: [RoutineItem]
    public init(title: String, when: String?, items: [RoutineItem]) { self.title = title; self.when = when; self.items = items }
}

/// An exercise's name and cue in a bilingual sheet's second language.
public struct SecondWords: Hashable, Sendable {
    public var name: String
    public var cue: String?
    public init(name: String, cue: String?) { self.name = name; self.cue = cue }
}

/// One exercise to do, with the dose and cue to print.
public struct RoutineItem: Hashable, Sendable {
    public var exercise: Exercise
    public var dose: Dose
    public var cue: String?
    /// The video its card links to: the plan's, else the catalog's.
    public var video: WebAddress?
    /// A bilingual sheet's words for the exercise in its second language: the catalog's name,
    /// and its cue unless the clinician wrote their own.
    public var second: SecondWords?
    /// The item's position in the whole routine, from 1.
    public var number: Int
    public var origin: Origin

    public init(exercise: Exercise, dose: Dose, cue: String?, number: Int, origin: Origin = .unknown) {
        self.exercise = exercise; self.dose = dose; self.cue = cue; self.number = number; self.origin = origin
    }
}
