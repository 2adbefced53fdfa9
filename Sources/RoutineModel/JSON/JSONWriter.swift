/// Writes a `JSONNode` as indented JSON text, keeping object members in order.
public enum JSONWriter {
    /// The node as text, two spaces per level; short arrays of scalars and small objects stay on one line.
    public static func text(_ node: JSONNode) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        return out + "\n"
    }

    /// The node on one line, for JSON Lines (one record per line).
    public static func line(_ node: JSONNode) -> String {
        switch node.value {
        case .array(let items): return "[" + items.map(line).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { quoted($0.key) + ": " + line($0.value) }.joined(separator: ", ") + "}"
        default: return scalar(node) ?? "null"
        }
    }

    private static func write(_ node: JSONNode, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch node.value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(_, let text): out += text
        case .string(let s): out += quoted(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if let inline = inline(node) { out += inline; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad + "  "
                write(item, indent: indent + 1, into: &out)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += pad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            if let inline = inline(node) { out += inline; return }
            out += "{\n"
            for (i, m) in members.enumerated() {
                out += pad + "  " + quoted(m.key) + ": "
                write(m.value, indent: indent + 1, into: &out)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    /// A one-line form for nodes holding only scalars, when it is short.
    private static func inline(_ node: JSONNode) -> String? {
        var parts: [String] = []
        switch node.value {
        case .array(let items):
            for i in items { guard let s = scalar(i) else { return nil }; parts.append(s) }
            let text = "[" + parts.joined(separator: ", ") + "]"
            return text.count <= 100 ? text : nil
        case .object(let members):
            for m in members { guard let s = scalar(m.value) else { return nil }; parts.append(quoted(m.key) + ": " + s) }
            let text = "{ " + parts.joined(separator: ", ") + " }"
            return text.count <= 100 ? text : nil
        default: return nil
        }
    }

    private static func scalar(_ node: JSONNode) -> String? {
        switch node.value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(_, let text): return text
        case .string(let s): return quoted(s)
        default: return nil
        }
    }

    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

extension JSONNode {
    /// A node built in code (no place in a file).
    public static func make(_ value: Value) -> JSONNode { JSONNode(value: value, location: .start) }
    public static func string(_ s: String) -> JSONNode { make(.string(s)) }
    /// A string, or null.
    public static func string(_ s: String?) -> JSONNode { s.map { make(.string($0)) } ?? null }
    public static func int(_ n: Int) -> JSONNode { make(.number(Double(n), text: String(n))) }
    public static func bool(_ b: Bool) -> JSONNode { make(.bool(b)) }
    public static var null: JSONNode { make(.null) }
    public static func array(_ items: [JSONNode]) -> JSONNode { make(.array(items)) }
    /// An object in the order given; members whose value is nil are left out (write `.null` to keep one).
    public static func object(_ pairs: [(String, JSONNode?)]) -> JSONNode {
        make(.object(pairs.compactMap { k, v in v.map { JSONNode.Member(key: k, keyLocation: .start, value: $0) } }))
    }
}
