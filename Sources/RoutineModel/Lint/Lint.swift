import Foundation

/// Evidence-based checks of a routine, from the seed article and adherence research. Each finding
/// is a warning (an error with `--strict`) that says the rule behind it in plain words.
public enum Lint {
    /// The most exercises a take-home sheet should hold before adherence drops.
    public static let maximumExercises = 12
    /// The static-hold range the evidence supports, in seconds.
    public static let holdRange = 20...60

    /// Findings for a take-home sheet.
    public static func check(_ routine: Routine, file: String? = nil) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let items = routine.items
        if items.count > maximumExercises {
            out.append(warning("too-many-exercises", JSONPath.root.appending("sections"), nil,
                               "the sheet has \(items.count) exercises; people do fewer of them when a sheet holds more than \(maximumExercises)",
                               hint: "keep the ones that matter most, or split them over two sheets"))
        }
        for (section, plan) in zip(routine.sections, routine.plan.sections) {
            let beforeRun = RoutineTiming.of(plan.timing, title: section.title, when: section.when).isBeforeRun
            for item in section.items {
                out += checkItem(item, beforeRun: beforeRun, place: "section \"\(plan.title)\"")
            }
        }
        out += checkOrder(items, scope: "the sheet")
        return sorted(out).map { $0.inFile(file) }
    }

    /// Findings for a race week.
    public static func check(_ week: RaceWeek, file: String? = nil) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for r in week.routines {
            let beforeRun = r.timing.isBeforeRun
            for item in r.items { out += checkItem(item, beforeRun: beforeRun, place: "routine \"\(r.name)\"") }
            out += checkOrder(r.items, scope: "the routine \"\(r.name)\"")
        }
        return sorted(out).map { $0.inFile(file) }
    }

    /// Findings in the order of the file (those without a place first).
    static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.enumerated().sorted { a, b in
            let la = a.element.location ?? SourceLocation(line: 0, column: 0), lb = b.element.location ?? SourceLocation(line: 0, column: 0)
            return la == lb ? a.offset < b.offset : la < lb
        }.map(\.element)
    }

    static func checkItem(_ item: RoutineItem, beforeRun: Bool, place: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let e = item.exercise
        let path = item.origin.path
        if e.kind == .staticStretch && beforeRun {
            out.append(warning("static-before-run", path, item.origin.location,
                               "\"\(e.name)\" is a static stretch in \(place), which comes before the run; static holds before running can reduce power",
                               hint: "use a dynamic drill here and hold stretches after the run"))
        }
        if e.kind == .staticStretch, let hold = item.dose.hold, !holdRange.contains(hold) {
            out.append(warning("hold-range", path.appending("hold"), item.origin.location,
                               "a \(hold) s hold is outside the 20-60 s that static stretching works best with",
                               hint: hold < holdRange.lowerBound ? "hold for at least 20 s" : "hold for at most 60 s, and repeat instead"))
        }
        if rollsITBand(e) {
            out.append(warning("it-band", path, item.origin.location,
                               "\"\(e.name)\" rolls the IT band itself; the band is tendon-like tissue that does not release and rolling it hurts",
                               hint: "roll the tissue around it instead (catalog: roll-outer-thigh)"))
        }
        if item.dose.isEmpty {
            out.append(warning("no-dose", path, item.origin.location, "\"\(e.name)\" has no dose, so the sheet cannot say how long or how many",
                               hint: "add duration, passes, reps, sets or hold"))
        }
        return out
    }

    /// Whether an exercise rolls the iliotibial band directly (by its words).
    static func rollsITBand(_ e: Exercise) -> Bool {
        // Lowercase ASCII bytes with hyphens as spaces: the words are English ids and names, and
        // this runs for every item of every plan in a batch.
        var words: [UInt8] = []
        words.reserveCapacity(e.id.utf8.count + e.name.utf8.count + 1)
        for b in e.id.utf8 { words.append(folded(b)) }
        words.append(0x20)
        for b in e.name.utf8 { words.append(folded(b)) }
        func has(_ s: StaticString) -> Bool { contains(words, s) }
        let mentionsBand = has("it band") || has("itb") || has("iliotibial")
        let rolling = e.kind == .foamRolling || has("roll")
        let around = has("around") || has("outer thigh") || has("tfl")
        return mentionsBand && rolling && !around
    }

    /// An ASCII letter in lower case, and a hyphen as a space; other bytes as they are.
    private static func folded(_ b: UInt8) -> UInt8 {
        b == UInt8(ascii: "-") ? 0x20 : (b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
    }

    /// Whether `bytes` hold `word` somewhere.
    private static func contains(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard w.count <= bytes.count else { return false }
        for start in 0...(bytes.count - w.count) where bytes[start] == w[0] {
            var i = 1
            while i < w.count, bytes[start + i] == w[i] { i += 1 }
            if i == w.count { return true }
        }
        return false
    }

    /// The first place the recommended order (rolling, then drills, then static stretching) is broken.
    static func checkOrder(_ items: [RoutineItem], scope: String) -> [Diagnostic] {
        var highest: (rank: Int, item: RoutineItem)?
        for item in items {
            guard let kind = item.exercise.kind else { continue }
            if let h = highest, kind.orderRank < h.rank {
                return [warning("order", item.origin.path, item.origin.location,
                                "\"\(item.exercise.name)\" (\(kind.rawValue)) comes after \"\(h.item.exercise.name)\" (\(h.item.exercise.kind!.rawValue)) in \(scope); "
                                    + "the recommended order is foam rolling, then dynamic drills, then static stretching",
                                hint: "move it earlier")]
            }
            if highest == nil || kind.orderRank > highest!.rank { highest = (kind.orderRank, item) }
        }
        return []
    }

    static func warning(_ code: String, _ path: JSONPath, _ location: SourceLocation?, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.warning, code: code, at: path, location, message, hint: hint)
    }
}
