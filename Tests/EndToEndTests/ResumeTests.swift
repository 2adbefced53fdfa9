import Foundation
import Testing

/// `routinepress batch --resume`: a run killed at any point and started again ends with exactly
/// the files and report of one clean run, rendering only what was not finished.
@Suite(.serialized) struct ResumeTests {
    let tool = Tools.routinepress
    let environment = ["SOURCE_DATE_EPOCH": "1764547200"]

    /// Every file of `dir` but the manifests' folder (a clean run with --resume keeps one too).
    func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name != ".routinepress" {
            out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return out
    }

    /// `count` plan files (one section each, so a run is short) and a JSON Lines file with a broken line.
    func inputs(in dir: URL, count: Int) throws {
        let example = try JSONSerialization.jsonObject(with: Data(contentsOf: Tools.root.appendingPathComponent("Examples/take-home.json"))) as! [String: Any]
        let folder = dir.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 1...count {
            var p = example
            p["patient"] = ["name": "Patient \(i)"]
            p["sections"] = Array((p["sections"] as! [Any]).prefix(1 + i % 2))
            try JSONSerialization.data(withJSONObject: p, options: [.sortedKeys]).write(to: folder.appendingPathComponent(String(format: "plan-%03d.json", i)))
        }
        try Data("{\"kind\": \"take-home\", \"title\": \"Morning\", \"sections\": [{\"title\": \"A\", \"items\": [{\"exercise\": \"roll-calves\"}]}]}\n{\"id\": \"broken\",\n".utf8)
            .write(to: dir.appendingPathComponent("day.jsonl"))
    }

    @Test func aResumedRunRendersOnlyWhatChangedOrIsMissing() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir, count: 6)
        let args = ["batch", "plans", "-o", "out", "--resume", "--resources", Tools.root.path]
        let first = try Tools.run(tool, args, cwd: dir, environment: environment)
        #expect(first.status == 0 && first.stderr.contains("rendered 6 (0 done before)"), "\(first.stderr)")
        let before = try files(dir.appendingPathComponent("out"))

        // One plan edited, one output deleted, and a temporary file a killed run left behind.
        let edited = dir.appendingPathComponent("plans/plan-002.json")
        var plan = try String(contentsOf: edited, encoding: .utf8)
        plan = plan.replacingOccurrences(of: "Patient 2", with: "Patient Two")
        try Data(plan.utf8).write(to: edited)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("out/plan-005.pdf"))
        try Data("half a PDF".utf8).write(to: dir.appendingPathComponent("out/.plan-003.pdf.part-4242-17"))
        // The manifest's last line cut in half, as a kill mid-write would leave it: that plan is done again.
        let manifest = dir.appendingPathComponent("out/.routinepress/manifest.jsonl")
        var lines = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 6 && lines.last!.contains("\"plan-006\""), "one line per plan: \(lines)")
        lines[5] = String(lines[5].prefix(lines[5].count / 2))
        try Data(lines.joined(separator: "\n").utf8).write(to: manifest)
        let again = try Tools.run(tool, args, cwd: dir, environment: environment)
        #expect(again.status == 0 && again.stderr.contains("rendered 6 (3 done before)"), "the edited, the missing and the half-recorded plan are rendered again: \(again.stderr)")
        let recorded = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(recorded.count == 10 && recorded[5].hasSuffix("\"plan-006\"") == false && recorded[6].hasPrefix("{\"name\""),
                "the cut line is ended and the next run's lines stand whole: \(recorded)")
        let third = try Tools.run(tool, args, cwd: dir, environment: environment)
        #expect(third.status == 0 && third.stderr.contains("rendered 6 (6 done before)"), "\(third.stderr)")
        let after = try files(dir.appendingPathComponent("out"))
        #expect(after.keys.sorted() == before.keys.sorted(), "the stray temporary file is gone: \(after.keys.sorted())")
        #expect(after["plan-002.pdf"] != before["plan-002.pdf"] && after["plan-005.pdf"] == before["plan-005.pdf"] && after["plan-001.pdf"] == before["plan-001.pdf"])

        // A shard resumed in the same folder finds its share in the whole run's manifest.
        let shard = try Tools.run(tool, args + ["--shard", "2/2"], cwd: dir, environment: environment)
        #expect(shard.status == 0 && shard.stderr.contains("shard 2/2: rendered 3 (3 done before)"), "\(shard.stderr)")

        // Other settings are another run: every plan is rendered again.
        let a4 = try Tools.run(tool, args + ["--paper", "a4"], cwd: dir, environment: environment)
        #expect(a4.status == 0 && a4.stderr.contains("rendered 6 (0 done before)"), "\(a4.stderr)")

        let merged = try Tools.run(tool, args + ["--merge", "all.pdf"], cwd: dir, environment: environment)
        #expect(merged.status == 64 && merged.stderr.contains("leave --merge out of a resumed run"), "\(merged.stderr)")
    }

    @Test func aResumedRunLeavesNoOldFileAndKeepsDatedSheetsOnAnotherDay() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir, count: 3)
        // plan-003 prints today's date: it has no date of its own.
        let undated = dir.appendingPathComponent("plans/plan-003.json")
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: undated)) as! [String: Any]
        plan["date"] = nil
        try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys]).write(to: undated)
        let args = ["batch", "plans", "-o", "out", "--resume", "--resources", Tools.root.path]
        let first = try Tools.run(tool, args, cwd: dir, environment: environment)
        #expect(first.status == 0 && first.stderr.contains("rendered 3 (0 done before)"), "\(first.stderr)")

        // The next day only the undated sheet is made again.
        let nextDay = try Tools.run(tool, args, cwd: dir, environment: ["SOURCE_DATE_EPOCH": "1764633600"])
        #expect(nextDay.status == 0 && nextDay.stderr.contains("rendered 3 (2 done before)"), "\(nextDay.stderr)")

        // A plan that now fails leaves no sheet from before, as a clean run would not have one.
        let broken = dir.appendingPathComponent("plans/plan-002.json")
        let text = try String(contentsOf: broken, encoding: .utf8).replacingOccurrences(of: "\"roll-calves\"", with: "\"roll-calfs\"")
        try Data(text.utf8).write(to: broken)
        let failed = try Tools.run(tool, args, cwd: dir, environment: environment)
        #expect(failed.status == 65 && failed.stderr.contains("roll-calfs"), "\(failed.stderr)")
        #expect(try files(dir.appendingPathComponent("out")).keys.sorted() == ["plan-001.pdf", "plan-003.pdf"])
    }

    @Test func aResumedRunChecksTheFilesBytesTheLogoAndWhereThePlanWasRead() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir, count: 2)
        // plan-001 names a logo file beside it.
        let logo = dir.appendingPathComponent("plans/logo.png")
        try Data(TestPNG.gradient(width: 300, height: 100)).write(to: logo)
        let first = dir.appendingPathComponent("plans/plan-001.json")
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: first)) as! [String: Any]
        var clinic = plan["clinic"] as? [String: Any] ?? ["name": "Riverside Physio"]
        clinic["logo"] = "logo.png"
        plan["clinic"] = clinic
        try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys]).write(to: first)
        let args = ["batch", "plans", "-o", "out", "--resume", "--resources", Tools.root.path]
        let run = { try Tools.run(self.tool, args, cwd: dir, environment: self.environment) }
        #expect(try run().stderr.contains("rendered 2 (0 done before)"))

        // Another logo, same name: that sheet is made again.
        try Data(TestPNG.gradient(width: 320, height: 100)).write(to: logo)
        let relogo = try run()
        #expect(relogo.stderr.contains("rendered 2 (1 done before)"), "\(relogo.stderr)")

        // A sheet overwritten with other bytes of the same size is not kept.
        let sheet = dir.appendingPathComponent("out/plan-002.pdf")
        let good = try Data(contentsOf: sheet)
        try Data(repeating: 0x25, count: good.count).write(to: sheet)
        let rewritten = try run()
        let remade = try Data(contentsOf: sheet)
        #expect(rewritten.stderr.contains("rendered 2 (1 done before)") && remade == good, "\(rewritten.stderr)")

        // The logo gone: the sheet fails as in a clean run, and leaves no file.
        try FileManager.default.removeItem(at: logo)
        let missing = try run()
        #expect(missing.status == 65 && missing.stderr.contains("logo"), "\(missing.stderr)")
        #expect(try files(dir.appendingPathComponent("out")).keys.sorted() == ["plan-002.pdf"])
    }

    @Test func aResumedPNGRunRemovesEveryOldPageOfASheetMadeAgain() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = try JSONSerialization.jsonObject(with: Data(contentsOf: Tools.root.appendingPathComponent("Examples/take-home.json"))) as! [String: Any]
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("plans/q.json")
        try JSONSerialization.data(withJSONObject: example, options: [.sortedKeys]).write(to: path)
        let args = ["batch", "plans", "-o", "out", "--resume", "--format", "png", "--dpi", "20", "--resources", Tools.root.path]
        #expect(try Tools.run(tool, args, cwd: dir, environment: environment).status == 0)
        let pages = try files(dir.appendingPathComponent("out")).keys.sorted()
        #expect(pages.count >= 3, "\(pages)")
        // Page 1 deleted by hand, then the plan made shorter: no old page stays.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("out/q-1.png"))
        var short = example
        short["sections"] = Array((example["sections"] as! [Any]).prefix(1))
        short["notes"] = nil
        try JSONSerialization.data(withJSONObject: short, options: [.sortedKeys]).write(to: path)
        #expect(try Tools.run(tool, args, cwd: dir, environment: environment).status == 0)
        let clean = try Tools.run(tool, args.filter { $0 != "--resume" }.map { $0 == "out" ? "clean" : $0 }, cwd: dir, environment: environment)
        #expect(clean.status == 0)
        let resumed = try files(dir.appendingPathComponent("out")).keys.sorted(), expected = try files(dir.appendingPathComponent("clean")).keys.sorted()
        #expect(resumed == expected)
    }

    @Test func killedAtAnyPointAndResumedEndsLikeOneCleanRun() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try inputs(in: dir, count: 40)
        let common = ["batch", "plans", "day.jsonl", "-q", "--resources", Tools.root.path]
        let start = Date()
        let clean = try Tools.run(tool, common + ["-o", "clean", "--report", "clean.json"], cwd: dir, environment: environment)
        let seconds = Date().timeIntervalSince(start)
        #expect(clean.status == 65, "the broken line fails: \(clean.stderr)")
        let expected = try files(dir.appendingPathComponent("clean"))
        #expect(expected.count == 41)

        // SIGKILL after a growing share of a clean run's time, then again on the resumed run, ...
        var killed = 0
        for step in 1...8 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = common + ["-o", "resumed", "--resume", "--report", "resumed.json"]
            process.currentDirectoryURL = dir
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: seconds * Double(step) / 12 + Double.random(in: 0...0.05))
            if process.isRunning { kill(process.processIdentifier, SIGKILL); killed += 1 }
            process.waitUntilExit()
        }
        #expect(killed >= 4, "the runs were cut short (\(killed) of 8)")
        // ... and a last run that finishes.
        let last = try Tools.run(tool, common + ["-o", "resumed", "--resume", "--report", "resumed.json"], cwd: dir, environment: environment)
        #expect(last.status == 65)
        let resumed = try files(dir.appendingPathComponent("resumed"))
        #expect(resumed.keys.sorted() == expected.keys.sorted(), "the same files, no temporary one: \(Set(resumed.keys).symmetricDifference(expected.keys).sorted())")
        #expect(resumed == expected, "byte-identical to the clean run")
        #expect(try Data(contentsOf: dir.appendingPathComponent("resumed.json")) == Data(contentsOf: dir.appendingPathComponent("clean.json")), "the same report")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".part-") }
        #expect(leftovers.isEmpty, "no report half-written: \(leftovers)")
    }
}
