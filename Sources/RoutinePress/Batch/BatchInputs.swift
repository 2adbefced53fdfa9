import Foundation

/// Turns the command line's inputs into plans one at a time: plan files, folders of plan files,
/// JSON Lines files (one plan a line) and `-` for JSON Lines on standard input.
final class BatchInputs {
    private var pending: [String]
    private var expanded: [String] = []
    private var lines: (reader: LineReader, file: String, stem: String, number: Int, base: URL)?
    private var index = 0
    private let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    /// Whether the plan at a position is rendered by this run; a plan file that is not is never read.
    private let wanted: (Int) -> Bool

    init(_ arguments: [String], wanted: @escaping (Int) -> Bool = { _ in true }) { pending = arguments; self.wanted = wanted }

    /// Whether an input is read as JSON Lines.
    static func isJSONLines(_ path: String) -> Bool { path == "-" || path.lowercased().hasSuffix(".jsonl") }

    /// The next plan, or nil when every input is done.
    func next() -> BatchJob? {
        while true {
            if var l = lines {
                guard let line = l.reader.next() else { lines = nil; continue }
                l.number += 1
                lines = l
                let source = BatchSource(file: l.file, line: l.number, baseDirectory: l.base, fallbackName: "\(l.stem)-\(l.number)")
                switch line {
                case .tooLong: return job(source, .failure(.inputUnreadable(file: source.displayName, reason: "the line is longer than 8 MB")))
                case .text(let bytes):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue } // blank lines separate nothing
                    return job(source, .success(bytes))
                }
            }
            let path: String
            if !expanded.isEmpty { path = expanded.removeFirst() } else if !pending.isEmpty { path = pending.removeFirst() } else { return nil }
            if path == "-" {
                lines = (LineReader(standardInput: ()), "-", "stdin", 0, cwd)
                continue
            }
            let url = URL(fileURLWithPath: path, relativeTo: cwd)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                return job(source(path, url), .failure(.inputUnreadable(file: path, reason: "no such file or folder")))
            }
            if isDir.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                    .filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                expanded = names.map { (path as NSString).appendingPathComponent($0) } + expanded
                continue
            }
            if Self.isJSONLines(path) {
                guard let reader = LineReader(path: url.path) else {
                    return job(source(path, url), .failure(.inputUnreadable(file: path, reason: "permission denied")))
                }
                lines = (reader, path, url.deletingPathExtension().lastPathComponent, 0, url.deletingLastPathComponent())
                continue
            }
            if !wanted(index) { return job(source(path, url), .success([])) }
            do { return job(source(path, url), .success(try PlanFile.read(url, name: path))) } catch { return job(source(path, url), .failure(error)) }
        }
    }

    private func source(_ path: String, _ url: URL) -> BatchSource {
        BatchSource(file: path, line: nil, baseDirectory: url.deletingLastPathComponent(), fallbackName: url.deletingPathExtension().lastPathComponent)
    }

    private func job(_ source: BatchSource, _ input: Result<[UInt8], RoutinePressError>) -> BatchJob {
        defer { index += 1 }
        return BatchJob(index: index, source: source, input: input)
    }
}
