import Foundation
import Testing

/// A clinic's own look: a layout file that extends ours and a folder of its fonts, checked as
/// strictly as plans and visible in the PDF.
@Suite(.serialized) struct ClinicLayoutTests {
    let tool = Tools.routinepress
    let example = Tools.root.appendingPathComponent("Examples/take-home.json").path

    /// A layout file's text, and the exact problems `validate` prints for it (`F` is the file).
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var layout: String
        var lines: [String]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "a style names a missing colour", layout: ##"{"extends": "take-home", "styles": {"dose": {"size": 12, "color": "dosefil"}}}"##,
             lines: [#"F:1:67: styles.dose.color: "dosefil" is neither a colour of "colors" nor #rrggbb (did you mean "doseFill"?)"#]),
        Case(id: "an unknown key", layout: ##"{"extends": "take-home", "styles": {"heading": {"colour": "accent"}}}"##,
             lines: [#"F:1:49: styles.heading.colour: unknown key "colour" (did you mean "color"?)"#]),
        Case(id: "a misspelt style", layout: ##"{"extends": "take-home", "styles": {"heding": {"size": 18}}}"##,
             lines: [#"F:1:47: styles.heding: no sheet uses a text style "heding" (did you mean "heading"?)"#]),
        Case(id: "a misspelt colour", layout: ##"{"extends": "take-home", "colors": {"acent": "#7a1f4d"}}"##,
             lines: [#"F:1:46: colors.acent: nothing is drawn in the colour "acent" (did you mean "accent"?)"#]),
        Case(id: "a colour that is not one", layout: ##"{"extends": "take-home", "colors": {"accent": "navy"}}"##,
             lines: [#"F:1:47: colors.accent: "navy" is not a colour (write it as #rrggbb, such as #1c5a85)"#]),
        Case(id: "a bad extends", layout: ##"{"extends": "takehome"}"##,
             lines: [#"F:1:13: extends: no layout "takehome" to extend (did you mean "take-home"?)"#]),
        Case(id: "a face that is not loaded", layout: ##"{"extends": "take-home", "styles": {"title": {"family": "Comic Sans"}}}"##,
             lines: [#"F: styles.title.family: no font of the family "Comic Sans" is loaded (add its files to the --fonts folder's fonts.json, or name one of: Inter, DejaVu Sans)"#]),
        Case(id: "a size out of range", layout: ##"{"extends": "take-home", "styles": {"notes": {"size": 100}}}"##,
             lines: ["F:1:55: styles.notes.size: 100 pt is out of range (use 6 to 72 pt)"]),
        Case(id: "a number written as text", layout: ##"{"extends": "take-home", "margins": {"top": "1in"}}"##,
             lines: ["F:1:45: margins.top: expected a number, found a string"]),
        Case(id: "several at once, in order", layout: ##"{"extends": "take-home", "spacing": {"columns": 4}, "logo": {"width": 1000}}"##,
             lines: ["F:1:49: spacing.columns: 4 columns is out of range (use 1 to 3 columns)",
                     "F:1:71: logo.width: 1000 pt is out of range (use 36 to 300 pt)"]),
        Case(id: "two bad numbers in one object, both", layout: ##"{"extends": "take-home", "tracker": {"box": 100, "corner": -1}}"##,
             lines: ["F:1:45: tracker.box: 100 pt is out of range (use 6 to 30 pt)",
                     "F:1:60: tracker.corner: -1 pt is out of range (use 0 to 12 pt)"]),
        Case(id: "not JSON", layout: ##"{"extends": "take-home",}"##,
             lines: ["F:1:25: $: expected a key in double quotes, found '}' (remove the comma before '}')"]),
    ]

    @Test(arguments: cases) func aBrokenClinicLayoutIsReportedWhereItIs(_ c: Case) throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("clinic.json")
        try Data(c.layout.utf8).write(to: file)
        let checked = try Tools.run(tool, ["validate", example, "--layout", file.path])
        let rendered = try Tools.run(tool, ["render", example, "--layout", file.path, "-o", dir.appendingPathComponent("out.pdf").path])
        #expect(checked.status == 65 && rendered.status == 65, "validate \(checked.status), render \(rendered.status)")
        let lines = checked.stderr.split(separator: "\n").map(String.init).filter { !$0.contains(": warning: ") }
        #expect(lines == c.lines.map { $0.replacingOccurrences(of: "F:", with: file.path + ":", options: .anchored) })
        #expect(rendered.stderr.split(separator: "\n").map(String.init).filter { !$0.contains(": warning: ") } == lines, "render says the same")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.pdf").path))
    }

    /// A clinic's fonts.json, and the exact problems `validate` and `render` print for it (`F` is the file).
    static let fontCases: [Case] = [
        Case(id: "a misspelt key", layout: #"{"families": ["DejaVu Serif"], "file": []}"#,
             lines: [#"F:1:32: file: unknown key "file" (did you mean "files"?)"#, #"F:1:1: files: missing the font files ("files")"#]),
        Case(id: "a file that is not there", layout: #"{"families": ["Brand"], "files": [{"path": "Brand-Bold.otf", "package": "fonts-brand"}]}"#,
             lines: [#"F:1:44: files[0].path: the font file D/Brand-Bold.otf is missing (install the Debian package fonts-brand, or run `make setup`)"#]),
        Case(id: "a family that is not text", layout: #"{"families": [12], "files": []}"#,
             lines: ["F:1:15: families[0]: expected text, found a number"]),
        Case(id: "features that are not a list", layout: #"{"families": ["Inter"], "files": [], "features": {"Inter": "ccmp=0"}}"#,
             lines: ["F:1:60: features.Inter: expected the family's features (an array), found a string"]),
        Case(id: "not JSON", layout: #"{"families": ["Inter"],"#,
             lines: ["F:1:24: $: expected a key in double quotes, found the end of the input"]),
    ]

    @Test(arguments: fontCases) func aBrokenClinicFontListIsReportedWhereItIs(_ c: Case) throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("brand")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("fonts.json")
        try Data(c.layout.utf8).write(to: file)
        let checked = try Tools.run(tool, ["validate", example, "--fonts", folder.path])
        let rendered = try Tools.run(tool, ["render", example, "--fonts", folder.path, "-o", dir.appendingPathComponent("out.pdf").path])
        #expect(checked.status == 65 && rendered.status == 65, "validate \(checked.status), render \(rendered.status)")
        let expected = c.lines.map { $0.replacingOccurrences(of: "F:", with: file.path + ":", options: .anchored).replacingOccurrences(of: " D/", with: " " + folder.path + "/") }
        #expect(checked.stderr.split(separator: "\n").map(String.init) == expected, "\(checked.stderr)")
        #expect(rendered.stderr == checked.stderr, "render says the same")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.pdf").path))
    }

    @Test func ourOwnBrokenFontListOrFigureIsABrokenInstall() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for sub in ["Layouts", "Fonts"] {
            try FileManager.default.copyItem(at: Tools.root.appendingPathComponent(sub), to: dir.appendingPathComponent(sub))
        }
        let fonts = dir.appendingPathComponent("Fonts/fonts.json")
        try Data(#"{"families": ["Inter"], "files": [{"path": "/nowhere/Inter.otf", "package": "fonts-inter"}]}"#.utf8).write(to: fonts)
        let out = dir.appendingPathComponent("out.pdf").path
        let checked = try Tools.run(tool, ["validate", example, "--resources", dir.path])
        let rendered = try Tools.run(tool, ["render", example, "--resources", dir.path, "-o", out])
        #expect(checked.status == 70 && rendered.status == 70, "validate \(checked.status), render \(rendered.status)")
        #expect(checked.stderr == "routinepress: a data file of the tool is broken: \(fonts.path):1:44: files[0].path: the font file /nowhere/Inter.otf is missing (install the Debian package fonts-inter, or run `make setup`)\n")
        #expect(rendered.stderr == checked.stderr)
        try FileManager.default.removeItem(at: fonts)
        try FileManager.default.copyItem(at: Tools.root.appendingPathComponent("Fonts/fonts.json"), to: fonts)
        let figure = dir.appendingPathComponent("Layouts/figures/front.svg")
        try Data("<svg this is not".utf8).write(to: figure)
        let broken = try Tools.run(tool, ["render", example, "--resources", dir.path, "-o", out])
        #expect(broken.status == 70)
        #expect(broken.stderr.hasPrefix("routinepress: a data file of the tool is broken: the figure \(figure.path) cannot be read as SVG: ") && broken.stderr.split(separator: "\n").count == 1,
                "one line naming the figure: \(broken.stderr)")
        #expect(try Tools.run(tool, ["validate", example, "--resources", dir.path]).stderr == broken.stderr, "validate says the same")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// The text of a PDF's pages with every stream inflated (qpdf), to find colour and size operators.
    func operators(_ pdf: URL) throws -> String {
        let qdf = pdf.deletingPathExtension().appendingPathExtension("qdf")
        #expect(try Tools.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path]).status == 0)
        return String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
    }

    @Test func aFiveLineClinicLayoutAndABrandFontChangeTheSheet() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("""
        {
          "extends": "take-home",
          "colors": { "accent": "#7a1f4d" },
          "styles": { "intro": { "size": 15 }, "title": { "family": "DejaVu Serif" }, "heading": { "family": "DejaVu Serif" } },
          "logo": { "width": 190, "height": 60, "gap": 16 }
        }
        """.utf8).write(to: dir.appendingPathComponent("look.json"))
        let fonts = dir.appendingPathComponent("brand")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        try Data(#"{"families": ["DejaVu Serif"], "files": [{"path": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", "package": "fonts-dejavu-core"}]}"#.utf8)
            .write(to: fonts.appendingPathComponent("fonts.json"))
        try Data(TestPNG.gradient(width: 2400, height: 736)).write(to: dir.appendingPathComponent("logo.png"))
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: example))) as! [String: Any]
        var clinic = plan["clinic"] as! [String: Any]
        clinic["logo"] = "logo.png"
        plan["clinic"] = clinic
        try JSONSerialization.data(withJSONObject: plan).write(to: dir.appendingPathComponent("plan.json"))

        let plain = try Tools.run(tool, ["render", "plan.json", "-o", "plain.pdf"], cwd: dir)
        let styled = try Tools.run(tool, ["render", "plan.json", "--layout", "look.json", "--fonts", "brand", "-o", "styled.pdf"], cwd: dir)
        #expect(plain.status == 0 && styled.status == 0, "\(plain.stderr) \(styled.stderr)")
        let before = try operators(dir.appendingPathComponent("plain.pdf")), after = try operators(dir.appendingPathComponent("styled.pdf"))
        // #7a1f4d as PDF fill colour; the intro at 15 pt (13 pt in ours).
        #expect(!before.contains("0.478 0.122 0.302 rg") && after.contains("0.478 0.122 0.302 rg"), "the clinic's accent colour")
        #expect(!before.contains(" 15 Tf") && after.contains(" 15 Tf"), "the intro at 15 pt")
        let faces = try Tools.run("pdffonts", [dir.appendingPathComponent("styled.pdf").path]).text
        let ourFaces = try Tools.run("pdffonts", [dir.appendingPathComponent("plain.pdf").path]).text
        #expect(faces.contains("DejaVuSerif-Bold") && !ourFaces.contains("DejaVuSerif"), "the brand font is embedded: \(faces)")
        // The logo box of 190 x 60 pt at 300 dpi: 792 pixels wide for this logo's proportions.
        let images = try Tools.run("pdfimages", ["-list", dir.appendingPathComponent("styled.pdf").path]).text
        #expect(images.contains(" 792 "), "\(images)")
        // The same clinic look reaches the race week.
        let week = try Tools.run(tool, ["render", Tools.root.appendingPathComponent("Examples/race-week.json").path, "--layout", "look.json", "--fonts", "brand",
                                        "-o", "week.pdf"], cwd: dir)
        #expect(week.status == 0, "\(week.stderr)")
        let weekOperators = try operators(dir.appendingPathComponent("week.pdf"))
        #expect(weekOperators.contains("0.478 0.122 0.302 rg"))
    }

    @Test func theExampleLayoutInTheREADMERenders() throws {
        let readme = try String(contentsOf: Tools.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "    {\n      \"extends\": \"take-home\""))
        let block = readme[start.lowerBound...].components(separatedBy: "\n\n")[0]
        let json = block.split(separator: "\n").map { $0.dropFirst(4) }.joined(separator: "\n")
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(json.utf8).write(to: dir.appendingPathComponent("clinic-look.json"))
        let r = try Tools.run(tool, ["render", example, "--layout", "clinic-look.json", "-o", "sheet.pdf"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
    }
}
