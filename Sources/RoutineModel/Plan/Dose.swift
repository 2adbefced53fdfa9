/// How much of an exercise to do. Every field is optional; a plan's fields override the catalog's.
public struct Dose: Hashable, Sendable {
    /// Rolling or moving time, in seconds.
    public var duration: Int?
    /// Slow passes of a roller over the area.
    public var passes: Int?
    /// Repetitions.
    public var reps: Int?
    /// Sets or rounds.
    public var sets: Int?
    /// A static hold, in seconds.
    public var hold: Int?
    public var side: Side?

    public init(duration: Int? = nil, passes: Int? = nil, reps: Int? = nil, sets: Int? = nil, hold: Int? = nil, side: Side? = nil) {
        self.duration = duration; self.passes = passes; self.reps = reps; self.sets = sets; self.hold = hold; self.side = side
    }

    /// Whether no amount is given (a side alone is not a dose).
    public var isEmpty: Bool { duration == nil && passes == nil && reps == nil && sets == nil && hold == nil }

    /// This dose where set, `base` elsewhere. A plan that gives any amount replaces the base amounts.
    public func over(_ base: Dose) -> Dose {
        if isEmpty {
            var d = base
            if let side { d.side = side }
            return d
        }
        var d = self
        if d.side == nil { d.side = base.side }
        return d
    }

    /// The JSON keys of a dose, with their limits and units.
    public static let fields: [(key: String, range: ClosedRange<Int>, unit: String)] = [
        ("duration", 5...600, "seconds"),
        ("passes", 1...100, "passes"),
        ("reps", 1...200, "repetitions"),
        ("sets", 1...20, "sets"),
        ("hold", 5...300, "seconds"),
    ]

    /// Reads the dose fields of an item or catalog entry.
    static func read(from r: ObjectReader) -> Dose {
        var d = Dose()
        d.duration = r.int("duration", in: fields[0].range, unit: fields[0].unit)
        d.passes = r.int("passes", in: fields[1].range, unit: fields[1].unit)
        d.reps = r.int("reps", in: fields[2].range, unit: fields[2].unit)
        d.sets = r.int("sets", in: fields[3].range, unit: fields[3].unit)
        d.hold = r.int("hold", in: fields[4].range, unit: fields[4].unit)
        d.side = r.choice("side", Side.self, what: "side")
        return d
    }
}
