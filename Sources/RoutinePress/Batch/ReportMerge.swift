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
        var shards: [Int: String] = [:], count: Int?, plans: Int?
        for path in reports {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .inputUnreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
            }
            let root: JSONNode
            do { root = try JSONParser.parse(Array(data)) } catch { throw .invalidPlan(DiagnosticList([error.inFile(path)])) }
            let items: [JSONNode]
            switch root.value {
            case .array(let all): items = all  // a whole run's report
            case .object(let members):
                guard let shard = members.first(where: { $0.key == "shard" }), case .string(let name) = shard.value.value,
                      case .success(let s) = BatchShard.parse(name),
                      let list = members.first(where: { $0.key == "records" }), case .array(let all) = list.value.value else {
                    throw notAReport(path, "it has no \"shard\" and \"records\"")
                }
                guard let total = members.first(where: { $0.key == "plans" }), case .number(let n, _) = total.value.value else {
                    throw .reportsDisagree(file: path, reason: "shard \(name) was stopped before it read the whole input: run it again")
                }
                if let count, count != s.count { throw .reportsDisagree(file: path, reason: "shard \(name) is of \(s.count) shards, the others of \(count)") }
                if let plans, plans != Int(n) { throw .reportsDisagree(file: path, reason: "shard \(name) read \(Int(n)) plans, the others \(plans): were the inputs the same?") }
                if let other = shards[s.index] { throw .reportsDisagree(file: path, reason: "shard \(name) is also in \(other)") }
                count = s.count; plans = Int(n); shards[s.index] = path
                items = all
            default: throw notAReport(path, "it is not a JSON array")
            }
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
        if let count, shards.count < count {
            let missing = (0..<count).filter { shards[$0] == nil }.prefix(5).map { "\($0 + 1)/\(count)" }.joined(separator: ", ")
            throw .reportsDisagree(file: reports.joined(separator: ", "), reason: "the report of shard \(missing)\(count - shards.count > 5 ? ", ..." : "") is missing")
        }
        records.sort { $0.position < $1.position }
        for (a, b) in zip(records, records.dropFirst()) where a.position == b.position {
            throw .reportsDisagree(file: b.file, reason: "the plan at position \(b.position) is also in \(a.file): a shard ran twice, or two reports are of the same shard")
        }
        let expected = plans ?? (records.last.map { $0.position + 1 } ?? 0)
        if records.count != expected {
            let held = Set(records.map(\.position))
            let missing = (0..<expected).filter { !held.contains($0) }
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
