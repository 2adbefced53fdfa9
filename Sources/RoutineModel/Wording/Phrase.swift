/// One entry of a strings file: a text, or a text for "one" and one for every other number.
public enum Phrase: Hashable, Sendable {
    case text(String)
    case plural(one: String, other: String)

    /// The text for the number `n` under a language's rule (`one` holds the numbers that take the singular).
    public func text(for n: Int?, one: Set<Int>) -> String {
        switch self {
        case .text(let s): return s
        case .plural(let singular, let other): return n.map(one.contains) == true ? singular : other
        }
    }

    /// The names between braces, such as `name` in "For {name}", in every form.
    public var placeholders: Set<String> {
        switch self {
        case .text(let s): return Self.placeholders(in: s)
        case .plural(let a, let b): return Self.placeholders(in: a).union(Self.placeholders(in: b))
        }
    }

    /// Whether this entry has a form per number.
    public var isPlural: Bool { if case .plural = self { return true } else { return false } }

    static func placeholders(in s: String) -> Set<String> {
        var out: Set<String> = []
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }
}
