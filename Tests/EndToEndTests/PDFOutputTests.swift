import Foundation
import PageGraphics
import RoutineModel
import RoutinePress
import Testing

/// The PDF writer: output that depends only on the plan, text where the layout put it, and
/// figure files it cannot reuse refused with a clear message.
@Suite(.serialized) struct PDFOutputTests {
    static let example = Array(try! Data(contentsOf: Tools.root.appendingPathComponent("Examples/take-home.json")))
    static let raceWeek = Array(try! Data(contentsOf: Tools.root.appendingPathComponent("Examples/race-week.json")))
    static let accented = Array(#"{"kind": "take-home", "title": "Ærø Łódź Ünïcødé", "patient": {"name": "Nguyễn Văn An"}, "sections": [{"title": "Ça va", "items": [{"exercise": "calf-stretch"}]}]}"#.utf8)

    @Test func aDocumentDoesNotDependOnWhatTheWorkerRenderedBefore() throws {
        let fresh = try RenderEngine(resources: ResourceLocator(root: Tools.root))
        let alone = try fresh.render(Self.example, file: "a.json", baseDirectory: nil, options: RenderOptions()).files[0]

        let busy = try RenderEngine(resources: ResourceLocator(root: Tools.root))
        _ = try busy.render(Self.raceWeek, file: "r.json", baseDirectory: nil, options: RenderOptions())
        _ = try busy.render(Self.accented, file: "u.json", baseDirectory: nil, options: RenderOptions())
        let after = try busy.render(Self.example, file: "a.json", baseDirectory: nil, options: RenderOptions()).files[0]
        #expect(after == alone, "fonts, figures and names must not carry over from earlier documents")

        let accentedAlone = try RenderEngine(resources: ResourceLocator(root: Tools.root))
            .render(Self.accented, file: "u.json", baseDirectory: nil, options: RenderOptions()).files[0]
        let accentedAfter = try busy.render(Self.accented, file: "u.json", baseDirectory: nil, options: RenderOptions()).files[0]
        #expect(accentedAfter == accentedAlone)
    }

    @Test func picturesDrawnAheadOnASecondThreadGiveTheSameBytes() throws {
        let inline = try RenderEngine(resources: ResourceLocator(root: Tools.root))
            .render(Self.example, file: "a.json", baseDirectory: nil, options: RenderOptions()).files[0]
        let engine = try RenderEngine(resources: ResourceLocator(root: Tools.root))
        let ahead = RenderOptions(drawPicturesAhead: true)
        for plan in [Self.example, Self.raceWeek, Self.example] {
            let bytes = try engine.render(plan, file: "a.json", baseDirectory: nil, options: ahead).files[0]
            if plan == Self.example { #expect(bytes == inline, "drawing ahead must not change a byte") }
        }
        // The engine is free again after each render: a pose page draws from the same library.
        let calf = try #require(engine.catalog.exercise("calf-stretch"))
        #expect(engine.posePage(calf, side: .left, frame: nil, bodyHeight: 100) != nil)
    }

    /// Words as poppler reads them from the PDF: (text, xMin, xMax) on page 1.
    func words(_ pdf: [UInt8]) throws -> [(String, Double, Double)] {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.pdf")
        try Data(pdf).write(to: file)
        let html = try Tools.run("pdftotext", ["-bbox", "-f", "1", "-l", "1", file.path, "-"]).text
        let pattern = try NSRegularExpression(pattern: #"xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            func group(_ i: Int) -> String { String(html[Range(m.range(at: i), in: html)!]) }
            return (group(3), Double(group(1))!, Double(group(2))!)
        }
    }

    @Test func textStandsWhereTheLayoutPutIt() throws {
        let engine = try RenderEngine(resources: ResourceLocator(root: Tools.root))
        let plan = try engine.prepare(Self.example, file: "a.json", baseDirectory: nil)
        let page = engine.pages(for: plan, options: RenderOptions())[0]
        let items = page.frame.items.compactMap { p -> (TextItem, Point)? in if case .text(let t) = p.item { return (t, p.origin) } else { return nil } }
        let pdfWords = try words(try engine.render(Self.example, file: "a.json", baseDirectory: nil, options: RenderOptions()).files[0])

        let (_, titleOrigin) = try #require(items.first { $0.0.visibleText == "Post-run recovery routine" })
        let first = try #require(pdfWords.first { $0.0 == "Post-run" })
        #expect(abs(first.1 - titleOrigin.x.value) < 0.1, "title starts at \(first.1), laid out at \(titleOrigin.x.value)")

        // The page number is right-aligned: it must end exactly at its box's right edge.
        let (footer, footerOrigin) = try #require(items.first { $0.0.visibleText.hasSuffix("Page 1 of 3") })
        let right = footerOrigin.x.value + (footer.width?.value ?? 0)
        let last = try #require(pdfWords.last { $0.0 == "3" })
        #expect(abs(last.2 - right) < 0.3, "the page number ends at \(last.2), its box at \(right)")
    }

    @Test func aFigureDrawnWithAGradientIsRefusedByName() throws {
        let root = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Layouts", "Fonts"] {
            try FileManager.default.copyItem(at: Tools.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let front = root.appendingPathComponent("Layouts/figures/front.svg")
        var svg = try String(contentsOf: front, encoding: .utf8)
        svg = svg.replacingOccurrences(of: #"<g id="silhouette">"#, with: #"""
            <defs><linearGradient id="shade"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>
            <g id="silhouette"><rect x="0" y="0" width="50" height="50" fill="url(#shade)"/>
            """#)
        try svg.write(to: front, atomically: true, encoding: .utf8)
        let engine = try RenderEngine(resources: ResourceLocator(root: root))
        do {
            _ = try engine.render(Self.example, file: "a.json", baseDirectory: nil, options: RenderOptions())
            Issue.record("a figure with a gradient was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains("front.svg") && message.contains("plain fills"), "\(message)")
        }
    }

    @Test func everyGlyphShownHasAWidthAndCombiningMarksKeepTheirText() throws {
        // n + combining diaeresis has no precomposed form: two glyphs in one cluster.
        let json = #"{"kind": "take-home", "title": "Spin\u0308al q\u0303 check", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        let engine = try RenderEngine(resources: ResourceLocator(root: Tools.root))
        let doc = try engine.render(Array(json.utf8), file: "m.json", baseDirectory: nil, options: RenderOptions())
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("m.pdf"), plain = folder.appendingPathComponent("plain.pdf")
        try Data(doc.files[0]).write(to: pdf)
        #expect(try Tools.run("pdftotext", ["-raw", pdf.path, "-"]).text.contains("Spin\u{308}al q\u{303} check"))

        #expect(try Tools.run("qpdf", ["--stream-data=uncompress", "--object-streams=disable", pdf.path, plain.path]).status == 0)
        let text = String(decoding: try Data(contentsOf: plain), as: UTF8.self)
        var widths = Set<String>()
        for w in try NSRegularExpression(pattern: #"/W \[(.*?)\]\s*>>"#, options: .dotMatchesLineSeparators).matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let body = String(text[Range(w.range(at: 1), in: text)!])
            for pair in try NSRegularExpression(pattern: #"(\d+)\s*\["#).matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                widths.insert(String(body[Range(pair.range(at: 1), in: body)!]))
            }
        }
        #expect(!widths.isEmpty)
        var shown = Set<String>()
        for line in text.split(separator: "\n") where line.hasSuffix("TJ") {
            let l = String(line)
            for g in try NSRegularExpression(pattern: #"<([0-9A-F]{4})>"#).matches(in: l, range: NSRange(l.startIndex..., in: l)) {
                shown.insert(String(Int(l[Range(g.range(at: 1), in: l)!], radix: 16)!))
            }
        }
        #expect(shown.count > 20)
        #expect(shown.subtracting(widths).isEmpty, "glyphs shown without a width: \(shown.subtracting(widths).sorted())")
    }
}
