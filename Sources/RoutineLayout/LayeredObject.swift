import Foundation
import PageGraphics
import RoutineModel

/// One layout file as JSON, with the sink its own problems go to.
final class LayoutLayer {
    let file: String
    let root: JSONNode
    let sink = DiagnosticSink()
    init(file: String, root: JSONNode) { self.file = file; self.root = root }
}

/// An object of a layout seen through the files that extend one another, most specific first:
/// each key is read from the first file that has it, and each problem is reported in the file,
/// line and column it is in.
struct LayeredObject {
    let path: JSONPath
    /// This object in each file that has it, most specific first, with its file's layer (never empty).
    let parts: [(layer: LayoutLayer, node: JSONNode)]

    /// The object at the root of every layer, each checked against `allowed` keys.
    init(layers: [LayoutLayer], allowed: [String]) {
        path = .root
        parts = layers.map { ($0, $0.root) }
        for (layer, node) in parts { _ = ObjectReader(node, at: path, sink: layer.sink, allowed: allowed, what: "a layout") }
    }

    private init(path: JSONPath, parts: [(layer: LayoutLayer, node: JSONNode)]) {
        self.path = path; self.parts = parts
    }

    /// The members of `node` when it is an object.
    private static func members(_ node: JSONNode) -> [JSONNode.Member] {
        if case .object(let list) = node.value { return list }
        return []
    }

    /// The keys of one file's object.
    static func memberKeys(_ node: JSONNode) -> [String] { members(node).map(\.key) }

    /// The most specific value of `key`, with the layer it is in.
    func value(_ key: String) -> (layer: LayoutLayer, node: JSONNode)? {
        for (layer, node) in parts {
            if let m = Self.members(node).first(where: { $0.key == key }) { return (layer, m.value) }
        }
        return nil
    }

    /// Every key any layer gives, in the order the base file lists them, then the additions.
    var keys: [String] {
        var seen: [String] = []
        for (_, node) in parts.reversed() { for m in Self.members(node) where !seen.contains(m.key) { seen.append(m.key) } }
        return seen
    }

    /// A key no file gives is reported in the least specific file that has this object (the
    /// one that starts it), at the object.
    func missing(_ key: String, _ what: String) {
        let (layer, node) = parts[parts.count - 1]
        layer.sink.error("missing-key", path.appending(key), node.location, "missing \(what) (\"\(key)\")")
    }

    /// A nested object, merged key by key across the layers; unknown keys (when `allowed` is
    /// given) are reported in each file.
    func object(_ key: String, allowed: [String]?, what: String) -> LayeredObject? {
        var found: [(layer: LayoutLayer, node: JSONNode)] = []
        for (layer, node) in parts {
            guard let m = Self.members(node).first(where: { $0.key == key }) else { continue }
            guard case .object = m.value.value else {
                layer.sink.error("wrong-type", path.appending(key), m.value.location, "expected \(what) (an object), found \(m.value.typeName)")
                return nil
            }
            _ = ObjectReader(m.value, at: path.appending(key), sink: layer.sink, allowed: allowed ?? (m.value.value.objectKeys ?? []), what: what)
            found.append((layer, m.value))
        }
        guard !found.isEmpty else { missing(key, what); return nil }
        return LayeredObject(path: path.appending(key), parts: found)
    }

    /// A number in points (or plain) within `range`.
    func number(_ key: String, in range: ClosedRange<Double>, unit: String = "pt") -> Double? {
        guard let (layer, v) = value(key) else { missing(key, "a number"); return nil }
        guard case .number(let d, let text) = v.value else {
            layer.sink.error("wrong-type", path.appending(key), v.location, "expected a number, found \(v.typeName)")
            return nil
        }
        guard range.contains(d) else {
            layer.sink.error("out-of-range", path.appending(key), v.location, "\(text) \(unit) is out of range",
                             hint: "use \(ObjectReader.shown(range.lowerBound)) to \(ObjectReader.shown(range.upperBound)) \(unit)")
            return nil
        }
        return d
    }

    func points(_ key: String, in range: ClosedRange<Double>) -> Points? { number(key, in: range).map { Points($0) } }

    /// Every key of `ranges` in points, each problem reported (not only the first); nil if any failed.
    func points(_ ranges: KeyValuePairs<String, ClosedRange<Double>>) -> [String: Points]? {
        var out: [String: Points] = [:]
        var failed = false
        for (key, range) in ranges {
            if let p = points(key, in: range) { out[key] = p } else { failed = true }
        }
        return failed ? nil : out
    }

    /// A whole number within `range`.
    func int(_ key: String, in range: ClosedRange<Int>, unit: String) -> Int? {
        guard let d = number(key, in: Double(range.lowerBound)...Double(range.upperBound), unit: unit) else { return nil }
        guard d == d.rounded() else { problem(key, "not-whole", "expected a whole number of \(unit)"); return nil }
        return Int(d)
    }

    /// A string that is not empty.
    func string(_ key: String, required: Bool = true, what: String) -> String? {
        guard let (layer, v) = value(key) else { if required { missing(key, what) }; return nil }
        guard case .string(let s) = v.value, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
            layer.sink.error("wrong-type", path.appending(key), v.location, "expected \(what) (text), found \(v.typeName)")
            return nil
        }
        return s
    }

    /// A true or false.
    func bool(_ key: String) -> Bool? {
        guard let (layer, v) = value(key) else { return nil }
        guard case .bool(let b) = v.value else {
            layer.sink.error("wrong-type", path.appending(key), v.location, "expected true or false, found \(v.typeName)")
            return nil
        }
        return b
    }

    /// One of a fixed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, what: String) -> T? where T.RawValue == String {
        guard let (layer, v) = value(key) else { return nil }
        let names = T.allCases.map(\.rawValue)
        guard case .string(let s) = v.value else {
            layer.sink.error("wrong-type", path.appending(key), v.location, "expected \(what) (a string), found \(v.typeName)", hint: "one of: " + names.joined(separator: ", "))
            return nil
        }
        if let t = T(rawValue: s) { return t }
        layer.sink.error("unknown-value", path.appending(key), v.location, "unknown \(what) \"\(ObjectReader.shown(s))\"",
                         hint: Suggestion.hint(for: s, in: names) ?? "one of: " + names.joined(separator: ", "))
        return nil
    }

    /// An array of strings, taken whole from the most specific file that has it.
    func strings(_ key: String, what: String, count: ClosedRange<Int>) -> [(String, SourceLocation)]? {
        guard let (layer, v) = value(key) else { missing(key, what); return nil }
        guard case .array(let list) = v.value else {
            layer.sink.error("wrong-type", path.appending(key), v.location, "expected \(what) (an array), found \(v.typeName)")
            return nil
        }
        guard count.contains(list.count) else {
            layer.sink.error("out-of-range", path.appending(key), v.location, "\(list.count) entries; use \(count.lowerBound) to \(count.upperBound)")
            return nil
        }
        var out: [(String, SourceLocation)] = []
        for (i, e) in list.enumerated() {
            guard case .string(let s) = e.value else {
                layer.sink.error("wrong-type", path.appending(key).appending(i), e.location, "expected text, found \(e.typeName)")
                return nil
            }
            out.append((s, e.location))
        }
        return out
    }

    /// Reports a problem with the most specific value of `key`.
    func problem(_ key: String, _ code: String, _ message: String, hint: String? = nil) {
        if let (layer, v) = value(key) { layer.sink.error(code, path.appending(key), v.location, message, hint: hint) } else { missing(key, "a value") }
    }

}
