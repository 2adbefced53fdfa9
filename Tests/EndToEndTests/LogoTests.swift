import Foundation
import Testing

/// A clinic's logo as a file or as bytes inside the plan: drawn at print resolution, never larger.
@Suite(.serialized) struct LogoTests {
    let tool = Tools.routinepress

    func plan(logo: String) -> String {
        #"{"kind": "take-home", "title": "Logo check", "clinic": {"name": "Riverside Physio", "logo": "\#(logo)"}, "sections": [{"title": "Stretches", "items": [{"exercise": "calf-stretch"}]}]}"#
    }

    /// The images of a PDF as `pdfimages -list` gives them: width and height in pixels.
    func images(_ pdf: URL) throws -> [(Int, Int)] {
        let lines = try Tools.run("pdfimages", ["-list", pdf.path]).text.split(separator: "\n").dropFirst(2)
        return lines.filter { $0.contains(" image ") }.map { line in
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            return (Int(f[3]) ?? 0, Int(f[4]) ?? 0)
        }
    }

    @Test func aLargeLogoIsScaledToItsBoxAtPrintResolutionAsFileOrAsBytes() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = TestPNG.gradient(width: 2400, height: 736)
        try Data(png).write(to: dir.appendingPathComponent("logo.png"))
        try Data(plan(logo: "logo.png").utf8).write(to: dir.appendingPathComponent("file.json"))
        try Data(plan(logo: "data:image/png;base64," + Data(png).base64EncodedString()).utf8).write(to: dir.appendingPathComponent("bytes.json"))
        for name in ["file", "bytes"] {
            let r = try Tools.run(tool, ["render", "\(name).json", "-o", "\(name).pdf"], cwd: dir)
            #expect(r.status == 0, "\(r.stderr)")
            // The logo box is 150 × 46 pt: at 300 dpi, 625 × 192 pixels; the image keeps its proportions.
            let list = try images(dir.appendingPathComponent("\(name).pdf"))
            #expect(list.count == 1 && list[0].0 == 625 && abs(list[0].1 - 192) <= 1, "\(name): \(list)")
            let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("\(name).pdf").path)[.size] as! Int
            #expect(size < 400_000, "\(name): the PDF holds the scaled logo only (\(size) bytes)")
        }
        // The same pixels whichever way the logo came.
        let a = try Tools.run("pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "1", dir.appendingPathComponent("file.pdf").path]).stdout
        let b = try Tools.run("pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "1", dir.appendingPathComponent("bytes.pdf").path]).stdout
        #expect(!a.isEmpty && a == b)
    }

    @Test func aSmallLogoIsKeptAsItIs() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(TestPNG.gradient(width: 300, height: 92)).write(to: dir.appendingPathComponent("logo.png"))
        try Data(plan(logo: "logo.png").utf8).write(to: dir.appendingPathComponent("plan.json"))
        let r = try Tools.run(tool, ["render", "plan.json", "-o", "plan.pdf"], cwd: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let list = try images(dir.appendingPathComponent("plan.pdf"))
        #expect(list.count == 1 && list[0] == (300, 92), "\(list)")
    }
}
