/// When a routine is done, as data rather than words (a Spanish title says "antes de correr", not
/// "before"): lint and the race week's layout read it.
public enum RoutineTiming: String, CaseIterable, Hashable, Sendable {
    case beforeRun = "before-run"
    case afterRun = "after-run"
    case restDay = "rest-day"
    case raceMorning = "race-morning"

    /// Whether it comes before running: no static holds there.
    public var isBeforeRun: Bool { self == .beforeRun || self == .raceMorning }

    /// The timing given, or for a plan that gives none, what its English name and words say
    /// (as plans said it before timing was data): "pre-run", "warm-up", "before" without "after".
    public static func of(_ given: RoutineTiming?, name: String? = nil, title: String, when: String? = nil) -> RoutineTiming {
        if let given { return given }
        switch name {
        case "pre-run"?: return .beforeRun
        case "race-morning"?: return .raceMorning
        case "rest-day"?: return .restDay
        default: break
        }
        let words = (title + " " + (when ?? "")).lowercased()
        let before = words.contains("before") || words.contains("warm-up") || words.contains("warm up") || words.contains("pre-run")
        let after = words.contains("after") || words.contains("bed") || words.contains("post-run") || words.contains("cool")
        return before && !after ? .beforeRun : .afterRun
    }
}
