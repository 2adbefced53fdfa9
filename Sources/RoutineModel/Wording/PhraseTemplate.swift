/// A phrase cut into its text and its places ("Hold {time}" is "Hold " and the place `time`),
/// each place knowing whether a unit word follows it (" times"), to keep a number with its unit.
struct PhraseTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case place(String, unitFollows: Bool)
    }
    let single: [Part]
    let one: [Part]?

    init(_ phrase: Phrase, units: Set<String>) {
        switch phrase {
        case .text(let t): single = Self.cut(t, units: units); one = nil
        case .plural(let singular, let other): single = Self.cut(other, units: units); one = Self.cut(singular, units: units)
        }
    }

    /// The parts for the number `n` under the language's rule.
    func parts(for n: Int?, one numbers: Set<Int>) -> [Part] {
        if let one, let n, numbers.contains(n) { return one }
        return single
    }

    static func cut(_ template: String, units: Set<String>) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(template)
        var text = ""
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            if !text.isEmpty { parts.append(.text(text)); text = "" }
            let name = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            let unitFollows = rest.first == " " && units.contains(Wording.word(at: rest.dropFirst()))
            parts.append(.place(name, unitFollows: unitFollows))
        }
        text += rest
        if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
        return parts
    }
}
