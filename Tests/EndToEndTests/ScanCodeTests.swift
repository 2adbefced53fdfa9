import Foundation
import Testing

/// Exercise videos and the clinic's booking page as QR codes: drawn as vector squares, read back
/// from a 150 dpi picture of the page by zbarimg, each a link over its code and words, and tagged.
@Suite(.serialized) struct ScanCodeTests {
    let tool = Tools.routinepress
    static let takeHome = Tools.root.appendingPathComponent("Examples/take-home.json")
    static let raceWeek = Tools.root.appendingPathComponent("Examples/race-week.json")
    static let booking = "https://riverside-physio.example/book?from=sheet"
    static let videos = ["roll-calves": "https://riverside-physio.example/videos/roll-calves",
                         "leg-swings": "https://riverside-physio.example/videos/leg-swings",
                         "calf-stretch": "https://videos.riverside-physio.example/v/calf-stretch?lang=en&t=0"]

    /// The take-home example with three videos and a booking page.
    static func planWithCodes() throws -> [String: Any] {
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: takeHome)) as! [String: Any]
        var clinic = plan["clinic"] as! [String: Any]
        clinic["booking"] = booking
        plan["clinic"] = clinic
        plan["sections"] = (plan["sections"] as! [[String: Any]]).map { s in
            var s = s
            s["items"] = (s["items"] as! [[String: Any]]).map { i in
                var i = i
                if let v = videos[i["exercise"] as? String ?? ""] { i["video"] = v }
                return i
            }
            return s
        }
        return plan
    }

    func write(_ json: [String: Any], _ url: URL) throws { try JSONSerialization.data(withJSONObject: json).write(to: url) }

    /// Every QR code zbarimg finds on each page at 150 dpi: [page: [text]].
    func decoded(_ pdf: String, in dir: URL) throws -> [Int: [String]] {
        let prefix = dir.appendingPathComponent("scan").path
        #expect(try Tools.run("pdftoppm", ["-r", "150", "-png", pdf, prefix]).status == 0)
        var found: [Int: [String]] = [:]
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("scan-") }.sorted()
        for (n, file) in pages.enumerated() {
            let r = try Tools.run("zbarimg", ["-q", "--raw", "-Sdisable", "-Sqrcode.enable", dir.appendingPathComponent(file).path])
            // zbarimg exits 4 when a page holds no code.
            #expect(r.status == 0 || r.status == 4, "zbarimg (Debian's zbar-tools) failed: \(r.stderr)")
            found[n + 1] = r.text.split(separator: "\n").map(String.init).sorted()
        }
        return found
    }

    /// Each link annotation as "page uri".
    func links(_ pdf: String) throws -> [String] {
        let script = """
        import pikepdf, sys
        for i, pg in enumerate(pikepdf.open(sys.argv[1]).pages):
            for a in pg.obj.get("/Annots", []):
                print(i + 1, a.A.URI)
        """
        return try Tools.run("env", ["python3", "-c", script, pdf]).text.split(separator: "\n").map(String.init)
    }

    @Test func everyCodeScansToItsAddressAndIsALink() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.json"), out = dir.appendingPathComponent("sheet.pdf").path
        try write(try Self.planWithCodes(), plan)
        let r = try Tools.run(tool, ["render", plan.path, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        // The codes where their cards are (calves on page 1, swings and the calf stretch on 2), the booking code on the last page.
        let codes = try decoded(out, in: dir)
        #expect(codes == [1: [Self.videos["roll-calves"]!], 2: [Self.videos["calf-stretch"]!, Self.videos["leg-swings"]!].sorted(), 3: [Self.booking]], "\(codes)")
        // Each is a link too, with the footer's three on every page.
        let found = try links(out)
        for (page, uris) in codes { for u in uris { #expect(found.contains("\(page) \(u)"), "\(u) is a link on page \(page)") } }
        #expect(found.count == 3 * 3 + 4)
        // Drawn as vectors: no image in the PDF.
        let images = try Tools.run("pdfimages", ["-list", out]).text.split(separator: "\n")
        #expect(images.count == 2, "only pdfimages' heading: \(images)")
        // Read in order: the card's code inside its card, the booking code after the notes, before the contact.
        let reading = try Tools.run("env", ["python3", TaggedPDFTests.checker, out, "--reading"]).text.split(separator: "\n").map(String.init)
        #expect(reading.filter { $0 == "Link: Scan to watch the video" }.count == 3)
        let notes = try #require(reading.firstIndex(of: "H2: Notes"))
        #expect(reading[notes + 2] == "Link: Scan to book your next visit", "\(reading[notes...])")
        let tree = try Tools.run("env", ["python3", TaggedPDFTests.checker, out, "--text"]).text
        #expect(tree.contains("alt='QR code: video of Roll calves, https://riverside-physio.example/videos/roll-calves'"))
        #expect(tree.contains("alt='QR code: book your next visit at Riverside Running Physio, \(Self.booking)'"))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var options: [String]
        var testDescription: String { options.joined(separator: " ") }
    }

    @Test(arguments: [["--paper", "letter"], ["--paper", "a4"], ["--paper", "a5"], ["--large-print"]].map(Case.init))
    func sheetsWithCodesAreTaggedAndScan(_ c: Case) throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.json"), out = dir.appendingPathComponent("sheet.pdf").path
        try write(try Self.planWithCodes(), plan)
        let r = try Tools.run(tool, ["render", plan.path, "-o", out] + c.options)
        #expect(r.status == 0, "\(r.stderr)")
        let ua = try Tools.run("env", ["python3", "-m", "pdfua", "check", out])
        #expect(ua.status == 0, "\(ua.text)\(ua.stderr)")
        let ours = try Tools.run("env", ["python3", TaggedPDFTests.checker, out, "--lang", "en"])
        #expect(ours.status == 0, "\(ours.text)\(ours.stderr)")
        let all = try decoded(out, in: dir).values.flatMap { $0 }.sorted()
        #expect(all == (Array(Self.videos.values) + [Self.booking]).sorted(), "\(c): \(all)")
    }

    @Test func aRaceWeekCarriesTheBookingCodeAndACatalogVideo() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.raceWeek)) as! [String: Any]
        var clinic = (plan["clinic"] as? [String: Any]) ?? ["name": "Riverside Running Physio"]
        clinic["booking"] = Self.booking
        plan["clinic"] = clinic
        let planURL = dir.appendingPathComponent("week.json"), out = dir.appendingPathComponent("week.pdf").path
        try write(plan, planURL)
        // A clinic's catalog entry with a video: every card of it shows the code.
        let catalog = #"{"version": 1, "exercises": [{"id": "wall-sit", "name": "Wall sit", "kind": "strength", "muscles": ["quads"], "video": "https://clinic.example/v/wall-sit"}]}"#
        try Data(catalog.utf8).write(to: dir.appendingPathComponent("catalog.json"))
        #expect(try Tools.run(tool, ["render", planURL.path, "-o", out]).status == 0)
        #expect(try decoded(out, in: dir).values.flatMap { $0 } == [Self.booking])
        let sheet = #"{"kind": "take-home", "title": "Strength", "sections": [{"title": "Legs", "items": [{"exercise": "wall-sit", "duration": 30}]}]}"#
        try Data(sheet.utf8).write(to: dir.appendingPathComponent("sheet.json"))
        let r = try Tools.run(tool, ["render", "sheet.json", "--catalog", "catalog.json", "-o", "sheet.pdf"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path) where f.hasPrefix("scan-") { try FileManager.default.removeItem(at: dir.appendingPathComponent(f)) }
        #expect(try decoded(dir.appendingPathComponent("sheet.pdf").path, in: dir) == [1: ["https://clinic.example/v/wall-sit"]])
        // The clinic's reference book prints it too, on the entry's last page.
        let book = try Tools.run(tool, ["catalog", "--sheet", "--catalog", "catalog.json", "-o", "book.pdf"], cwd: dir)
        #expect(book.status == 0, "\(book.stderr)")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path) where f.hasPrefix("scan-") { try FileManager.default.removeItem(at: dir.appendingPathComponent(f)) }
        #expect(try decoded(dir.appendingPathComponent("book.pdf").path, in: dir).values.flatMap { $0 } == ["https://clinic.example/v/wall-sit"])
    }

    @Test func addressesThatCannotBeCodesAreErrorsWithTheirPlace() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = #"""
        {"kind": "take-home", "title": "T", "clinic": {"name": "C", "booking": "clinic.example/book"},
         "sections": [{"title": "S", "items": [{"exercise": "calf-stretch", "video": "javascript:alert(1)"},
                                               {"name": "Calves", "muscles": ["calves"], "video": "https://clinic.example/a video"},
                                               {"exercise": "roll-calves", "video": "https:///v.mp4"}]}]}
        """#
        try Data(plan.utf8).write(to: dir.appendingPathComponent("p.json"))
        let r = try Tools.run(tool, ["validate", "p.json"], cwd: dir)
        #expect(r.status == 65)
        let lines = r.text.split(separator: "\n").map(String.init)
        let hint = "(write the whole address, as a browser shows it: https://clinic.example/videos/calf-roll)"
        #expect(lines == [
            #"p.json:1:72: clinic.booking: the booking page's address "clinic.example/book" has no http:// or https:// at its start (write the whole address, as a browser shows it: https://clinic.example/book)"#,
            #"p.json:2:78: sections[0].items[0].video: the video's address "javascript:alert(1)" starts with javascript:, not http: or https: \#(hint)"#,
            #"p.json:3:91: sections[0].items[1].video: the video's address "https://clinic.example/a video" contains spaces or line breaks \#(hint)"#,
            #"p.json:4:77: sections[0].items[2].video: the video's address "https:///v.mp4" names no site after the scheme \#(hint)"#,
        ], "\(r.stderr)")
        let long = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch", "video": "https://c.example/\#(String(repeating: "a", count: 200))"}]}]}"#
        try Data(long.utf8).write(to: dir.appendingPathComponent("long.json"))
        let l = try Tools.run(tool, ["validate", "long.json"], cwd: dir)
        #expect(l.status == 65 && l.text.contains(#"long.json:1:113: sections[0].items[0].video: the video's address "https://c.example/aaa"#)
                && l.text.contains(" is 218 characters long; at most 200 fit a code that scans"), "\(l.text)")
    }
}
