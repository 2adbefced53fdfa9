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
    public init(name: String, title: String, items: [RoutineItem]) { self.name = name; self.title = title; self.items = items }
}
