/// Writes a complete race-week plan from a race: taper runs for the distance, the default
/// routines in the recommended order, and the default checklists.
public struct RaceWeekGenerator {
    public var defaults: RaceWeekDefaults
    /// The words of the plan's language, for the title it gives a plan without one.
    public var wording: Wording
    public init(defaults: RaceWeekDefaults, wording: Wording) { self.defaults = defaults; self.wording = wording }

    /// A plan for `race`, counting `days` days down to race day.
    public func plan(race: Race, runner: String?, clinicName: String?, days: Int, paper: Paper? = nil) -> RaceWeekPlan {
        RaceWeekPlan(title: title(race.name), language: wording.language, paper: paper, date: race.date.adding(days: -(days - 1)),
                     clinic: clinicName.map { Clinic(name: $0) }, runner: runner.map(Person.init), race: race,
                     routines: defaults.routines, days: defaults.days(for: race, count: days), checklists: defaults.checklists)
    }

    /// Fills in what a plan leaves out: days from the taper, the default routines and checklists.
    public func completed(_ plan: RaceWeekPlan, days count: Int = 7) -> RaceWeekPlan {
        var p = plan
        if p.title.isEmpty { p.title = title(p.race.name) }
        if p.routines.isEmpty { p.routines = defaults.routines }
        if p.days.isEmpty {
            p.days = defaults.days(for: p.race, count: count)
            // Generated days name default routines; add those the plan does not define itself.
            let needed = Set(p.days.flatMap(\.routines))
            for r in defaults.routines where needed.contains(r.name) && !p.routines.contains(where: { $0.name == r.name }) {
                p.routines.append(r)
            }
        }
        if p.checklists.isEmpty { p.checklists = defaults.checklists }
        return p
    }

    /// "Race week: " and the race's name, cut with an ellipsis to fit a title (a name may fill one alone).
    func title(_ name: String) -> String {
        let full = wording(.raceTitle, ["name": name])
        let limit = TextLimit.short.rawValue  // counted in Unicode scalars, as the plan reader counts
        guard full.unicodeScalars.count > limit else { return full }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: full.unicodeScalars.prefix(limit - 1))
        return String(cut) + "…"
    }
}
