/// A group of exercises done together, such as "Foam rolling — before or after your run".
public struct Section: Hashable, Sendable {
    public var title: String
    /// When to do it, in words.
    public var when: String?
    public var items: [PlanItem]
    /// When it is done, as data; nil: as its words say.
    public var timing: RoutineTiming?
    public var origin: Origin
    public init(title: String, when: String? = nil, items: [PlanItem], timing: RoutineTiming? = nil, origin: Origin = .unknown) {
        self.title = title; self.when = when; self.items = items; self.timing = timing; self.origin = origin
    }
}

/// The tick-box grid: one row per exercise, one column per listed day, for some weeks.
public struct Tracker: Hashable, Sendable {
    public var weeks: Int
    public var days: [Weekday]
    public init(weeks: Int, days: [Weekday]) { self.weeks = weeks; self.days = days }
}
