import Foundation

/// Safe, distinct output names: nothing leaves the output folder, and no two plans share a file.
///
/// A batch of any length keeps 8 bytes per name given out (a digest of it without case, the
/// same on every machine), not the name itself; two names whose digests agree are told apart as
/// if they clashed (`-2`), which for a million names happens about once in 40 million batches.
struct OutputNames {
    private var taken = Set<UInt64>()
    /// For a name claimed more than once: the suffix to try next (every lower one is taken).
    private var nextSuffix: [UInt64: Int] = [:]
    /// The longest name kept, in characters.
    static let maximumLength = 100

    /// A file-name-safe form of `raw`: letters and digits of any script, `-`, `_` and `.` inside.
    static func sanitized(_ raw: String) -> String {
        var out = ""
        for ch in raw.precomposedStringWithCanonicalMapping {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" || ch == "." { out.append(ch) } else if out.last != "-" { out.append("-") }
            if out.count >= maximumLength { break }
        }
        while let first = out.first, first == "." || first == "-" { out.removeFirst() }
        while let last = out.last, last == "." || last == "-" { out.removeLast() }
        return out.isEmpty ? "plan" : out
    }

    /// A name not given out before, adding `-2`, `-3`... on a clash (compared without case).
    mutating func claim(_ raw: String) -> String {
        let base = Self.sanitized(raw)
        let baseKey = Self.digest(base)
        guard taken.contains(baseKey) else {
            taken.insert(baseKey)
            return base
        }
        var n = nextSuffix[baseKey] ?? 2
        var name = "\(base)-\(n)"
        var key = Self.digest(name)
        while taken.contains(key) {
            n += 1
            name = "\(base)-\(n)"
            key = Self.digest(name)
        }
        taken.insert(key)
        nextSuffix[baseKey] = n + 1
        return name
    }

    /// FNV-1a over the name's lowercased UTF-8: fixed, so every shard and machine agrees.
    static func digest(_ name: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.lowercased().utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }
}
