/// Safe, distinct output names: nothing leaves the output folder, and no two plans share a file.
struct OutputNames {
    private var taken = Set<String>()
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
        var name = base
        var n = 1
        while taken.contains(name.lowercased()) {
            n += 1
            name = "\(base)-\(n)"
        }
        taken.insert(name.lowercased())
        return name
    }
}

import Foundation
