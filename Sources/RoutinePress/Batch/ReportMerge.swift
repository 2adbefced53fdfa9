import Foundation
import RoutineModel

/// Joins the reports of a sharded batch into the report one whole run writes: every record once,
/// in input order; a plan in two reports, or a position in none, is an error that names them.
public enum ReportMerge {
    /// What the merge found.
    public struct Outcome: Sendable, Hashable {
        public var records = 0
        public var failed = 0
    }

    /// Reads `reports`, writes the merged report to `destination` (atomically); nothing is written on an error.
    public static func merge(_ reports: [String], into destination: String) throws(RoutinePressError) -> Outcome {
        var records: [(position: Int, status: String, text: String, file: String)] = []
        for path in reports {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .inputUnreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
            }
            let root: JSONNode
            do { root = try JSONParser.parse(Array(data)) } catch { throw .invalidPlan(DiagnosticList([error.inFile(path)])) }
            guard case .array(let items) = root.value else { throw notAReport(path, "it is not a JSON array") }
            for (i, item) in items.enumerated() {
                guard case .object(let members) = item.value,
                      let position = members.first(where: { $0.key == "position" }), case .number(let p, _) = position.value.value,
                      p >= 0, p == p.rounded(), p < 1e15 else {
                    throw notAReport(path, "record \(i + 1) has no \"position\" (reports from routinepress batch before shards cannot be merged)")
                }
                var status = ""
                if let s = members.first(where: { $0.key == "status" }), case .string(let v) = s.value.value { status = v }
                records.append((Int(p), status, JSONWriter.line(item), path))
            }
        }
        records.sort { $0.position < $1.position }
        for (a, b) in zip(records, records.dropFirst()) where a.position == b.position {
            throw .reportsDisagree(file: b.file, reason: "the plan at position \(b.position) is also in \(a.file): a shard ran twice, or two reports are of the same shard")
        }
        if let last = records.last, last.position + 1 != records.count {
            let held = Set(records.map(\.position))
            let missing = (0...last.position).filter { !held.contains($0) }
            let shown = missing.prefix(5).map(String.init).joined(separator: ", ") + (missing.count > 5 ? ", ..." : "")
            throw .reportsDisagree(file: reports.joined(separator: ", "), reason: "no report holds the plans at positions \(shown): is a shard's report missing?")
        }
        var text = "[\n"
        text += records.map { "  " + $0.text }.joined(separator: ",\n")
        text += records.isEmpty ? "]\n" : "\n]\n"
        try AtomicFile.write(Array(text.utf8), to: destination)
        return Outcome(records: records.count, failed: records.filter { $0.status == "failed" }.count)
    }

    private static func notAReport(_ path: String, _ why: String) -> RoutinePressError {
        .reportsDisagree(file: path, reason: "not a batch report: \(why)")
    }
}
