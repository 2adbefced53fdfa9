/// Puts a dose into the words a patient reads: "Hold 30 s · 2 times · each side".
public enum DoseWording {
    /// The dose as one short line, parts joined by a middle dot; nil when there is nothing to say.
    public static func line(_ dose: Dose) -> String? {
        let parts = parts(dose)
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The separate phrases of a dose, most important first.
    public static func parts(_ dose: Dose) -> [String] {
        var parts: [String] = []
        if let hold = dose.hold { parts.append("Hold \(seconds(hold))") }
        if let duration = dose.duration { parts.append("Roll \(seconds(duration))") }
        if let passes = dose.passes { parts.append(count(passes, "slow pass", "slow passes")) }
        if let reps = dose.reps { parts.append(count(reps, "time", "times")) }
        if let sets = dose.sets {
            if dose.hold != nil { parts.append(count(sets, "time", "times")) } else { parts.append(count(sets, "round", "rounds")) }
        }
        switch dose.side {
        case .each?: parts.append("each side")
        case .left?: parts.append("left side only")
        case .right?: parts.append("right side only")
        case .both?: parts.append("both sides")
        case nil: break
        }
        return parts
    }

    /// Seconds as "30 s", or "2 min" / "1 min 30 s" from a minute up.
    public static func seconds(_ s: Int) -> String {
        if s < 60 || s % 30 != 0 { return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s" }
        return s % 60 == 0 ? "\(s / 60) min" : "\(s / 60) min 30 s"
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
