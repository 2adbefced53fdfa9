/// A race-week plan with its gaps filled and every exercise looked up: what layout works from.
public struct RaceWeek: Hashable, Sendable {
    public var plan: RaceWeekPlan
    public var routines: [ResolvedRoutine]
    public var logo: Logo?

    public init(plan: RaceWeekPlan, routines: [ResolvedRoutine], logo: Logo? = nil) {
        self.plan = plan; self.routines = routines; self.logo = logo
    }

    /// The routine with this name.
    public func routine(_ name: String) -> ResolvedRoutine? { routines.first { $0.name == name } }
}

/// A named routine with its exercises looked up, numbered from 1 within the routine.
public struct ResolvedRoutine: Hashable, Sendable {
    public var name: String
    public var title: String
    public var items: [RoutineItem]
    /// When it is done (given, or read from its name and title).
    public var timing: RoutineTiming
    public init(name: String, title: String, items: [RoutineItem], timing: RoutineTiming? = nil) {
        self.name = name; self.title = title; self.items = items; self.timing = RoutineTiming.of(timing, name: name, title: title)
    }
}
