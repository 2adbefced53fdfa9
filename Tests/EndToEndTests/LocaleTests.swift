import Foundation
import PageGraphics
import RoutineModel
import RoutinePress
import Testing

/// Sheets in the patient's language: every word from the strings files, Spanish sheets with no
/// English left, pages that still hold, and the check that tells a clinic what a new language lacks.
@Suite(.serialized) struct LocaleTests {
    let tool = Tools.routinepress
    let engine = try! RenderEngine(resources: ResourceLocator(root: Tools.root))
    static let strings = Tools.root.appendingPathComponent("Layouts/strings")
    static let english = try! LanguageStrings.load(contentsOf: strings.appendingPathComponent("en.json"))
    static let takeHomeES = Tools.root.appendingPathComponent("Examples/take-home-es.json")
    static let raceWeekES = Tools.root.appendingPathComponent("Examples/race-week-es.json")

    /// The text of a PDF as pdftotext reads it, word joiners dropped and lines joined (a phrase
    /// broken over two lines reads as one).
    func text(_ pdf: String) throws -> String {
        try Tools.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).text.replacingOccurrences(of: "\u{2060}", with: "")
            .replacingOccurrences(of: "-\n", with: "").replacingOccurrences(of: "\n", with: " ")
    }

    func render(_ plan: URL, _ extra: [String] = []) throws -> (pdf: String, dir: URL, result: Tools.Result) {
        let dir = try Tools.temporaryFolder()
        let out = dir.appendingPathComponent("sheet.pdf").path
        return (out, dir, try Tools.run(tool, ["render", plan.path, "-o", out] + extra))
    }

    // MARK: - The strings files

    /// en.json gives exactly the keys the tool asks for: none missing, none left over.
    @Test func englishHasEveryKeyAndNoOther() {
        #expect(Set(Self.english.phrases.keys) == Set(WordKey.all), "missing: \(Set(WordKey.all).subtracting(Self.english.phrases.keys).sorted()); unused: \(Set(Self.english.phrases.keys).subtracting(WordKey.all).sorted())")
    }

    /// Every key the tool knows is read somewhere in the code (a key nothing uses is a word nobody sees).
    @Test func everyKeyIsUsed() throws {
        var code = ""
        for folder in ["Sources/RoutineLayout", "Sources/RoutineModel", "Sources/RoutinePress", "Sources/routinepress"] {
            let dir = Tools.root.appendingPathComponent(folder)
            for case let f as String in FileManager.default.enumerator(atPath: dir.path)! where f.hasSuffix(".swift") && !f.hasSuffix("WordKey.swift") {
                code += try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            }
        }
        for key in WordKey.allCases {
            let name = String(describing: key)
            #expect(code.contains("(.\(name)") || code.contains(" .\(name)") || code.contains("? .\(name)"), "WordKey.\(name) (\"\(key.rawValue)\") is never used")
        }
    }

    /// Every shipped language is complete: strings, catalog words and race-week defaults, nothing left over.
    @Test func everyShippedLanguageIsComplete() throws {
        let languages = engine.shared.languages
        #expect(languages.codes == ["en", "es"])
        for code in languages.codes {
            #expect(languages.check(code) == [], "\(code): \(languages.check(code)?.map(\.line) ?? [])")
            #expect(languages.language(code)?.problems == [])
        }
        #expect(languages.language("es-MX")?.wording.language == "es", "a regional tag prints in its language")
    }

    /// The Spanish race-week defaults have the English ones' shape: only the words differ.
    @Test func spanishRaceWeekDefaultsKeepTheEnglishShape() throws {
        let en = try RaceWeekDefaults.load(contentsOf: Tools.root.appendingPathComponent("Layouts/race-week-defaults.json"))
        let es = try RaceWeekDefaults.load(contentsOf: Self.strings.appendingPathComponent("es.race-week.json"))
        #expect(StringsCheck.check(es, english: en, file: "es.race-week.json") == [])
        #expect(es.routines.map(\.title) != en.routines.map(\.title), "the words are translated")
    }

    // MARK: - Spanish sheets

    /// The English words the tool and the catalog print: each phrase's fixed parts of two words
    /// or more (or one long word), and the catalog's names and cues.
    static func englishWords() throws -> [String] {
        var out: Set<String> = []
        for (key, phrase) in english.phrases where !key.hasPrefix("date.") && !key.hasPrefix("list.") && !key.hasPrefix("time.") && key != "book.id" {
            let forms: [String]
            switch phrase { case .text(let s): forms = [s]; case .plural(let a, let b): forms = [a, b] }
            for form in forms {
                for part in form.split(separator: "{").map({ String($0.split(separator: "}").last ?? "") }) {
                    let words = part.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                    if words.split(separator: " ").count >= 2 || words.count >= 6 { out.insert(words) }
                }
            }
        }
        out.formUnion(english.months.filter { $0.count > 3 } + english.weekdays)
        let catalog = try Catalog.load(contentsOf: Tools.root.appendingPathComponent("Layouts/exercises.json"))
        for e in catalog.exercises { out.insert(e.name); if let c = e.cue { out.insert(c) } }
        return out.sorted()
    }

    @Test(arguments: [takeHomeES, raceWeekES]) func aSpanishSheetHasNoEnglishWord(_ plan: URL) throws {
        let (pdf, dir, r) = try render(plan)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("missing-glyphs") && !r.stderr.contains("boxes"), "every character has a glyph: \(r.stderr)")
        let shown = try text(pdf)
        for words in try Self.englishWords() {
            // As whole words: "march" inside "marchar" is Spanish.
            let pattern = "\\b" + NSRegularExpression.escapedPattern(for: words) + "\\b"
            #expect(shown.range(of: pattern, options: [.regularExpression, .caseInsensitive]) == nil, "English on a Spanish sheet: \"\(words)\"")
        }
    }

    @Test func theSpanishTakeHomeSheetIsInSpanishAndFitsTwoLetterPages() throws {
        let (pdf, dir, r) = try render(Self.takeHomeES)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let shown = try text(pdf)
        for words in ["Para María José Núñez", "Preparado por Sam Okafor, DPT", "29 de noviembre de 2026", "Su registro", "Semana 2", "Lun", "Mié", "Sáb",
                      "Notas", "Página 1 de 2", "Página 2 de 2", "Ruede 1 min · cada lado", "Mantenga 30 s", "8 pasadas lentas", "Rodar pantorrillas",
                      "Trabaja más", "¿Siente", "¡Buena carrera!"] {
            #expect(shown.contains(words), "\"\(words)\" is on the sheet")
        }
        let pages = try Tools.run("pdfinfo", [pdf]).text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        #expect(pages?.hasSuffix(" 2") == true, "\(pages ?? "")")
        let lang = try Tools.run("env", ["python3", "-c", "import pikepdf,sys\np = pikepdf.open(sys.argv[1]); print(p.Root.Lang)", pdf]).text
        #expect(lang.trimmingCharacters(in: .whitespacesAndNewlines) == "es")
    }

    /// The 12-exercise sheet that fits two Letter pages in English still does in Spanish (about 20 % longer text).
    @Test func twelveExercisesInSpanishStillFitTwoPages() throws {
        var plan = try JSONSerialization.jsonObject(with: Data(PictureTests.trimmedExample(12))) as! [String: Any]
        plan["language"] = "es"
        let pages = engine.pages(for: try engine.prepare(Array(try JSONSerialization.data(withJSONObject: plan)), file: "p.json", baseDirectory: nil),
                                 options: RenderOptions(paper: .letter))
        #expect(pages.count == 2)
    }

    @Test func theSpanishRaceWeekSaysItsDaysInSpanish() throws {
        let (pdf, dir, r) = try render(Self.raceWeekES)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(r.status == 0, "\(r.stderr)")
        let shown = try text(pdf)
        for words in ["Domingo, 6 de diciembre de 2026", "Salida 07:30", "Faltan 6 días", "Falta 1 día", "Día de la carrera", "Lun 30 nov",
                      "Antes de correr", "Después de correr", "Listas", "Para Jordan Lee"] {
            #expect(shown.contains(words), "\"\(words)\" is on the sheet")
        }
    }

    /// A Spanish week puts its routines where the English one does: before-run routines above the
    /// run, the others below, rest days untickable, read from timing (no English title to go by).
    @Test func aSpanishWeekPlacesRoutinesAsTheEnglishOneDoes() throws {
        func order(_ url: URL) throws -> [[String]] {
            let prepared = try engine.prepare(Array(try Data(contentsOf: url)), file: url.lastPathComponent, baseDirectory: nil)
            let page = engine.pages(for: prepared, options: RenderOptions())[0]
            // Each day column's texts, top to bottom, as roles: before (B), run (R), after (A), rest (X).
            guard case .raceWeek(let week) = prepared else { return [] }
            let titles = Dictionary(uniqueKeysWithValues: week.plan.routines.map { ($0.title, $0.timing) })
            var columns: [Int: [(Double, String)]] = [:]
            for p in page.frame.items {
                guard case .text(let t) = p.item else { continue }
                let s = t.visibleText.replacingOccurrences(of: "\n", with: " ")
                let column = Int(p.origin.x.value / 100)
                if let timing = titles[s] { columns[column, default: []].append((p.origin.y.value, timing?.isBeforeRun == true ? "B" : "A")) }
                else if week.plan.days.contains(where: { $0.run == s }) { columns[column, default: []].append((p.origin.y.value, "R")) }
            }
            return columns.keys.sorted().map { columns[$0]!.sorted { $0.0 < $1.0 }.map(\.1) }
        }
        let es = try order(Self.raceWeekES)
        #expect(!es.isEmpty)
        for day in es where day.contains("R") && day.count > 1 {
            #expect(day.firstIndex(of: "R")! >= day.lastIndex(of: "B").map { $0 + 1 } ?? 0, "before-run routines above the run: \(day)")
            #expect(day.lastIndex(of: "R")! <= (day.firstIndex(of: "A") ?? day.count), "the others below it: \(day)")
        }
    }

    // MARK: - Languages a clinic adds

    /// A copy of our resources with a French strings file that lacks two keys, names a place
    /// that is never filled and has a key nothing uses.
    func frenchResources() throws -> URL {
        let dir = try Tools.temporaryFolder()
        try FileManager.default.copyItem(at: Tools.root.appendingPathComponent("Layouts"), to: dir.appendingPathComponent("Layouts"))
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("Fonts"), withDestinationURL: Tools.root.appendingPathComponent("Fonts"))
        var json = try String(contentsOf: Self.strings.appendingPathComponent("en.json"), encoding: .utf8)
        json = json.replacingOccurrences(of: "\"language\": \"en\"", with: "\"language\": \"fr\"").replacingOccurrences(of: "\"name\": \"English\"", with: "\"name\": \"Français\"")
            .replacingOccurrences(of: "    \"notes.heading\": \"Notes\",\n", with: "").replacingOccurrences(of: "    \"tracker.week\": \"Week {n}\",\n", with: "")
            .replacingOccurrences(of: "\"header.for\": \"For {name}\"", with: "\"header.for\": \"Pour {nom}\", \"tracker.titel\": \"Votre suivi\"")
        try json.write(to: dir.appendingPathComponent("Layouts/strings/fr.json"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func stringsCheckListsWhatIsMissingWithFileAndKey() throws {
        let dir = try frenchResources()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("Layouts/strings/fr.json").path
        let r = try Tools.run(tool, ["strings", "--check", "fr", "--resources", dir.path])
        #expect(r.status == 65)
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file): strings[\"notes.heading\"]: \"notes.heading\" is missing (in English: \"Notes\") (add it to the file)"), "\(lines)")
        #expect(lines.contains("\(file): strings[\"tracker.week\"]: \"tracker.week\" is missing (in English: \"Week {n}\") (add it to the file)"))
        #expect(lines.contains { $0.hasPrefix(file + ":") && $0.hasSuffix("strings[\"header.for\"]: \"header.for\" names {nom}, which is never filled (its places: {name})") })
        #expect(lines.contains { $0.hasSuffix("strings[\"tracker.titel\"]: warning: \"tracker.titel\" is not used (did you mean \"tracker.title\"?)") })
        #expect(lines.contains { $0.contains("fr.exercises.json") && $0.contains("the catalog's exercises have no words in this language") })
        #expect(lines.last == "fr: 4 missing, 3 to look at")
        let ours = try Tools.run(tool, ["strings", "--check", "es"])
        #expect(ours.status == 0 && ours.text == "es: complete\n", "\(ours.text)")
        let list = try Tools.run(tool, ["strings", "--resources", dir.path])
        #expect(list.text.contains("fr    Français    4 missing: routinepress strings --check fr"), "\(list.text)")
    }

    @Test func aPlanInALanguageWithoutStringsNamesThoseThereAre() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("de.json")
        try String(contentsOf: Tools.root.appendingPathComponent("Examples/take-home.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"language\": \"en\"", with: "\"language\": \"de\"").write(to: plan, atomically: true, encoding: .utf8)
        let r = try Tools.run(tool, ["render", plan.path, "-o", dir.appendingPathComponent("de.pdf").path])
        #expect(r.status == 65)
        #expect(r.stderr == "\(plan.path):4:15: language: no sheet can be printed in \"de\" yet (languages here: en (English), es (Español); a clinic adds one with Layouts/strings/de.json (see routinepress strings --help))\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("de.pdf").path), "nothing is written")
    }

    @Test func raceWeekWritesASpanishPlan() throws {
        let r = try Tools.run(tool, ["race-week", "--race-date", "2026-12-06", "--distance", "half", "--language", "es"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.text.contains("\"title\": \"Semana de carrera: Media maratón\"") && r.text.contains("\"language\": \"es\""))
        #expect(r.text.contains("\"title\": \"Antes de correr\"") && r.text.contains("\"run\": \"Descanso\""))
        let bad = try Tools.run(tool, ["race-week", "--race-date", "2026-12-06", "--distance", "half", "--language", "xx"])
        #expect(bad.status == 65 && bad.stderr.contains("no race week can be written in \"xx\" yet"), "\(bad.stderr)")
    }
}
