import Foundation
import PageGraphics
import RoutineLayout
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

    @Test func aBrokenPoseFileOfTheClinicIsTheClinics() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"view": "side", "description": "Lifting.", "joints": {"right-hipp": {"flexion": 80}}}"#.utf8).write(to: dir.appendingPathComponent("lift.json"))
        let entry = #"{"id": "lift", "name": "Lift", "kind": "dynamic", "muscles": ["quads"], "dose": {"reps": 10}, "pose": "lift.json"}"#
        try Data(Self.catalog(entry).utf8).write(to: dir.appendingPathComponent("catalog.json"))
        let r = try Tools.run(Tools.routinepress, ["validate", "plan.json", "--catalog", "catalog.json"], cwd: dir)
        #expect(r.status == 65, "a clinic's pose file is the clinic's to fix, not a broken install: \(r.stderr)")
        #expect(r.stderr.contains("lift.json:1:") && r.stderr.contains("right-hipp") && !r.stderr.contains("a data file of the tool is broken"), "\(r.stderr)")
    }

    @Test func aBrokenPictureFileIsNamed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("<svg this is not".utf8).write(to: dir.appendingPathComponent("wall-sit.svg"))
        let r = try Tools.run(Tools.routinepress, ["render", "plan.json", "--catalog", "catalog.json", "-o", "out.pdf"], cwd: dir)
        #expect(r.status == 65, "a clinic's broken picture is an error in its catalog")
        #expect(r.stderr.contains("catalog.json: exercises[0].picture: the picture ") && r.stderr.contains("wall-sit.svg cannot be read as SVG") && r.stderr.contains("(open it in Inkscape and save it as plain SVG)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.pdf").path), "nothing half-written")
        try Data("not svg at all".utf8).write(to: dir.appendingPathComponent("wall-sit.svg"))
        let v = try Tools.run(Tools.routinepress, ["validate", "plan.json", "--catalog", "catalog.json"], cwd: dir)
        #expect(v.status == 65)
        #expect(v.stderr.contains("exercises[0].picture: the picture \"wall-sit.svg\" is not an SVG file (save it from Inkscape as plain SVG)"), "\(v.stderr)")
    }
}

/// Every built-in picture at the layout's one scale: big enough to read at arm's length (a lying
/// figure at least 1.2 in on its long side, a standing one at least 0.9 in tall) and inside the
/// picture box without being shrunk. Four lie folded up, and at the one scale their pictures are
/// shorter than a person lying full length (who is 1.25 in long): they are named here.
@Test func everyPictureIsReadableAtArmsLengthAndFitsItsBox() throws {
    let engine = try RenderEngine(resources: ResourceLocator(root: Tools.root))
    let layout = try RoutineLayoutFile.load()
    let scale = layout.pictures.bodyHeight.value
    #expect(scale >= 86.4, "a person lying full length must be at least 1.2 in long")
    let folded: Set<String> = ["roll-glutes", "figure-four-stretch", "thoracic-opener", "child-pose"]
    for e in engine.catalog.exercises {
        let (_, d) = try #require(engine.posePage(e, side: e.dose.side, frame: nil, bodyHeight: scale), "\(e.id) has no pose")
        let w = d.size.width.value * scale, h = d.size.height.value * scale
        // Lying: nothing above 0.6 of standing height; standing: 0.9 or more; between, sitting or kneeling.
        let tall = d.size.height.value
        if tall < 0.6 {
            #expect(max(w, h) >= (folded.contains(e.id) ? 72 : 86.4), "\(e.id): a lying picture only \(max(w, h)) pt on its long side")
        } else if tall >= 0.9 {
            #expect(h >= 64.8, "\(e.id): a standing picture only \(h) pt tall")
        } else {
            #expect(h >= 54, "\(e.id): a sitting or kneeling picture only \(h) pt tall")
        }
        #expect(w <= layout.pictures.width.value + 0.01 && h <= layout.pictures.height.value + 0.01,
                "\(e.id) is \(w) x \(h) pt, larger than the \(layout.pictures.width) x \(layout.pictures.height) box")
    }
}
