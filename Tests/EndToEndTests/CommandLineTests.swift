import Foundation
import Testing

/// The `routinepress` command as a user runs it: exit codes, messages, files left behind.
@Suite(.serialized) struct CommandLineTests {
    let tool = Tools.routinepress
    let example = Tools.root.appendingPathComponent("Examples/take-home.json").path

    @Test func rendersAPlanToAFile() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("sheet.pdf").path
        let r = try Tools.run(tool, ["render", example, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "\(example): sections: warning: the sheet has 16 exercises; people do fewer of them when a sheet holds more than 12 (keep the ones that matter most, or split them over two sheets)\n")
        #expect(FileManager.default.contents(atPath: out)?.prefix(5) == Data("%PDF-".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sheet.pdf"], "no temporary file is left")
    }

    @Test func serveRefusesABrokenClinicFileAndAnAddressItCannotUse() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clinic = folder.appendingPathComponent("clinic.json")
        try Data(#"{"name": 5}"#.utf8).write(to: clinic)
        let bad = try Tools.run(tool, ["serve", "--clinic", clinic.path, "--port", "8199"])
        #expect(bad.status == 65)
        #expect(bad.stderr == "\(clinic.path): clinic.name: expected the clinic's name (a string), found a number\n")
        // 192.0.2.1 is a documentation address: never this machine's.
        let away = try Tools.run(tool, ["serve", "--host", "192.0.2.1", "--port", "8199"])
        #expect(away.status == 69)
        #expect(away.stderr.hasSuffix("routinepress: cannot serve on 192.0.2.1:8199: the address is not one of this machine's\n"), "\(away.stderr)")
        let port = try Tools.run(tool, ["serve", "--port", "70000"])
        #expect(port.status == 64)
    }

    @Test func readsStandardInputAndWritesStandardOutput() throws {
        let plan = try Data(contentsOf: URL(fileURLWithPath: example))
        let r = try Tools.run(tool, ["render", "-", "-o", "-"], stdin: Array(plan))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.starts(with: Array("%PDF-".utf8)))
    }

    @Test func anInvalidPlanExits65WithLocatedMessagesAndWritesNothing() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("bad.json")
        try Data(#"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-strech", "hodl": 30}]}]}"#.utf8).write(to: plan)
        let out = folder.appendingPathComponent("bad.pdf").path
        let r = try Tools.run(tool, ["render", plan.path, "-o", out], cwd: folder)
        #expect(r.status == 65)
        #expect(r.stderr.split(separator: "\n").map(String.init).map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == [
            #"bad.json:1:103: sections[0].items[0].hodl: unknown key "hodl" (did you mean "hold"?)"#,
        ])
        #expect(!FileManager.default.fileExists(atPath: out))
        // Once the key is fixed, the unknown id is reported.
        try Data(#"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-strech", "hold": 30}]}]}"#.utf8).write(to: plan)
        let again = try Tools.run(tool, ["render", "bad.json", "-o", out], cwd: folder)
        #expect(again.status == 65)
        #expect(again.stderr == #"bad.json:1:75: sections[0].items[0].exercise: unknown exercise "calf-strech" (did you mean "calf-stretch"?)"# + "\n")
    }

    @Test func aBrokenRaceWeekFileGivesTheSameVerdictToValidateAndRender() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["Layouts", "Fonts"] {
            try FileManager.default.copyItem(at: Tools.root.appendingPathComponent(sub), to: folder.appendingPathComponent(sub))
        }
        let defaults = folder.appendingPathComponent("Layouts/race-week-defaults.json")
        try Data("{\"runs\": ".utf8).write(to: defaults)
        let plan = Tools.root.appendingPathComponent("Examples/race-week.json").path
        let checked = try Tools.run(tool, ["validate", plan, "--resources", folder.path])
        let rendered = try Tools.run(tool, ["render", plan, "-o", folder.appendingPathComponent("week.pdf").path, "--resources", folder.path])
        #expect(checked.status == 70 && rendered.status == 70, "validate \(checked.status), render \(rendered.status)")
        #expect(checked.stderr == rendered.stderr, "one message for one broken file")
        #expect(checked.stderr.hasPrefix("routinepress: a data file of the tool is broken: \(defaults.path):1:")
                && checked.stderr.hasSuffix(": $: expected a value, found the end of the input\n") && checked.stderr.split(separator: "\n").count == 1,
                "one line naming the file, its place and the problem: \(checked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("week.pdf").path))
    }

    @Test func everyHelpFitsEightyColumnsAndListsEveryExitCode() throws {
        let root = try Tools.run(tool, ["--help"])
        for code in ["0 done", "64", "65", "66", "69", "70", "73", "130"] { #expect(root.text.contains(code), "the exit code \(code)") }
        for command in ["", "render", "validate", "batch", "serve", "catalog", "pose", "figure", "race-week", "schema"] {
            let help = try Tools.run(tool, command.isEmpty ? ["--help"] : [command, "--help"])
            #expect(help.status == 0)
            let long = help.text.split(separator: "\n").filter { $0.count > 80 }
            #expect(long.isEmpty, "\(command): \(long)")
            // A value list is given once: by the parser, not again in the option's words.
            #expect(!help.text.contains("letter, a4 or a5"), "\(command)")
        }
    }

    @Test func aMissingPlanExits66() throws {
        let r = try Tools.run(tool, ["render", "/nonexistent/plan.json", "-o", "/tmp/x.pdf"])
        #expect(r.status == 66)
        #expect(r.stderr == "/nonexistent/plan.json: cannot read the plan: no such file\n")
    }

    @Test func anUnwritableOutputExits73() throws {
        let r = try Tools.run(tool, ["render", example, "-o", "/nonexistent-folder/sheet.pdf"])
        #expect(r.status == 73)
        #expect(r.stderr == "/nonexistent-folder/sheet.pdf: cannot write the output: the folder /nonexistent-folder does not exist\n")
    }

    @Test func aBadOptionExits64() throws {
        let r = try Tools.run(tool, ["render", example, "--paper", "legal"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("legal"))
    }

    @Test func pngPagesAreNumbered() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Tools.run(tool, ["render", example, "--format", "png", "--dpi", "30", "-o", folder.appendingPathComponent("p.png").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["p-1.png", "p-2.png", "p-3.png"])
    }

    @Test func schemaAndCatalogPrintJSON() throws {
        let schema = try Tools.run(tool, ["schema"])
        #expect(schema.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(schema.stdout)) as? [String: Any]
        #expect(object?["title"] as? String == "RoutinePress plan (format 1)")
        let catalog = try Tools.run(tool, ["catalog", "--json"])
        let entries = (try JSONSerialization.jsonObject(with: Data(catalog.stdout)) as? [String: Any])?["exercises"] as? [[String: Any]]
        #expect(entries?.contains { $0["id"] as? String == "calf-stretch" } == true)
        let list = try Tools.run(tool, ["catalog"])
        #expect(list.text.contains("roll-outer-thigh"))
    }
}
