/// Puts what the model holds (numbers, dates, ids) into the words of one language, from its
/// strings file: "Hold 30 s · 2 times · each side", "6 de diciembre de 2026".
public struct Wording: Hashable, Sendable {
    public let strings: LanguageStrings
    /// U+2060 WORD JOINER: forbids a line break beside it.
    static let joiner = "\u{2060}"
    /// The figure views alternative texts name.
    public static let figureViews = ["front", "back"]

    /// Each phrase cut once into its text and places, so that filling one is cheap.
    private let templates: [String: PhraseTemplate]

    public init(_ strings: LanguageStrings) {
        self.strings = strings
        templates = strings.phrases.mapValues { PhraseTemplate($0, units: strings.units) }
    }

    public static func == (a: Wording, b: Wording) -> Bool { a.strings == b.strings }
    public func hash(into h: inout Hasher) { h.combine(strings) }

    /// The language's code ("es").
    public var language: String { strings.language }

    /// The language text is shaped and broken in; nil before a language is chosen.
    public var pangoLanguage: String? { strings.language.isEmpty ? nil : strings.language }

    /// The phrase for `key` with its places filled: `wording(.headerFor, ["name": "Ana"])`.
    public func callAsFunction(_ key: WordKey, _ values: [String: String] = [:]) -> String { fill(key.rawValue, values, count: nil) }

    /// A phrase by number, `{n}` filled: "1 time", "2 times".
    public func count(_ key: WordKey, _ n: Int, _ values: [String: String] = [:]) -> String {
        var v = values
        v["n"] = String(n)
        return fill(key.rawValue, v, count: n)
    }

    /// The phrase of a family key ("region.calves"); the key itself when the file lacks it.
    public func named(_ key: String) -> String { fill(key, [:], count: nil) }

    /// Fills the places of the phrase under `key`; a number and a unit word after it are kept
    /// on one line (a word joiner after the space between them).
    func fill(_ key: String, _ values: [String: String], count: Int?) -> String {
        guard let template = templates[key] else { return key }
        let parts = template.parts(for: count, one: strings.pluralOne)
        if parts.count == 1, case .text(let t) = parts[0] { return t }
        var out = ""
        var joinNext = false
        for part in parts {
            switch part {
            case .text(let t):
                if joinNext { out += " " + Self.joiner; out += t.dropFirst() } else { out += t }
                joinNext = false
            case .place(let name, let unitFollows):
                if let value = values[name] {
                    out += value
                    joinNext = unitFollows && value.last?.isNumber == true
                } else {
                    out += "{" + name + "}"
                    joinNext = false
                }
            }
        }
        return out
    }

    /// The word at the start of `s`, lower-cased, up to a space or punctuation.
    static func word(at s: Substring) -> String {
        String(s.prefix { !" ,.;:)!?\n{".contains($0) }).lowercased()
    }

    // MARK: Lists

    /// "a", "a and b", "a, b and c" (in Spanish "a, b y c", and "e" before "i").
    public func list(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        guard words.count > 1 else { return last }
        let lower = last.lowercased()
        let and = strings.andBefore.filter { lower.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }?.value ?? self(.listAnd)
        return words.dropLast().joined(separator: self(.listComma)) + and + last
    }

    // MARK: Dates

    /// "29 November 2026", "29 de noviembre de 2026".
    public func longDate(_ d: PlanDate) -> String { date(.dateLong, d) }
    /// "Mon 30 Nov", for narrow columns.
    public func shortDate(_ d: PlanDate) -> String { date(.dateShort, d) }
    /// "Sunday 6 December 2026".
    public func fullDate(_ d: PlanDate) -> String { date(.dateFull, d) }

    private func date(_ key: WordKey, _ d: PlanDate) -> String {
        let w = d.weekday.index
        return self(key, ["day": String(d.day), "month": Self.pick(strings.months, d.month - 1), "monthShort": Self.pick(strings.monthsShort, d.month - 1),
                          "year": String(d.year), "weekday": Self.pick(strings.weekdays, w), "weekdayShort": Self.pick(strings.weekdaysShort, w)])
    }

    /// "Mon", for column heads.
    public func shortName(_ day: Weekday) -> String { Self.pick(strings.weekdaysShort, day.index) }
    /// "M", for the narrowest columns.
    public func narrowName(_ day: Weekday) -> String { Self.pick(strings.weekdaysNarrow, day.index) }
    /// "Monday".
    public func longName(_ day: Weekday) -> String { Self.pick(strings.weekdays, day.index) }

    /// A name from a list the strings file gives (checked to be complete when read); the position when it is not there.
    static func pick(_ names: [String], _ i: Int) -> String { names.indices.contains(i) ? names[i] : String(i + 1) }

    // MARK: Vocabulary

    /// "Hip flexors".
    public func name(_ region: Region) -> String { named("region." + region.rawValue) }
    /// "Half marathon".
    public func name(_ distance: RaceDistance) -> String { named("distance." + distance.rawValue) }
    /// "Static stretch"; "Exercise" for none.
    public func name(_ kind: ExerciseKind?) -> String { named("kind." + (kind?.rawValue ?? "none")) }

    // MARK: Doses

    /// The dose as one short line, parts joined by a middle dot; nil when there is nothing to say.
    public func doseLine(_ dose: Dose) -> String? {
        let parts = doseParts(dose)
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The separate phrases of a dose, most important first.
    public func doseParts(_ dose: Dose) -> [String] {
        var parts: [String] = []
        if let hold = dose.hold { parts.append(self(.doseHold, ["time": duration(hold)])) }
        if let roll = dose.duration { parts.append(self(.doseRoll, ["time": duration(roll)])) }
        if let passes = dose.passes { parts.append(count(.dosePasses, passes)) }
        if let reps = dose.reps { parts.append(count(.doseTimes, reps)) }
        if let sets = dose.sets { parts.append(count(dose.hold != nil ? .doseTimes : .doseRounds, sets)) }
        switch dose.side {
        case .each?: parts.append(self(.doseEachSide))
        case .left?: parts.append(self(.doseLeftOnly))
        case .right?: parts.append(self(.doseRightOnly))
        case .both?: parts.append(self(.doseBothSides))
        case nil: break
        }
        return parts
    }

    /// Seconds as "30 s", or "2 min" / "1 min 30 s" from a minute up.
    public func duration(_ s: Int) -> String {
        if s < 60 { return self(.timeSeconds, ["s": String(s)]) }
        if s % 60 == 0 { return self(.timeMinutes, ["m": String(s / 60)]) }
        return self(.timeMinutesSeconds, ["m": String(s / 60), "s": String(s % 60)])
    }
}

extension Weekday {
    /// Monday is 0.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }
}
