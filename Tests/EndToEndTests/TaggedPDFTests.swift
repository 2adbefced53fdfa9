import Foundation
import Testing

/// Sheets as a screen reader meets them: tagged for PDF/UA-1 (checked by `pdfua`, and by our
/// own structure check for what it does not look at), read in the order of doing.
@Suite(.serialized) struct TaggedPDFTests {
    let tool = Tools.routinepress
    static let checker = Tools.root.appendingPathComponent("Tests/pdf/structure_check.py").path
    static let takeHome = Tools.root.appendingPathComponent("Examples/take-home.json").path
    static let raceWeek = Tools.root.appendingPathComponent("Examples/race-week.json").path
    static let takeHomeES = Tools.root.appendingPathComponent("Examples/take-home-es.json").path
    static let raceWeekES = Tools.root.appendingPathComponent("Examples/race-week-es.json").path

    struct Case: Sendable, CustomTestStringConvertible {
        var plan: String
        var paper: String
        var testDescription: String { "\(URL(fileURLWithPath: plan).lastPathComponent) on \(paper)" }
    }

    static let cases = [takeHome, raceWeek].flatMap { p in ["letter", "a4", "a5", "letter --large-print"].map { Case(plan: p, paper: $0) } }
        + [takeHomeES, raceWeekES].flatMap { p in ["letter", "letter --large-print"].map { Case(plan: p, paper: $0) } }

    /// The PDF/UA checker and ours both find nothing.
    func check(_ pdf: String, language: String = "en") throws {
        let ua = try Tools.run("env", ["python3", "-m", "pdfua", "check", pdf])
        #expect(ua.status == 0, "pdfua (from PyPI) found problems or is missing: \(ua.text)\(ua.stderr)")
        #expect(!ua.text.contains("[skip"), "every rule ran: \(ua.text)")
        let ours = try Tools.run("env", ["python3", Self.checker, pdf, "--lang", language])
        #expect(ours.status == 0, "\(ours.text)\(ours.stderr)")
    }

    @Test(arguments: cases) func everySheetIsTaggedForScreenReaders(_ c: Case) throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("sheet.pdf").path
        let r = try Tools.run(tool, ["render", c.plan, "-o", out, "--paper"] + c.paper.split(separator: " ").map(String.init))
        #expect(r.status == 0, "\(r.stderr)")
        try check(out, language: c.plan.hasSuffix("-es.json") ? "es" : "en")
    }

    @Test(arguments: [takeHome, raceWeek]) func largePrintHasNothingBelowFourteenPoints(_ plan: String) throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("large.pdf").path
        let r = try Tools.run(tool, ["render", plan, "--large-print", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        // Every character's size, and the tick boxes (squares under 30 pt), from pdfplumber.
        let script = """
        import pdfplumber, sys
        with pdfplumber.open(sys.argv[1]) as p:
            sizes = [c["size"] for pg in p.pages for c in pg.chars]
            boxes = [r["width"] for pg in p.pages for r in pg.rects if abs(r["width"] - r["height"]) < 0.01 and r["width"] < 30]
            print(round(min(sizes), 2), round(max(sizes), 2), round(min(boxes), 2), len(boxes))
        """
        let m = try Tools.run("env", ["python3", "-c", script, out]).text.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(m.count == 4)
        #expect(m[0] >= 14, "the smallest type is \(m[0]) pt")
        #expect(m[1] >= 24, "headings of 24 pt or more")
        #expect(m[2] >= 18, "tick boxes of a quarter inch: \(m[2]) pt")
        // One column, and margins of an inch: no text starts left of 72 pt.
        let left = try Tools.run("env", ["python3", "-c", "import pdfplumber,sys\nwith pdfplumber.open(sys.argv[1]) as p: print(round(min(c['x0'] for pg in p.pages for c in pg.chars), 1))", out]).text
        #expect((Double(left.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 71.9, "left margin \(left)")
        // Large print with a clinic's layout is said once, clearly.
        let both = try Tools.run(tool, ["render", plan, "--large-print", "--layout", "x.json", "-o", out])
        #expect(both.status == 64 && both.stderr.contains("--large-print and --layout cannot be given together"))
    }

    /// The structure tree's text, element by element, as a screen reader reads it.
    func reading(_ pdf: String) throws -> [String] {
        let r = try Tools.run("env", ["python3", Self.checker, pdf, "--reading"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.text.split(separator: "\n").map(String.init)
    }

    @Test func aSheetIsReadInTheOrderOfDoing() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("sheet.pdf").path
        #expect(try Tools.run(tool, ["render", Self.takeHome, "-o", out]).status == 0)
        let lines = try reading(out)
        // The header first: the clinic, the title, who it is for, the intro.
        #expect(Array(lines.prefix(2)) == ["P: RIVERSIDE RUNNING PHYSIO", "H1: Post-run recovery routine"])
        #expect(lines[2].hasPrefix("P: For Alex Morgan") && lines[3].hasPrefix("P: Do the foam rolling"))
        // Each card's number before its name, the cards in the plan's order, then the dose.
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.takeHome))) as! [String: Any]
        let ids = (plan["sections"] as! [[String: Any]]).flatMap { ($0["items"] as! [[String: Any]]).map { $0["exercise"] as! String } }
        let catalog = try JSONSerialization.jsonObject(with: Data(contentsOf: Tools.root.appendingPathComponent("Layouts/exercises.json"))) as! [String: Any]
        let names = Dictionary(uniqueKeysWithValues: (catalog["exercises"] as! [[String: Any]]).map { ($0["id"] as! String, $0["name"] as! String) })
        var at = 0
        for (n, id) in ids.enumerated() {
            let label = try #require(lines[at...].firstIndex(of: "Lbl: \(n + 1)"), "card \(n + 1) has its number")
            // Names wrap without a space at the line's end in the extracted text; compare without spaces.
            #expect(lines[label + 1].replacingOccurrences(of: " ", with: "") == "P:" + names[id]!.replacingOccurrences(of: " ", with: ""), "card \(n + 1)")
            #expect(lines[label + 2].hasPrefix("P: "), "the dose follows the name")
            at = label + 1
        }
        // After the cards the tracker (its heads scoped), then the notes, last.
        let tracker = try #require(lines.firstIndex(of: "TH: Your tracker"))
        #expect(tracker > at)
        #expect(lines[tracker + 1] == "TH: Week 1Mon")
        #expect(lines.filter { $0.hasPrefix("TH: ") && $0.contains(". ") }.count == ids.count, "a row head per exercise")
        #expect(lines[lines.count - 6] == "H2: Notes" && lines[lines.count - 5].hasPrefix("P: If you are tight"))
        // Last, once, the clinic's contact from the footer (an artifact on the other pages), its
        // phone, e-mail and website each a link.
        #expect(Array(lines.suffix(4)) == ["P: Riverside Running Physio  ·  12 Mill Lane, Exampleton EX1 2AB", "Link: 555-0142",
                                          "Link: hello@riverside-physio.example", "Link: riverside-physio.example"], "\(lines.suffix(4))")
        // Nothing is read twice: the heading repeated where its cards go on overleaf is an artifact.
        #expect(lines.filter { $0.hasPrefix("H2: ") }.count == 4, "\(lines.filter { $0.hasPrefix("H2: ") })")
    }

    /// Each page's link annotations, as "page uri | description" lines.
    func links(_ pdf: String) throws -> [String] {
        let script = """
        import pikepdf, sys
        for i, pg in enumerate(pikepdf.open(sys.argv[1]).pages):
            for a in pg.obj.get("/Annots", []):
                print(i + 1, a.A.URI, "|", a.Contents)
        """
        let r = try Tools.run("env", ["python3", "-c", script, pdf])
        #expect(r.status == 0, "\(r.stderr)")
        return r.text.split(separator: "\n").map(String.init)
    }

    @Test func theFootersPhoneEmailAndWebsiteAreLinks() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("sheet.pdf").path
        #expect(try Tools.run(tool, ["render", Self.takeHome, "-o", out]).status == 0)
        // On every page, over the words (our check compares each rectangle with its Link's text).
        let pageOne = ["1 tel:5550142 | Call Riverside Running Physio: 555-0142",
                       "1 mailto:hello@riverside-physio.example | E-mail Riverside Running Physio: hello@riverside-physio.example",
                       "1 https://riverside-physio.example | Website of Riverside Running Physio: riverside-physio.example"]
        let found = try links(out)
        #expect(found.count == 9)
        #expect(Array(found.prefix(3)) == pageOne, "\(found)")
        #expect(found.filter { $0.hasPrefix("3 ") }.count == 3)
        try check(out)

        // Details that cannot be addresses are printed, but open nothing; an international
        // number keeps its plus; a website with its scheme keeps it.
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.takeHome))) as! [String: Any]
        plan["clinic"] = ["name": "Clinic (Main St)", "phone": "+44 20 7946 0958", "email": "ask at the desk",
                          "website": "javascript:alert(1)"]
        let odd = dir.appendingPathComponent("odd.json")
        try JSONSerialization.data(withJSONObject: plan).write(to: odd)
        #expect(try Tools.run(tool, ["render", odd.path, "-o", out]).status == 0)
        #expect(try links(out).prefix(1) == ["1 tel:+442079460958 | Call Clinic (Main St): +44 20 7946 0958"])
        #expect(try links(out).count == 3, "only the phone is a link")
        #expect(try reading(out).suffix(3) == ["P: Clinic (Main St)", "Link: +44 20 7946 0958", "P: ask at the deskjavascript:alert(1)"])
        try check(out)
        plan["clinic"] = ["name": "Clinic", "website": "http://clinic.example/book?day=mon&who=ana", "email": "ana@clinic.example"]
        try JSONSerialization.data(withJSONObject: plan).write(to: odd)
        #expect(try Tools.run(tool, ["render", odd.path, "-o", out]).status == 0)
        #expect(try links(out).prefix(2) == ["1 mailto:ana@clinic.example | E-mail Clinic: ana@clinic.example",
                                             "1 http://clinic.example/book?day=mon&who=ana | Website of Clinic: clinic.example/book?day=mon&who=ana"])
    }

    @Test func figuresSayWhatTheyShow() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("sheet.pdf").path
        #expect(try Tools.run(tool, ["render", Self.takeHome, "-o", out]).status == 0)
        let tree = try Tools.run("env", ["python3", Self.checker, out, "--text"]).text
        #expect(tree.contains("alt='Front and back body figure: calves, quads, hamstrings, glutes, outer thigh, upper back and hip flexors worked most; abs, chest and shoulders also worked.'"))
        #expect(tree.contains("alt='Roll calves: Sitting on the floor with the left calf on a foam roller"), "a pose says what the person does, from the pose's description")
        #expect(tree.components(separatedBy: "/Figure").count - 1 == 17, "the summary and one per card")
        // The tracker: a cell for each exercise on each of its 14 days (empty: the box is for a pen).
        #expect(tree.components(separatedBy: "/TD").count - 1 == 16 * 14)
    }

    /// The outline as "title page" lines, children indented, and the page labels.
    func outline(_ pdf: String) throws -> [String] {
        let script = """
        import pikepdf, sys
        p = pikepdf.open(sys.argv[1])
        pages = {pg.objgen: i + 1 for i, pg in enumerate(p.pages)}
        def show(items, depth):
            for it in items:
                print("  " * depth + it.title + " " + str(pages[it.destination[0].objgen]))
                show(it.children, depth + 1)
        show(p.open_outline().root, 0)
        print("labels", p.Root.PageLabels.Nums[1].S)
        """
        let r = try Tools.run("env", ["python3", "-c", script, pdf])
        #expect(r.status == 0, "\(r.stderr)")
        return r.text.split(separator: "\n").map(String.init)
    }

    @Test func theOutlineOpensEachPartAtItsPage() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("sheet.pdf").path, week = dir.appendingPathComponent("week.pdf").path
        #expect(try Tools.run(tool, ["render", Self.takeHome, "-o", sheet]).status == 0)
        #expect(try Tools.run(tool, ["render", Self.raceWeek, "-o", week]).status == 0)
        // Pages as the sheet prints them: the tracker and the notes on page 3, with the last cards before them.
        #expect(try outline(sheet) == ["Foam rolling 1", "Dynamic warm-up 1", "Static stretching 2", "Your tracker 3", "Notes 3", "labels /D"])
        #expect(try outline(week) == ["The week 1", "Before every run 2", "After every run 2", "Rest day 3", "Checklists 3", "Notes 3", "labels /D"])
    }

    @Test func aMergedBatchIsOneTaggedDocumentWithASectionPerPlan() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let merged = dir.appendingPathComponent("all.pdf").path
        let r = try Tools.run(tool, ["batch", Self.takeHome, Self.raceWeek, "-o", dir.appendingPathComponent("out").path, "--merge", merged])
        #expect(r.status == 0, "\(r.stderr)")
        try check(merged)
        let lines = try reading(merged)
        #expect(lines.filter { $0.hasPrefix("H1: ") }.count == 2, "each plan keeps its own title")
        let entries = try outline(merged)
        #expect(entries.first == "Post-run recovery routine 1" && entries.contains("  Your tracker 3"), "each plan's parts under its title: \(entries)")
        #expect(entries.filter { !$0.hasPrefix(" ") && $0 != "labels /D" }.count == 2)
    }

    @Test func aMergedPlanInAnotherLanguageSaysSoOnItsPart() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.takeHome))) as! [String: Any]
        plan["language"] = "es"
        let spanish = dir.appendingPathComponent("es.json"), merged = dir.appendingPathComponent("all.pdf").path
        try JSONSerialization.data(withJSONObject: plan).write(to: spanish)
        let r = try Tools.run(tool, ["batch", Self.takeHome, spanish.path, "-o", dir.appendingPathComponent("out").path, "--merge", merged])
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
        import pikepdf, sys
        p = pikepdf.open(sys.argv[1])
        print(p.Root.Lang, [str(k.get("/Lang", "-")) for k in p.Root.StructTreeRoot.K.K])
        """
        #expect(try Tools.run("env", ["python3", "-c", script, merged]).text == "en ['-', 'es']\n")
        try check(merged)
    }
}
