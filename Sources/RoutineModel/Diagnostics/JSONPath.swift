/// Where a value sits inside a JSON document, written like `sections[2].items[4].hold`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// One step down into an object key or an array index.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]
    public init(_ components: [Component] = []) { self.components = components }

    public static let root = JSONPath()

    /// The path one key deeper.
    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    /// The path one array element deeper.
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// `$` for the document itself, else keys joined by dots with `[i]` for indices.
    public var description: String {
        if components.isEmpty { return "$" }
        var s = ""
        for c in components {
            switch c {
            case .key(let k):
                let plain = !k.isEmpty && k.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if plain { s += s.isEmpty ? k : "." + k } else { s += "[\"\(k.replacingOccurrences(of: "\"", with: "\\\""))\"]" }
            case .index(let i): s += "[\(i)]"
            }
        }
        return s
    }
}
