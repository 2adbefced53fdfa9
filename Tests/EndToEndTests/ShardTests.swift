import Foundation
import Testing

/// `routinepress batch --shard`: N workers started at once, as a job engine starts them, write
/// into one folder exactly what one whole run writes, and their reports merge into its report.
@Suite(.serialized) struct ShardTests {
    let tool = Tools.routinepress

    /// A folder of plan files and a JSON Lines file with repeated ids and a broken line: names
    /// that depend on the plans before them, and a plan that fails.
    func inputs(in dir: URL) throws {
        let example = try JSONSerialization.jsonObject(with: Data(contentsOf: Tools.root.appendingPathComponent("Examples/take-home.json"))) as! [String: Any]
        func plan(_ i: Int, id: String?) -> Data {
            var p = example
            p["patient"] = ["name": "Patient \(i)"]
            p["sections"] = Array((p["sections"] as! [Any]).prefix(1))
            if let id { p["id"] = id }
            return try! JSONSerialization.data(withJSONObject: p, options: [.sortedKeys])
        }
        let folder = dir.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 1...8 { try plan(i, id: nil).write(to: folder.appendingPathComponent(String(format: "plan-%02d.json", i))) }
        var lines = (9...20).map { String(decoding: plan($0, id: $0 % 3 == 0 ? "same" : nil), as: UTF8.self) }
        lines.insert(#"{"id": "same", "kind": "#, at: 5)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("day.jsonl"))
    }

    func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) { out[name] = try Data(contentsOf: dir.appendingPathComponent(name)) }
        return out
    }

    @Test func shardsTogetherWriteExactlyTheWholeRun() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir)
        let whole = try Tools.run(tool, ["batch", "plans", "day.jsonl", "-o", "whole", "-q", "--report", "whole.json"], cwd: dir)
        #expect(whole.status == 65, "the broken line fails: \(whole.stderr)")
        let expected = try files(dir.appendingPathComponent("whole"))
        #expect(expected.count == 20 && expected["same.pdf"] != nil && expected["same-4.pdf"] != nil, "\(expected.keys.sorted())")
        let wholeReport = try Data(contentsOf: dir.appendingPathComponent("whole.json"))
        for n in [1, 2, 3, 7] {
            let out = "shared-\(n)"
            // All shards at once, into one folder, as pods sharing a volume.
            let results = Statuses(count: n)
            DispatchQueue.concurrentPerform(iterations: n) { [tool] k in
                let r = try? Tools.run(tool, ["batch", "plans", "day.jsonl", "-o", out, "-q", "--shard-from-env", "--shards", "\(n)", "--report", "report-\(n)-\(k).json"],
                                       cwd: dir, environment: ["JOB_COMPLETION_INDEX": "\(k)"])
                results.set(k, r?.status ?? -1)
            }
            let broken = 5 + 8  // the broken line's position
            #expect((0..<n).allSatisfy { results.values[$0] == ($0 == broken % n ? 65 : 0) }, "\(n) shards: \(results.values)")
            let written = try files(dir.appendingPathComponent(out))
            #expect(written.keys.sorted() == expected.keys.sorted(), "\(n) shards: the same names, no temporary file left")
            #expect(written == expected, "\(n) shards: byte-identical to the whole run")
            let merge = try Tools.run(tool, ["batch", "--merge-reports"] + (0..<n).map { "report-\(n)-\($0).json" } + ["--report", "merged-\(n).json"], cwd: dir)
            #expect(merge.status == 0, "\(merge.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("merged-\(n).json")) == wholeReport, "\(n) shards: the merged report is the whole run's")
        }
        // Each shard's report holds its own plans only: positions K-1, K-1+N, ...
        let second = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("report-3-1.json"))) as! [String: Any]
        #expect(second["shard"] as? String == "2/3" && second["plans"] as? Int == 21)
        #expect((second["records"] as! [[String: Any]]).map { $0["position"] as! Int } == [1, 4, 7, 10, 13, 16, 19])
    }

    @Test func mergingSaysWhatIsMissingOrTwice() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir)
        for k in 1...3 { try Tools.run(tool, ["batch", "plans", "-o", "out", "-q", "--shard", "\(k)/3", "--report", "r\(k).json"], cwd: dir) }
        let missing = try Tools.run(tool, ["batch", "--merge-reports", "r1.json", "r2.json", "--report", "m.json"], cwd: dir)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("r1.json, r2.json: cannot merge the reports: the report of shard 3/3 is missing"), "\(missing.stderr)")
        let twice = try Tools.run(tool, ["batch", "--merge-reports", "r1.json", "r2.json", "r3.json", "r2.json", "--report", "m.json"], cwd: dir)
        #expect(twice.status == 65 && twice.stderr.contains("r2.json: cannot merge the reports: shard 2/3 is also in r2.json"), "\(twice.stderr)")
        // A report cut short (the worker was stopped) says so.
        var cut = try String(contentsOf: dir.appendingPathComponent("r2.json"), encoding: .utf8)
        cut = cut.replacingOccurrences(of: #""plans": 8"#, with: #""plans": null"#)
        try Data(cut.utf8).write(to: dir.appendingPathComponent("r2.json"))
        let stopped = try Tools.run(tool, ["batch", "--merge-reports", "r1.json", "r2.json", "r3.json", "--report", "m.json"], cwd: dir)
        #expect(stopped.status == 65 && stopped.stderr.contains("shard 2/3 was stopped before it read the whole input"), "\(stopped.stderr)")
        try Data("[{\"input\": \"x\"}]".utf8).write(to: dir.appendingPathComponent("old.json"))
        let old = try Tools.run(tool, ["batch", "--merge-reports", "old.json", "--report", "m.json"], cwd: dir)
        #expect(old.status == 65 && old.stderr.contains("old.json: cannot merge the reports: not a batch report: record 1 has no \"position\""), "\(old.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.json").path), "nothing written on an error")
    }

    @Test func theShardComesFromTheJobEngine() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir)
        func shard(_ env: [String: String], _ extra: [String] = ["--shard-from-env", "--shards", "4"]) throws -> (Int32, [String], String) {
            let out = "out-\(UUID().uuidString)"
            let r = try Tools.run(tool, ["batch", "plans", "-o", out, "-q"] + extra, cwd: dir, environment: env)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(out).path).sorted()) ?? []
            return (r.status, names, r.stderr)
        }
        #expect(try shard(["JOB_COMPLETION_INDEX": "1"]).1 == ["plan-02.pdf", "plan-06.pdf"])
        // A Slurm task run again alone (--array=2) keeps its index, whatever SLURM_ARRAY_TASK_MIN says.
        #expect(try shard(["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "2"]).1 == ["plan-03.pdf", "plan-07.pdf"])
        #expect(try shard(["AWS_BATCH_JOB_ARRAY_INDEX": "3"]).1 == ["plan-04.pdf", "plan-08.pdf"])
        let outside = try shard(["JOB_COMPLETION_INDEX": "4"])
        #expect(outside.0 == 64 && outside.2.contains("JOB_COMPLETION_INDEX=4 is not an index from 0 to 3"), "\(outside.2)")
        let bad = try shard([:], ["--shard", "4/3"])
        #expect(bad.0 == 64 && bad.2.contains("--shard 4/3: K goes from 1 to 3") && bad.1.isEmpty, "\(bad.2)")
        let words = try shard([:], ["--shard", "half"])
        #expect(words.0 == 64 && words.2.contains("expected K/N, as in --shard 2/8"))
        let merged = try shard([:], ["--shard", "1/2", "--merge", "all.pdf"])
        #expect(merged.0 == 64 && merged.2.contains("leave --merge out of a sharded run"))
    }
}

/// Exit statuses of processes run side by side.
private final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int32]
    init(count: Int) { stored = Array(repeating: -1, count: count) }
    func set(_ i: Int, _ v: Int32) { lock.lock(); stored[i] = v; lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return stored }
}
