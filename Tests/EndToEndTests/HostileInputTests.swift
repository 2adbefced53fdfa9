import Foundation
import Testing

/// Hostile and broken input through the command line: each case gets a clear error or a correct
/// PDF, never a crash, a hang or a partial file.
@Suite(.serialized) struct HostileInputTests {
    /// What a case must end in.
    enum Outcome: Sendable {
        /// A PDF that qpdf accepts, whose text contains these strings; stderr may hold warnings.
        case renders(containing: [String], warning: String?)
        /// This exit code, no output file, and a first stderr line containing `message`.
        case fails(Int32, message: String)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var plan: @Sendable () -> [UInt8]
        var outcome: Outcome
        var output = "out.pdf"
        var testDescription: String { id }
    }

    static let base = #"{"kind": "take-home", "title": "TITLE", "patient": {"name": "PATIENT"}, "sections": [{"title": "S", "items": [ITEMS]}], "notes": "NOTES"}"#

    /// The minimal plan with parts replaced (values are inserted as written, so they must be JSON-escaped).
    static func plan(title: String = "Sheet", patient: String = "Pat", items: String = #"{"exercise": "calf-stretch"}"#, notes: String = "Notes") -> @Sendable () -> [UInt8] {
        let text = base.replacingOccurrences(of: "TITLE", with: title).replacingOccurrences(of: "PATIENT", with: patient)
            .replacingOccurrences(of: "ITEMS", with: items).replacingOccurrences(of: "NOTES", with: notes)
        return { Array(text.utf8) }
    }

    static func text(_ s: String) -> @Sendable () -> [UInt8] { { Array(s.utf8) } }

    static let cases: [Case] = [
        Case(id: "empty file", plan: text(""), outcome: .fails(65, message: "plan.json:1:1: $: expected a value, found the end of the input")),
        Case(id: "unclosed object", plan: text(#"{"kind": "take-home""#), outcome: .fails(65, message: "the object is not closed")),
        Case(id: "trailing comma", plan: text(#"{"kind": "take-home",}"#), outcome: .fails(65, message: "remove the comma before '}'")),
        Case(id: "single quotes", plan: text("{'kind': 'take-home'}"), outcome: .fails(65, message: "expected a key in double quotes")),
        Case(id: "comments", plan: text("// plan\n{}"), outcome: .fails(65, message: "plan.json:1:1: $: expected a value, found '/'")),
        Case(id: "array at the top", plan: text("[]"), outcome: .fails(65, message: "expected a plan (an object), found an array")),
        Case(id: "null at the top", plan: text("null"), outcome: .fails(65, message: "expected a plan (an object), found null")),
        Case(id: "NaN", plan: text(#"{"kind": NaN}"#), outcome: .fails(65, message: "expected a value, found 'N'")),
        Case(id: "title of the wrong type", plan: { Array(base.replacingOccurrences(of: "\"TITLE\"", with: "5").replacingOccurrences(of: "PATIENT", with: "P").replacingOccurrences(of: "ITEMS", with: #"{"exercise": "calf-stretch"}"#).replacingOccurrences(of: "NOTES", with: "n").utf8) },
             outcome: .fails(65, message: "title: expected the sheet's title (a string), found a number")),
        Case(id: "misspelt top key", plan: text(#"{"kind": "take-home", "titel": "T", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: #"titel: unknown key "titel" (did you mean "title"?)"#)),
        Case(id: "unknown exercise id", plan: plan(items: #"{"exercise": "calf-strech"}"#), outcome: .fails(65, message: #"did you mean "calf-stretch"?"#)),
        Case(id: "no sections", plan: text(#"{"kind": "take-home", "title": "T"}"#), outcome: .fails(65, message: "sections: missing the sections")),
        Case(id: "empty sections", plan: text(#"{"kind": "take-home", "title": "T", "sections": []}"#), outcome: .fails(65, message: "a sheet needs at least one section")),
        Case(id: "empty items", plan: plan(items: ""), outcome: .fails(65, message: "a section needs at least one exercise")),
        Case(id: "zero hold", plan: plan(items: #"{"exercise": "calf-stretch", "hold": 0}"#), outcome: .fails(65, message: "0 seconds is out of range (use 5 to 300)")),
        Case(id: "negative reps", plan: plan(items: #"{"exercise": "leg-swings", "reps": -1}"#), outcome: .fails(65, message: "-1 repetitions is out of range")),
        Case(id: "huge number", plan: plan(items: #"{"exercise": "leg-swings", "reps": 1e308}"#), outcome: .fails(65, message: "1e308 repetitions is out of range")),
        Case(id: "overflowing number", plan: plan(items: #"{"exercise": "leg-swings", "reps": 1e999}"#), outcome: .fails(65, message: "the number 1e999 is too large")),
        Case(id: "fractional sets", plan: plan(items: #"{"exercise": "calf-stretch", "sets": 2.5}"#), outcome: .fails(65, message: "expected a whole number of sets, found 2.5")),
        Case(id: "number in quotes", plan: plan(items: #"{"exercise": "calf-stretch", "hold": "30"}"#), outcome: .fails(65, message: "write the number without quotes")),
        Case(id: "duplicate key", plan: text(#"{"kind": "take-home", "kind": "take-home"}"#), outcome: .fails(65, message: #"the key "kind" appears twice"#)),
        Case(id: "1 MB title", plan: plan(title: String(repeating: "a", count: 1_000_000)), outcome: .fails(65, message: "the text is 1000000 characters long; at most 200 fit here")),
        Case(id: "1 MB notes", plan: plan(notes: String(repeating: "word ", count: 200_000)), outcome: .fails(65, message: "at most 20000 fit here")),
        Case(id: "10,000 items", plan: plan(items: Array(repeating: #"{"exercise": "calf-stretch"}"#, count: 10_000).joined(separator: ",")),
             outcome: .fails(65, message: "10000 entries; at most 60 are allowed here")),
        Case(id: "nested 10,000 deep", plan: text(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
             outcome: .fails(65, message: "nested too deeply")),
        Case(id: "invalid UTF-8", plan: { Array(#"{"kind": "take-home", "title": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8) }, outcome: .fails(65, message: "not valid UTF-8")),
        Case(id: "escaped NUL", plan: plan(title: #"A\u0000B"#), outcome: .fails(65, message: "the control character U+0000")),
        Case(id: "raw NUL byte", plan: { Array(#"{"kind": "take-home", "title": "A"#.utf8) + [0] + Array(#"B"}"#.utf8) }, outcome: .fails(65, message: "a control character must be escaped")),
        Case(id: "bell in the notes", plan: plan(notes: #"ring \u0007"#), outcome: .fails(65, message: "the control character U+0007")),
        Case(id: "markup and format strings everywhere", plan: plan(title: "<b>&amp;</b> %s %n", patient: "<i>%s</i>", items: #"{"exercise": "calf-stretch", "cue": "<u>&lt;%d</u>"}"#, notes: "%x <span>&</span>"),
             outcome: .renders(containing: ["<b>&amp;</b> %s %n", "<i>%s</i>", "<u>&lt;%d</u>", "%x <span>&</span>"], warning: nil)),
        Case(id: "right-to-left names", plan: plan(patient: "مريم العلي"), outcome: .renders(containing: [], warning: nil)),
        Case(id: "Hebrew title", plan: plan(title: "תוכנית שיקום"), outcome: .renders(containing: [], warning: nil)),
        Case(id: "combining marks", plan: plan(patient: "Zoe\u{0308} A\u{030A}kesson"), outcome: .renders(containing: ["Zo"], warning: nil)),
        Case(id: "emoji", plan: plan(title: "Run day 🏃‍♀️🔥"), outcome: .renders(containing: ["Run day"], warning: "title: warning: some characters have no glyph")),
        Case(id: "private-use characters", plan: plan(patient: "\u{E000}\u{F8FF}"), outcome: .renders(containing: [], warning: "patient.name: warning: some characters have no glyph")),
        Case(id: "line separator in a title", plan: plan(title: "Two\u{2028}lines"), outcome: .renders(containing: ["Two"], warning: nil)),
        Case(id: "one 190-letter word", plan: plan(items: "{\"exercise\": \"calf-stretch\", \"cue\": \"\(String(repeating: "x", count: 190))\"}"), outcome: .renders(containing: ["xxxxxxxx"], warning: nil)),
        Case(id: "byte order mark", plan: { [0xEF, 0xBB, 0xBF] + plan()() }, outcome: .renders(containing: ["Sheet"], warning: nil)),
        Case(id: "missing logo", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "nope.png"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: #"clinic.logo: the logo "nope.png" cannot be read"#)),
        Case(id: "logo that is not a PNG", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "plan.json"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: "is not a PNG file")),
        Case(id: "logo path climbing out", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "../../../../../../etc/passwd"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: "is not a PNG file")),
        Case(id: "50 MB logo", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "big.png"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: "the logo is 50 MB; at most 5 MB is accepted")),
        Case(id: "logo of 144 megapixels", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "huge.png"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: #"clinic.logo: the logo "huge.png" is 12000 × 12000 pixels (144 megapixels); at most 25 megapixels are accepted"#)),
        Case(id: "logo data URL of a JPEG", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "data:image/jpeg;base64,/9j/4AAQ"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: "clinic.logo: the logo's data URL is not a PNG")),
        Case(id: "logo data URL cut short", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "data:image/png;base64,"# + Data(TestPNG.headerOnly(width: 100, height: 40)).base64EncodedString() + #""}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: "clinic.logo: the logo cannot be decoded as PNG (the file is damaged)")),
        Case(id: "logo data URL of text", plan: text(#"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "data:image/png;base64,aGVsbG8gd29ybGQ="}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#),
             outcome: .fails(65, message: "clinic.logo: the uploaded logo is not a PNG file")),
        Case(id: "output folder missing", plan: plan(), outcome: .fails(73, message: "the folder"), output: "no/such/folder/out.pdf"),
        Case(id: "output not writable", plan: plan(), outcome: .fails(73, message: "cannot write the output"), output: "/proc/routinepress-test.pdf"),
        Case(id: "output is a folder", plan: plan(), outcome: .fails(73, message: "cannot write the output"), output: "."),
        Case(id: "race day before its days", plan: text(#"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06"}, "days": [{"date": "2026-12-09", "run": "Easy"}]}"#),
             outcome: .fails(65, message: "is after the race (2026-12-06)")),
        Case(id: "many weeks of tracker", plan: text(#"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}, {"exercise": "roll-calves"}]}], "tracker": {"weeks": 12}}"#),
             outcome: .renders(containing: ["Week 12"], warning: "warning:")),
    ]

    @Test(arguments: cases) func endsCleanly(_ c: Case) throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(c.plan()).write(to: dir.appendingPathComponent("plan.json"))
        if c.id == "logo of 144 megapixels" {
            try Data(TestPNG.headerOnly(width: 12_000, height: 12_000)).write(to: dir.appendingPathComponent("huge.png"))
        }
        if c.id == "50 MB logo" {
            let big = dir.appendingPathComponent("big.png").path
            FileManager.default.createFile(atPath: big, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            truncate(big, 50 * 1024 * 1024)
        }
        let started = Date()
        let r = try Tools.run(Tools.routinepress, ["render", "plan.json", "-o", c.output], cwd: dir)
        #expect(Date().timeIntervalSince(started) < 60, "took too long")
        let out = c.output.hasPrefix("/") ? URL(fileURLWithPath: c.output) : dir.appendingPathComponent(c.output)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".part") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        switch c.outcome {
        case .fails(let code, let message):
            #expect(r.status == code, "\(r.stderr)")
            let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.contains(message), "stderr: \(r.stderr.prefix(400))")
            #expect(r.stderr.split(separator: "\n").allSatisfy { $0.count < 600 }, "each message is one readable line")
            if c.output != "." { #expect(!FileManager.default.fileExists(atPath: out.path), "no output on failure") }
        case .renders(let strings, let warning):
            #expect(r.status == 0, "\(r.stderr.prefix(400))")
            #expect(try Tools.run("qpdf", ["--check", out.path]).status == 0)
            let text = try Tools.run("pdftotext", ["-raw", out.path, "-"]).text
            for s in strings { #expect(text.contains(s), "\(s) missing") }
            if let warning { #expect(r.stderr.contains(warning), "stderr: \(r.stderr)") } else { #expect(!r.stderr.contains("glyph"), "\(r.stderr)") }
        }
    }

    @Test func theCorpusIsLarge() { #expect(Self.cases.count >= 40) }
}
