import Foundation
import PageGraphics
import RoutineModel
import RoutinePress
import Testing

/// The muscle figures: every region drawn, highlights land on the right shapes, kept as vectors.
@Suite(.serialized) struct FigureTests {
    let engine = try! RenderEngine(resources: ResourceLocator(root: Tools.root))

    /// The ids in a figure file, read from its text.
    func ids(_ view: String) throws -> Set<String> {
        let svg = try String(contentsOf: Tools.root.appendingPathComponent("Layouts/figures/\(view).svg"), encoding: .utf8)
        var found = Set<String>()
        var rest = svg[...]
        while let r = rest.range(of: " id=\"") {
            let tail = rest[r.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            found.insert(String(tail[..<end]))
            rest = tail[end...]
        }
        return found
    }

    @Test func everyRegionIsDrawnAndPairedRegionsHaveBothSides() throws {
        let front = try ids("front"), back = try ids("back")
        let midline: Set<Region> = [.neck, .abs, .upperBack, .lowerBack]
        for region in Region.allCases {
            let name = region.rawValue
            let present = [front, back].contains { $0.contains(name) || $0.contains(name + "-left") }
            #expect(present, "\(name) is in neither figure")
            for file in [front, back] where file.contains(name + "-left") || file.contains(name + "-right") {
                #expect(file.contains(name + "-left") && file.contains(name + "-right"), "\(name) lacks a side")
            }
            if !midline.contains(region) {
                #expect(![front, back].contains { $0.contains(name) }, "\(name) should be drawn left and right")
            }
        }
        // librsvg sees the same shapes the text holds.
        let catalog = engine.figureCatalog
        #expect(catalog.view("front")?.shapes == front.filter { id in Region.allCases.contains { id == $0.rawValue || id.hasPrefix($0.rawValue + "-") } })
    }

    @Test func everyMuscleOfTheCatalogCanBeShown() {
        let shapes = engine.figureCatalog.views.reduce(Set<String>()) { $0.union($1.shapes) }
        for e in engine.catalog.exercises {
            for m in e.muscles + e.secondary {
                #expect(shapes.contains(m.rawValue) || shapes.contains(m.rawValue + "-left"), "\(e.id): \(m.rawValue) is not drawn")
            }
        }
    }

    func render(_ primary: [Region], _ secondary: [Region] = [], side: Side? = nil) throws -> Bitmap {
        try engine.bitmap(engine.figurePage(primary: primary, secondary: secondary, side: side, height: 300), dpi: 72)
    }

    /// The pixels a region covers: where highlighting it alone changes the figures (above the legend).
    func mask(_ region: Region, side: Side? = nil, base: Bitmap) throws -> [Int] {
        let lit = try render([region], side: side)
        let figureRows = 18 + 300 // margin and figure height, at 72 dpi one pixel per point
        return lit.pixels.indices.filter { $0 / lit.width < figureRows && lit.pixels[$0] != base.pixels[$0] }
    }

    @Test func highlightsLandOnTheirRegionsOnly() throws {
        let none = try render([])
        let picture = try render([.quads], [.abs])
        let quads = try mask(.quads, base: none), abs = try mask(.abs, base: none)
        #expect(quads.count > 500 && abs.count > 200)
        let primary: UInt32 = 0xD9651C, secondary: UInt32 = 0xEFA466
        #expect(Double(quads.filter { picture.pixels[$0] == primary }.count) > 0.7 * Double(quads.count))
        #expect(Double(abs.filter { picture.pixels[$0] == secondary }.count) > 0.6 * Double(abs.count))
        // Every other region keeps its plain colours (apart from edge pixels it shares with a lit neighbour).
        let lit = Set(quads).union(abs)
        for other in Region.allCases where other != .quads && other != .abs {
            let pixels = try mask(other, base: none).filter { !lit.contains($0) }
            #expect(!pixels.isEmpty)
            #expect(pixels.allSatisfy { picture.pixels[$0] == none.pixels[$0] }, "\(other.rawValue) changed")
        }
    }

    @Test func oneSidedExercisesLightOneSide() throws {
        let none = try render([])
        let left = Set(try mask(.calves, side: .left, base: none)), right = Set(try mask(.calves, side: .right, base: none))
        let both = Set(try mask(.calves, base: none))
        #expect(!left.isEmpty && !right.isEmpty)
        #expect(left.isDisjoint(with: right))
        #expect(left.union(right) == both)
        // The person's left calf is on the viewer's left in the back view (second figure).
        let width = none.width
        let leftXs = left.map { $0 % width }, rightXs = right.map { $0 % width }
        #expect(leftXs.reduce(0, +) / leftXs.count < rightXs.reduce(0, +) / rightXs.count)
    }

    @Test func highlightsStayDistinctInGrey() {
        let layout = try! RoutineLayoutFile.load()
        // The unlit region fill, as the figure file gives it.
        let svg = try! String(contentsOf: Tools.root.appendingPathComponent("Layouts/figures/front.svg"), encoding: .utf8)
        let region = svg.range(of: "class=\"region\"")!
        let fillStart = svg.range(of: "fill=\"#", range: region.upperBound..<svg.endIndex)!
        let plain = Color(hex: String(svg[fillStart.upperBound...].prefix(6)))!.luminance
        #expect(plain - layout.figureStyle.secondaryFill.luminance > 0.15)
        #expect(layout.figureStyle.secondaryFill.luminance - layout.figureStyle.primaryFill.luminance > 0.15)
    }

    @Test func figuresStayVectorInThePDF() throws {
        let url = Tools.root.appendingPathComponent("Examples/take-home.json")
        let doc = try engine.render(Array(try Data(contentsOf: url)), file: "take-home.json", baseDirectory: nil, options: RenderOptions())
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("t.pdf")
        try Data(doc.files[0]).write(to: pdf)
        let images = try Tools.run("pdfimages", ["-list", pdf.path]).text.split(separator: "\n")
        #expect(images.count == 2, "only the header lines, no raster image: \(images)")
    }
}
