import Foundation
import Testing

/// `routinepress batch` as a clinic runs it: mixed inputs, hostile names, merging, parallel runs, interrupts.
@Suite(.serialized) struct BatchTests {
    let tool = Tools.routinepress
    let example = try! String(contentsOf: Tools.root.appendingPathComponent("Examples/take-home.json"), encoding: .utf8)

    /// The example plan on one line, with an `id` and a patient name.
    func line(id: String?, patient: String = "Alex Morgan") -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(example.utf8)) as! [String: Any]
        if let id { object["id"] = id }
        object["patient"] = ["name": patient]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    func pdfs(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    @Test func badPlansAreReportedAndGoodOnesStillRender() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data(example.utf8).write(to: inputs.appendingPathComponent("good.json"))
        try Data("{ not json".utf8).write(to: inputs.appendingPathComponent("broken.json"))
        try Data(example.replacingOccurrences(of: "\"roll-quads\"", with: "\"roll-qauds\"").utf8).write(to: inputs.appendingPathComponent("typo.json"))
        let jsonl = [line(id: "a1"), "{\"kind\": ", line(id: nil)].joined(separator: "\n") + "\n"
        try Data(jsonl.utf8).write(to: inputs.appendingPathComponent("day.jsonl"))
        let out = dir.appendingPathComponent("out")
        let report = dir.appendingPathComponent("report.json")
        let r = try Tools.run(tool, ["batch", inputs.path, inputs.appendingPathComponent("day.jsonl").path, "-o", out.path, "--report", report.path], cwd: dir)
        #expect(r.status == 65)
        #expect(try pdfs(in: out) == ["a1.pdf", "day-3.pdf", "good.pdf"])
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.hasPrefix(inputs.appendingPathComponent("broken.json").path + ":1:3: $: expected a key") })
        #expect(errors.contains { $0.contains("typo.json:") && $0.contains("unknown exercise \"roll-qauds\" (did you mean \"roll-quads\"?)") })
        #expect(errors.contains { $0.hasPrefix(inputs.appendingPathComponent("day.jsonl").path + ":2:") })
        #expect(errors.last?.hasPrefix("rendered 3, failed 3, pages 9, ") == true)
        let records = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as! [[String: Any]]
        #expect(records.map { $0["input"] as! String }.map { URL(fileURLWithPath: $0).lastPathComponent }
                == ["broken.json", "good.json", "typo.json", "day.jsonl:1", "day.jsonl:2", "day.jsonl:3"])
        #expect(records.map { $0["status"] as! String } == ["failed", "rendered", "failed", "rendered", "failed", "rendered"])
        #expect(records.map { $0["output"] as? String } == [nil, "good.pdf", nil, "a1.pdf", nil, "day-3.pdf"])
        #expect(records.filter { $0["status"] as! String == "rendered" }.allSatisfy { $0["pages"] as! Int == 3 })
    }

    @Test func hostileNamesStayInsideTheFolderAndDistinct() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ids = ["../../x", "/etc/passwd", "-", "..", String(repeating: "n", count: 300), "Zoë Åkesson", "Nguyễn Văn An", "a1", "A1", "a1", "con:?*"]
        let jsonl = ids.map { line(id: $0) }.joined(separator: "\n")
        let out = dir.appendingPathComponent("out")
        let r = try Tools.run(tool, ["batch", "-", "-o", out.path, "-q"], stdin: Array(jsonl.utf8), cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let names = try pdfs(in: out)
        #expect(names.count == ids.count)
        #expect(Set(names.map { $0.lowercased() }).count == ids.count, "distinct: \(names)")
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") && $0.count <= 104 })
        #expect(names.contains("Zoë-Åkesson.pdf") && names.contains("Nguyễn-Văn-An.pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["out"], "nothing written beside the folder")
        #expect(!FileManager.default.fileExists(atPath: "/x.pdf"))
    }

    @Test func aJSONLinesPlanIsNamedByItsIdHoweverTheKeyIsWritten() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let escaped = line(id: "plain").replacingOccurrences(of: "\"id\":\"plain\"", with: "\"\\u0069d\":\"escaped\"")
        #expect(escaped.contains("\\u0069d"))
        let jsonl = [line(id: "plain"), escaped, line(id: nil)].joined(separator: "\n")
        try Data(jsonl.utf8).write(to: dir.appendingPathComponent("day.jsonl"))
        let r = try Tools.run(tool, ["batch", "day.jsonl", "-o", "out", "-q"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try pdfs(in: dir.appendingPathComponent("out")).sorted() == ["day-3.pdf", "escaped.pdf", "plain.pdf"])
    }

    @Test func mergeHoldsEveryPageInInputOrder() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonl = ["Ann One", "Bea Two", "Cy Three"].map { line(id: nil, patient: $0) }.joined(separator: "\n")
        try Data(jsonl.utf8).write(to: dir.appendingPathComponent("day.jsonl"))
        try Data(try Data(contentsOf: Tools.root.appendingPathComponent("Examples/race-week.json"))).write(to: dir.appendingPathComponent("race.json"))
        let merged = dir.appendingPathComponent("all.pdf")
        let r = try Tools.run(tool, ["batch", "day.jsonl", "race.json", "-o", "out", "--merge", merged.path, "-q"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        var sum = 0
        for name in try pdfs(in: dir.appendingPathComponent("out")) {
            let info = try Tools.run("pdfinfo", [dir.appendingPathComponent("out").appendingPathComponent(name).path]).text
            sum += Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        }
        let info = try Tools.run("pdfinfo", [merged.path]).text
        #expect(info.contains("Pages:           \(sum)"))
        #expect(try Tools.run("qpdf", ["--check", merged.path]).status == 0)
        let text = try Tools.run("pdftotext", ["-raw", merged.path, "-"]).text
        let order = ["Ann One", "Bea Two", "Cy Three", "Jordan Lee"].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func parallelOutputIsByteIdenticalToSerial() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonl = (1...12).map { line(id: "p\($0)", patient: "Patient \($0)") }.joined(separator: "\n")
        try Data(jsonl.utf8).write(to: dir.appendingPathComponent("day.jsonl"))
        #expect(try Tools.run(tool, ["batch", "day.jsonl", "-o", "serial", "--jobs", "1", "-q"], cwd: dir).status == 0)
        #expect(try Tools.run(tool, ["batch", "day.jsonl", "-o", "parallel", "--jobs", "3", "-q"], cwd: dir).status == 0)
        let names = try pdfs(in: dir.appendingPathComponent("serial"))
        #expect(names.count == 12)
        #expect(try pdfs(in: dir.appendingPathComponent("parallel")) == names)
        for name in names {
            let a = try Data(contentsOf: dir.appendingPathComponent("serial").appendingPathComponent(name))
            let b = try Data(contentsOf: dir.appendingPathComponent("parallel").appendingPathComponent(name))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test func anInterruptedBatchLeavesNoPartialPDF() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonl = (1...400).map { line(id: "p\($0)") }.joined(separator: "\n")
        try Data(jsonl.utf8).write(to: dir.appendingPathComponent("many.jsonl"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["batch", "many.jsonl", "-o", "out", "-q"]
        process.currentDirectoryURL = dir
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = dir.appendingPathComponent("out")
        // Wait until some files are written, then interrupt.
        for _ in 0..<200 {
            if ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).count > 3 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.count < 400, "the batch stopped early")
        #expect(files.allSatisfy { $0.hasSuffix(".pdf") && !$0.hasPrefix(".") }, "no temporary files: \(files.filter { $0.hasPrefix(".") })")
        for name in files {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF"), "\(name) is complete")
        }
    }

    @Test func anInterruptedBatchOnAnOpenStandardInputStops() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["batch", "-", "-o", "out", "-q"]
        process.currentDirectoryURL = dir
        process.standardError = FileHandle.nullDevice
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // Two plans, and the pipe stays open: the batch waits for more.
        input.fileHandleForWriting.write(Data((line(id: "first") + "\n" + line(id: "second") + "\n").utf8))
        let out = dir.appendingPathComponent("out")
        for _ in 0..<500 {
            if ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).count == 2 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGINT)
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { process.waitUntilExit(); stopped.signal() }
        let ended = stopped.wait(timeout: .now() + 20) == .success
        if !ended { process.terminate() }
        try? input.fileHandleForWriting.close()
        #expect(ended, "the batch ends on Ctrl-C while it waits for input")
        #expect(process.terminationStatus == 130)
        #expect(try pdfs(in: out) == ["first.pdf", "second.pdf"])
    }
}
