import Foundation
import Testing

/// When a routine is done is data (`timing`), not English words: a plan whose routine names and
/// titles hold no English word places its routines and warns as the English plan does.
@Suite struct RoutineTimingTests {
    let tool = Tools.routinepress
    static let raceWeek = Tools.root.appendingPathComponent("Examples/race-week.json")
    /// English title and run → the words of a plan that has none of them, with its routine's new name and timing.
    static let spanish: [(key: String, name: String, title: String, timing: String)] = [
        ("pre-run", "antes", "Antes de cada carrera", "before-run"),
        ("post-run", "despues", "Después de cada carrera", "after-run"),
        ("rest-day", "descanso", "Día de descanso", "rest-day"),
    ]

    /// The page's words in drawing order, and how many tick boxes it draws.
    func words(_ pdf: String) throws -> (text: String, boxes: Int) {
        let text = try Tools.run("pdftotext", ["-raw", pdf, "-"]).text
        let script = "import pdfplumber,sys\nwith pdfplumber.open(sys.argv[1]) as p: print(sum(1 for pg in p.pages for r in pg.rects if abs(r['width']-r['height'])<0.01 and r['width']<30))"
        let boxes = Int(try Tools.run("env", ["python3", "-c", script, pdf]).text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        return (text, boxes)
    }

    @Test func aPlanWithoutEnglishWordsIsPlacedByItsTiming() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The example as written (routines in its order), with a static stretch before the run
        // for lint to find; then the same with Spanish names, titles and runs, and timings.
        let text = try String(contentsOf: Self.raceWeek, encoding: .utf8).replacingOccurrences(
            of: #"{ "exercise": "walking-lunges", "reps": 8, "side": "each" }"#,
            with: #"{ "exercise": "walking-lunges", "reps": 8, "side": "each" }, { "exercise": "calf-stretch", "hold": 30 }"#)
        #expect(text.contains("calf-stretch\", \"hold\": 30 }"))
        var spanish = text.replacingOccurrences(of: #""run": "Rest""#, with: #""run": "Descanso""#)
        let titles = ["pre-run": "Before every run", "post-run": "After every run", "rest-day": "Rest day"]
        for s in Self.spanish {
            spanish = spanish.replacingOccurrences(of: "\"\(s.key)\"", with: "\"\(s.name)\"")
                .replacingOccurrences(of: #""title": "\#(titles[s.key]!)""#, with: #""title": "\#(s.title)", "timing": "\#(s.timing)""#)
        }
        #expect(spanish.components(separatedBy: "\"timing\"").count == 4 && !titles.values.contains { spanish.contains("\"\($0)\"") })
        let englishURL = dir.appendingPathComponent("week.json"), planURL = dir.appendingPathComponent("semana.json")
        try Data(text.utf8).write(to: englishURL)
        try Data(spanish.utf8).write(to: planURL)
        let es = dir.appendingPathComponent("es.pdf").path, en = dir.appendingPathComponent("en.pdf").path
        let a = try Tools.run(tool, ["render", planURL.path, "-o", es]), b = try Tools.run(tool, ["render", englishURL.path, "-o", en])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        // The same lint: the same warnings, the routines' new names put back (without file and
        // place: the Spanish words move the columns).
        func findings(_ text: String) -> Set<String> {
            var out = Set<String>()
            for line in text.split(separator: "\n") {
                var l = String(line.split(separator: " ", maxSplits: 1).last ?? "")
                for s in Self.spanish { l = l.replacingOccurrences(of: s.name, with: s.key) }
                out.insert(l)
            }
            return out
        }
        #expect(findings(a.stderr) == findings(b.stderr) && !findings(b.stderr).isEmpty, "\(a.stderr)\n\(b.stderr)")
        // The same placement: the words in the same order once the titles are put back (lines
        // joined: the titles wrap differently), and as many tick boxes (a rest day's run has none).
        func joined(_ t: String) -> String { t.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let spanishWords = try words(es), englishWords = try words(en)
        var shown = joined(spanishWords.text)
        for s in Self.spanish { shown = shown.replacingOccurrences(of: s.title, with: titles[s.key]!) }
        #expect(shown.replacingOccurrences(of: "Descanso", with: "Rest") == joined(englishWords.text))
        #expect(spanishWords.boxes == englishWords.boxes && englishWords.boxes > 0)
    }

    @Test func aSectionsTimingDecidesWhatLintSays() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = #"{"kind": "take-home", "title": "T", "sections": [{"title": "Antes de correr", "timing": "before-run", "items": [{"exercise": "calf-stretch", "hold": 30}]}, {"title": "Before your run", "timing": "after-run", "items": [{"exercise": "hamstring-stretch", "hold": 30}]}]}"#
        try Data(plan.utf8).write(to: dir.appendingPathComponent("p.json"))
        let r = try Tools.run(tool, ["validate", "p.json"], cwd: dir)
        let lines = (r.text + r.stderr).split(separator: "\n").map(String.init).filter { $0.contains("static") }
        #expect(lines.count == 1 && lines[0].contains("sections[0].items[0]"), "the timing, not the words: \(lines)")
        let bad = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "timing": "before", "items": [{"exercise": "leg-swings"}]}]}"#
        try Data(bad.utf8).write(to: dir.appendingPathComponent("bad.json"))
        let v = try Tools.run(tool, ["validate", "bad.json"], cwd: dir)
        #expect(v.status == 65 && v.text.contains("bad.json:1:75: sections[0].timing: unknown timing \"before\""), "\(v.text)")
    }
}
