import Foundation

/// Temporary files a killed run left in a folder (`.NAME.part-...`, as `AtomicFile` and the
/// report write them), found once and removed as the plans they belong to come up again.
struct StrayFiles {
    private let folder: String
    /// Temporary files by the file they were to become.
    private var byTarget: [String: [String]] = [:]

    init(folder: String) {
        self.folder = folder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(".") {
            guard let cut = name.range(of: ".part-", options: .backwards) else { continue }
            byTarget[String(name[name.index(after: name.startIndex)..<cut.lowerBound]), default: []].append(name)
        }
    }

    /// Removes the temporary files of the plan named `name`: `name.pdf`, or its pages `name-N.png`; returns how many.
    @discardableResult
    mutating func removeOutputs(of name: String, format: RenderOptions.Format) -> Int {
        guard format == .png else { return remove(name + ".pdf") }
        let pages = byTarget.keys.filter { key in
            key.hasPrefix(name + "-") && key.hasSuffix(".png") && key.dropFirst(name.count + 1).dropLast(4).allSatisfy(\.isNumber)
        }
        return pages.reduce(0) { $0 + remove($1) }
    }

    /// Removes the temporary files of `target`; returns how many.
    @discardableResult
    mutating func remove(_ target: String) -> Int {
        var removed = 0
        for name in byTarget.removeValue(forKey: target) ?? [] where unlink(folder + "/" + name) == 0 { removed += 1 }
        return removed
    }
}
