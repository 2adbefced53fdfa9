import Foundation
import PageGraphics
import RoutineModel
import RoutinePress
import Testing

/// A clinic's own exercises: an SVG picture, an inline pose, or neither (the muscle figure, and one warning).
@Suite struct ClinicPictureTests {
    static let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 100"><rect x="90" width="6" height="95" fill="#8d979f"/><circle cx="70" cy="18" r="9" fill="#b9b0a4"/><path d="M62 56 L40 60 L40 95 L48 95 L48 68 L70 66 Z" fill="#d9651c"/></svg>"##
    static let pose = #"{"view": "side", "description": "Standing on the left leg with the right knee lifted.", "joints": {"right-hip": {"flexion": 80}, "right-knee": {"flexion": 90}}, "contacts": [{"place": "left-foot", "on": "floor"}]}"#
    static func catalog(_ entries: String) -> String { #"{"version": 1, "exercises": [\#(entries)]}"# }
    static let plan = #"{"kind": "take-home", "title": "Clinic plan", "sections": [{"title": "S", "items": [{"exercise": "wall-sit"}, {"exercise": "knee-lift"}, {"exercise": "bridge"}, {"exercise": "calf-stretch"}]}]}"#

    func folder() throws -> URL {
        let dir = try Tools.temporaryFolder()
        try Data(Self.svg.utf8).write(to: dir.appendingPathComponent("wall-sit.svg"))
        let entries = [
            #"{"id": "wall-sit", "name": "Wall sit", "kind": "strength", "muscles": ["quads"], "dose": {"hold": 30}, "picture": "wall-sit.svg"}"#,
            #"{"id": "knee-lift", "name": "Knee lift", "kind": "dynamic", "muscles": ["hip-flexors"], "dose": {"reps": 10}, "pose": \#(Self.pose)}"#,
            #"{"id": "bridge", "name": "Bridge", "kind": "strength", "muscles": ["glutes"], "dose": {"reps": 10}}"#,
        ].joined(separator: ",\n")
        try Data(Self.catalog(entries).utf8).write(to: dir.appendingPathComponent("catalog.json"))
        try Data(Self.plan.utf8).write(to: dir.appendingPathComponent("plan.json"))
        return dir
    }

    @Test func svgPosesAndFiguresShareOneSheet() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let engine = try RenderEngine(resources: ResourceLocator(root: Tools.root), extraCatalog: dir.appendingPathComponent("catalog.json"))
        let bytes = Array(Self.plan.utf8)
        let plan = try engine.prepare(bytes, file: "plan.json", baseDirectory: dir)
        let items = engine.pages(for: plan, options: RenderOptions()).flatMap { $0.frame.items.map(\.item) }
        let svgs = items.compactMap { if case .svg(let s) = $0 { return s.path } else { return nil } }
        let drawings = items.compactMap { if case .drawing(let d) = $0 { return d.drawing.key } else { return nil } }
        #expect(svgs == [dir.appendingPathComponent("wall-sit.svg").standardizedFileURL.path])
        #expect(drawings.count == 2 && drawings[0].hasPrefix("pose:knee-lift:") && drawings[1].hasPrefix("pose:calf-stretch:"))
        // The bridge has neither: its card shows the small muscle figure (the page-1 summary adds two more).
        let figures = items.filter { if case .figure = $0 { return true } else { return false } }
        #expect(figures.count == 3)
        let doc = try engine.render(bytes, file: "plan.json", baseDirectory: dir, options: RenderOptions())
        let warnings = doc.warnings.filter { $0.code == "no-picture" }
        #expect(warnings.map(\.line) == ["plan.json:1:138: sections[0].items[2]: warning: 1 exercise has no picture of how to do it (Bridge); the card shows the muscle figure instead (name a catalog exercise, or give an entry of your --catalog file a \"pose\" or a \"picture\" (an SVG file); see routinepress pose --help)"])
        let pdf = dir.appendingPathComponent("out.pdf")
        try Data(doc.files[0]).write(to: pdf)
        #expect(try Tools.run("pdfimages", ["-list", pdf.path]).text.split(separator: "\n").count == 2, "pictures stay vectors")
        #expect(try Tools.run("qpdf", ["--check", pdf.path]).status == 0)
    }

    @Test func validateSaysOnceWhichExercisesHaveNoPicture() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "bridge"}, {"exercise": "bridge"}, {"name": "Plank", "muscles": ["abs"]}]}]}"#
        try Data(plan.utf8).write(to: dir.appendingPathComponent("p.json"))
        let r = try Tools.run(Tools.routinepress, ["validate", "p.json", "--catalog", "catalog.json"], cwd: dir)
        #expect(r.status == 0)
        let lines = r.text.split(separator: "\n").filter { $0.contains("no picture") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("2 exercises have no picture of how to do them (Bridge, Plank)") == true)
    }

    @Test func aBrokenPictureFileIsNamed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<svg this is not".utf8).write(to: dir.appendingPathComponent("wall-sit.svg"))
        let r = try Tools.run(Tools.routinepress, ["render", "plan.json", "--catalog", "catalog.json", "-o", "out.pdf"], cwd: dir)
        #expect(r.status == 70)
        #expect(r.stderr.contains("wall-sit.svg"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.pdf").path), "nothing half-written")
        try Data("not svg at all".utf8).write(to: dir.appendingPathComponent("wall-sit.svg"))
        let v = try Tools.run(Tools.routinepress, ["validate", "plan.json", "--catalog", "catalog.json"], cwd: dir)
        #expect(v.status == 65)
        #expect(v.stderr.contains("exercises[0].picture: the picture \"wall-sit.svg\" is not an SVG file (save it from Inkscape as plain SVG)"), "\(v.stderr)")
    }
}
