import Foundation
import PageGraphics
import RoutineModel
import RoutinePress
import Testing

/// Every example plan through the real engine, checked with the tools a printer shop would use.
@Suite(.serialized) struct ExampleRenderingTests {
    let engine = try! RenderEngine(resources: ResourceLocator(root: Tools.root))
    static let examples = (try! FileManager.default.contentsOfDirectory(atPath: Tools.root.appendingPathComponent("Examples").path))
        .filter { $0.hasSuffix(".json") }.sorted()

    func render(_ name: String, options: RenderOptions = RenderOptions()) throws -> (RenderedDocument, URL) {
        let url = Tools.root.appendingPathComponent("Examples").appendingPathComponent(name)
        let doc = try engine.render(Array(try Data(contentsOf: url)), file: name, baseDirectory: url.deletingLastPathComponent(), options: options)
        let out = try Tools.temporaryFolder().appendingPathComponent(name + ".pdf")
        try Data(doc.files[0]).write(to: out)
        return (doc, out)
    }

    @Test(arguments: examples) func fontsAreEmbeddedAndThePDFIsClean(_ name: String) throws {
        let (doc, pdf) = try render(name)
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        #expect(doc.warnings.allSatisfy { $0.code == "too-many-exercises" }, "\(doc.warnings.map(\.line))")
        let fonts = try Tools.run("pdffonts", [pdf.path]).text.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name, type (1-2 words), encoding, emb, sub, uni, object, id: emb and sub are the 5th and 4th from the end.
            #expect(columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes", "not embedded and subset: \(line)")
            #expect(line.hasPrefix("Inter") || line.contains("+Inter") || line.contains("+DejaVu"), "unexpected font: \(line)")
        }
        let check = try Tools.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "qpdf: \(check.text)")
    }

    /// The example holds 16 exercises (over the lint limit of 12): with a picture on every card it
    /// takes three Letter pages, the first two full.
    @Test func takeHomeTextIsInPlanOrderOnThreeLetterPages() throws {
        let (doc, pdf) = try render("take-home.json")
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        #expect(doc.pageCount == 3)
        let info = try Tools.run("pdfinfo", [pdf.path]).text
        #expect(info.contains("Pages:           3"))
        #expect(info.contains("612 x 792 pts (letter)"))
        #expect(info.contains("Title:           Post-run recovery routine\n"))
        #expect(!info.contains("Alex Morgan"), "the patient's name stays out of the metadata")
        let text = try Tools.run("pdftotext", ["-raw", pdf.path, "-"]).text
        #expect(text.contains("Alex Morgan"))
        let names = engine.catalog.exercises
        let planned = ["roll-calves", "roll-quads", "roll-hamstrings", "roll-glutes", "roll-outer-thigh", "roll-upper-back", "leg-swings",
                       "walking-lunges", "high-knees", "butt-kicks", "hip-flexor-stretch", "hamstring-stretch", "calf-stretch",
                       "figure-four-stretch", "standing-quad-stretch", "thoracic-opener"].map { id in names.first { $0.id == id }!.name }
        var cursor = text.startIndex
        for name in planned {
            guard let r = text.range(of: name, range: cursor..<text.endIndex) else { Issue.record("\(name) missing or out of order"); break }
            cursor = r.upperBound
        }
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("Hold 30 s · 2 times · each side"), "the dose reads whole, even when it wraps beside a picture")
        #expect(text.contains("Page 3 of 3"))
    }

    @Test func twoRendersAreByteIdentical() throws {
        let (a, pa) = try render("take-home.json")
        let (b, pb) = try render("take-home.json")
        try? FileManager.default.removeItem(at: pa.deletingLastPathComponent())
        try? FileManager.default.removeItem(at: pb.deletingLastPathComponent())
        #expect(a.files == b.files)
    }

    @Test func a4OverrideChangesThePaper() throws {
        let (_, pdf) = try render("take-home.json", options: RenderOptions(paper: .a4))
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        #expect(try Tools.run("pdfinfo", [pdf.path]).text.contains("595.28 x 841.89 pts (A4)"))
    }

    @Test func pngPreviewHasOneImagePerPage() throws {
        let (doc, pdf) = try render("take-home.json", options: RenderOptions(format: .png, dpi: 30))
        try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent())
        #expect(doc.files.count == 3)
        #expect(doc.files.allSatisfy { Array($0.prefix(4)) == [0x89, 0x50, 0x4E, 0x47] })
    }

    @Test func namesInManyScriptsRenderWithoutMissingGlyphs() throws {
        for name in ["Nguyễn Văn An", "Zoë Åkesson", "José Núñez", "Łukasz Żółć", "Ægir Þórsson"] {
            let json = #"{"kind": "take-home", "title": "Sheet", "patient": {"name": "\#(name)"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
            let doc = try engine.render(Array(json.utf8), file: "p.json", baseDirectory: nil, options: RenderOptions())
            #expect(doc.warnings.isEmpty, "\(name): \(doc.warnings.map(\.line))")
            let folder = try Tools.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let pdf = folder.appendingPathComponent("p.pdf")
            try Data(doc.files[0]).write(to: pdf)
            #expect(try Tools.run("pdftotext", ["-raw", pdf.path, "-"]).text.contains(name))
        }
    }

    @Test func markupInUserTextIsPrintedLiterally() throws {
        let json = #"{"kind": "take-home", "title": "<b>&amp;</b> %s %n", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch", "cue": "<i>x</i> & y"}]}]}"#
        let doc = try engine.render(Array(json.utf8), file: "p.json", baseDirectory: nil, options: RenderOptions())
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("p.pdf")
        try Data(doc.files[0]).write(to: pdf)
        let text = try Tools.run("pdftotext", ["-raw", pdf.path, "-"]).text
        #expect(text.contains("<b>&amp;</b> %s %n"))
        #expect(text.contains("<i>x</i> & y"))
    }

    @Test func charactersNoFontHasAreReportedNotFatal() throws {
        let json = #"{"kind": "take-home", "title": "Sheet \u{10FFFD} \u0F00", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
            .replacingOccurrences(of: "\\u{10FFFD}", with: "\u{E000}")
        let doc = try engine.render(Array(json.utf8), file: "p.json", baseDirectory: nil, options: RenderOptions())
        #expect(doc.warnings.map(\.line) == ["p.json: title: warning: some characters have no glyph in the fonts and print as boxes (add a font that covers them to Fonts/)"])
    }
}

/// The race-week example end to end: landscape pages with every day and checklist item.
@Suite(.serialized) struct RaceWeekRenderingTests {
    let engine = try! RenderEngine(resources: ResourceLocator(root: Tools.root))

    @Test(arguments: [Paper.letter, .a4])
    func theExampleIsLandscapeWithEveryDayAndChecklistItem(_ paper: Paper) throws {
        let url = Tools.root.appendingPathComponent("Examples/race-week.json")
        let doc = try engine.render(Array(try Data(contentsOf: url)), file: "race-week.json", baseDirectory: nil, options: RenderOptions(paper: paper))
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("w.pdf")
        try Data(doc.files[0]).write(to: pdf)
        let info = try Tools.run("pdfinfo", [pdf.path]).text
        #expect(info.contains(paper == .letter ? "792 x 612 pts" : "841.89 x 595.28 pts"))
        #expect(try Tools.run("qpdf", ["--check", pdf.path]).status == 0)
        let text = try Tools.run("pdftotext", ["-raw", pdf.path, "-"]).text.replacingOccurrences(of: "\n", with: " ")
        for label in ["6 days to go", "1 day to go", "Race day", "Mon 30 Nov", "Sun 6 Dec", "Jordan Lee", "Start 07:30"] {
            #expect(text.contains(label), "\(label) missing")
        }
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        for day in plan["days"] as! [[String: Any]] {
            for item in (day["checklist"] as? [String]) ?? [] { #expect(text.contains(item), "\(item) missing") }
        }
        for list in plan["checklists"] as! [[String: Any]] {
            for item in list["items"] as! [String] { #expect(text.contains(item), "\(item) missing") }
        }
        // The race is named on every page.
        let pages = doc.pageCount
        #expect(pages >= 2)
        for n in 1...pages {
            let page = try Tools.run("pdftotext", ["-raw", "-f", "\(n)", "-l", "\(n)", pdf.path, "-"]).text
            #expect(page.contains("City Marathon") && page.contains("Sunday 6 December 2026"), "page \(n)")
        }
    }

    @Test func onA5TheWeekStartsUnderTheTitleInEvenRows() throws {
        let url = Tools.root.appendingPathComponent("Examples/race-week.json")
        let plan = try engine.prepare(Array(try Data(contentsOf: url)), file: "race-week.json", baseDirectory: nil)
        let pages = engine.pages(for: plan, options: RenderOptions(paper: .a5))
        func labels(_ page: Page) -> [String] {
            page.frame.items.compactMap { p in
                if case .text(let t) = p.item, t.visibleText.hasSuffix("to go") || t.visibleText == "Race day" { return t.visibleText }
                return nil
            }
        }
        // Seven days on A5: four under the title on page 1, three on page 2 (not 5 + 2 on pages 2 and 3).
        #expect(labels(pages[0]) == ["6 days to go", "5 days to go", "4 days to go", "3 days to go"])
        #expect(labels(pages[1]) == ["2 days to go", "1 day to go", "Race day"])
    }

    @Test func theGeneratorCommandWritesAPlanThatRenders() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for distance in ["5k", "10k", "half", "marathon"] {
            let plan = folder.appendingPathComponent("\(distance).json").path
            let gen = try Tools.run(Tools.routinepress, ["race-week", "--race-date", "2026-12-06", "--distance", distance,
                                                          "--runner", "Jordan Lee", "--clinic-name", "Riverside", "-o", plan])
            #expect(gen.status == 0, "\(gen.stderr)")
            let render = try Tools.run(Tools.routinepress, ["render", plan, "-o", folder.appendingPathComponent("\(distance).pdf").path])
            #expect(render.status == 0, "\(render.stderr)")
        }
        let bad = try Tools.run(Tools.routinepress, ["race-week", "--race-date", "2026-13-01", "--distance", "marathon"])
        #expect(bad.status == 64)
    }
}
