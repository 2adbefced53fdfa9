import Foundation
import Testing

/// Bilingual sheets: each tool-written and catalog text in the patient's language with the
/// carer's below it, smaller; nothing set over anything else; the pages a reader expects; the
/// second language tagged for a screen reader; and a `languages` key that says what is wrong.
@Suite(.serialized) struct BilingualTests {
    let tool = Tools.routinepress
    static let takeHome = Tools.root.appendingPathComponent("Examples/take-home-bilingual.json")
    static let raceWeek = Tools.root.appendingPathComponent("Examples/race-week-bilingual.json")
    static let checker = Tools.root.appendingPathComponent("Tests/pdf/structure_check.py").path
    static let overlaps = Tools.root.appendingPathComponent("Tests/pdf/overlap_check.py").path

    func render(_ plan: URL, _ extra: [String] = []) throws -> (pdf: String, dir: URL) {
        let dir = try Tools.temporaryFolder()
        let out = dir.appendingPathComponent("sheet.pdf").path
        let r = try Tools.run(tool, ["render", plan.path, "-o", out] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return (out, dir)
    }

    /// Page `n`'s text (1-based), or the whole document's, lines joined.
    func text(_ pdf: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try Tools.run("pdftotext", ["-enc", "UTF-8"] + range + [pdf, "-"]).text.replacingOccurrences(of: "\u{2060}", with: "")
            .replacingOccurrences(of: "\n", with: " ")
    }

    func pageCount(_ pdf: String) throws -> Int {
        let line = try Tools.run("pdfinfo", [pdf]).text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return Int(line?.split(separator: " ").last ?? "") ?? 0
    }

    /// The size of the first character of `words` where they are printed (pdfplumber).
    func size(of words: String, in pdf: String) throws -> Double? {
        let script = """
        import pdfplumber, sys
        with pdfplumber.open(sys.argv[1]) as p:
            for pg in p.pages:
                cs = [c for c in pg.chars if c["text"] != "\\u2060"]
                s = "".join(c["text"] for c in cs)
                i = s.find(sys.argv[2])
                if i >= 0:
                    print(round(cs[i]["size"], 2)); break
        """
        return Double(try Tools.run("env", ["python3", "-c", script, pdf, words]).text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func theBilingualTakeHomeSheetSaysEachThingTwiceTheSecondQuieter() throws {
        let (pdf, dir) = try render(Self.takeHome)
        defer { try? FileManager.default.removeItem(at: dir) }
        let shown = try text(pdf)
        // Tool words and catalog words in both languages; what the clinician wrote, once.
        for (spanish, english) in [("Rodar pantorrillas", "Roll calves"), ("Ruede 1 min · cada lado", "Roll 1 min · each side"),
                                   ("Mantenga 30 s · 2 veces · cada lado", "Hold 30 s · 2 times · each side"),
                                   ("Su registro", "Your tracker"), ("Notas", "Notes"), ("29 de noviembre de 2026", "29 November 2026"),
                                   ("Vaya despacio. Si un punto duele", "Move slowly and rest")] {
            #expect(shown.contains(spanish), "\"\(spanish)\" is on the sheet")
            #expect(shown.contains(english), "\"\(english)\" is on the sheet below \"\(spanish)\"")
            let first = try size(of: spanish, in: pdf), second = try size(of: english, in: pdf)
            #expect(first != nil && second != nil && second! < first!, "\"\(english)\" (\(second ?? 0) pt) is smaller than \"\(spanish)\" (\(first ?? 0) pt)")
        }
        // Short words share their line: the page label, a continued heading, the legend.
        for words in ["Página 1 de 3 · Page 1 of 3", "continuación · continued", "Trabaja más · Worked most"] { #expect(shown.contains(words), "\"\(words)\" is on the sheet") }
        #expect(shown.contains("Rutina de recuperación después de correr") && !shown.contains("Recovery routine"), "the clinician's title is printed as written")
        #expect(try pageCount(pdf) == 3, "twelve exercises in two languages with the tracker take three Letter pages")
    }

    @Test(arguments: [takeHome, raceWeek]) func nothingIsSetOverAnything(_ plan: URL) throws {
        for paper in ["letter", "a4", "a5"] {
            let (pdf, dir) = try render(plan, ["--paper", paper])
            defer { try? FileManager.default.removeItem(at: dir) }
            let r = try Tools.run("env", ["python3", Self.overlaps, pdf])
            #expect(r.status == 0, "\(paper): \(r.text)\(r.stderr)")
        }
    }

    /// The check finds text set over text: the same page drawn twice over itself.
    @Test func theOverlapCheckSeesACollision() throws {
        let (pdf, dir) = try render(Self.takeHome)
        defer { try? FileManager.default.removeItem(at: dir) }
        let twice = dir.appendingPathComponent("twice.pdf").path
        #expect(try Tools.run("qpdf", [pdf, "--overlay", pdf, "--", twice]).status == 0)
        let r = try Tools.run("env", ["python3", Self.overlaps, twice])
        #expect(r.status == 1 && r.text.contains("overlaps"), "\(r.text)")
    }

    /// The week's heads take a second line, and the week still sits under the header on page 1.
    @Test func theBilingualWeekStaysOnTheFirstPage() throws {
        let (pdf, dir) = try render(Self.raceWeek)
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try text(pdf, page: 1)
        for words in ["Semana de carrera", "Faltan 6 días", "6 days to go", "Día de la carrera", "Race day", "Trabaja más", "Worked most", "For Jordan Lee"] {
            #expect(first.contains(words), "page 1 has \"\(words)\"")
        }
        #expect(try pageCount(pdf) == 5)
    }

    /// pdfua and our check pass, the sheet's /Lang is the first language and every element in the
    /// second says so with its own /Lang.
    @Test(arguments: [takeHome, raceWeek]) func theSecondLanguageIsTaggedForAScreenReader(_ plan: URL) throws {
        for extra in [[], ["--large-print"]] {
            let (pdf, dir) = try render(plan, extra)
            defer { try? FileManager.default.removeItem(at: dir) }
            let ua = try Tools.run("env", ["python3", "-m", "pdfua", "check", pdf])
            #expect(ua.status == 0, "pdfua: \(ua.text)\(ua.stderr)")
            let ours = try Tools.run("env", ["python3", Self.checker, pdf, "--lang", "es", "--second-lang", "en"])
            #expect(ours.status == 0, "\(ours.text)\(ours.stderr)")
            let reading = try Tools.run("env", ["python3", Self.checker, pdf, "--lang", "es", "--second-lang", "en", "--reading"]).text
            #expect(reading.contains("Span: ") || reading.contains("P: "), "the second language is read as its own element")
        }
    }

    /// Each mistake in `languages` is one line with the file, line, column and path.
    @Test func badLanguagesSayWhatIsWrongAndWhere() throws {
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.takeHome)) as! [String: Any]
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(Any, String?, String)] = [
            ([String](), nil, "languages: name the sheet's language, and a second one to print below it"),
            (["es", "es-MX"], nil, "languages: the two languages are one language"),
            (["es", "en", "fr"], nil, "languages: 3 entries; at most 2 are allowed here"),
            (["es", "xx"], nil, "languages[1]: no sheet can be printed in \"xx\" yet (languages here: en (English), es (Español))"),
            (["es", 3], nil, "languages[1]: expected a language tag (a string), found a number"),
            (["es", "e n"], nil, "languages[1]: \"e n\" is not a language tag"),
            (["es", "en"], "en", "languages: \"language\" says \"en\" but \"languages\" starts with \"es\""),
        ]
        for (value, language, message) in cases {
            var plan = original
            plan["languages"] = value
            if let language { plan["language"] = language }
            let file = dir.appendingPathComponent("plan.json")
            try JSONSerialization.data(withJSONObject: plan, options: [.prettyPrinted, .sortedKeys]).write(to: file)
            let out = dir.appendingPathComponent("sheet.pdf")
            let r = try Tools.run(tool, ["render", file.path, "-o", out.path])
            #expect(r.status == 65, "\(value): exit \(r.status)")
            let line = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(line.hasPrefix(file.path + ":") && line.contains(message), "\(value): \(r.stderr)")
            #expect(line.range(of: #"^[^:]+:\d+:\d+: "#, options: .regularExpression) != nil, "with line and column: \(line)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
        }
    }
}
