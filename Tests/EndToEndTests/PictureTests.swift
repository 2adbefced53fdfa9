import CairoBackend
import Foundation
import PageGraphics
import RoutineLayout
import RoutineModel
import RoutinePress
import Testing

/// The exercise pictures: a vector picture on every card, written once per document, sheets that
/// still fit their pages, pictures that tell the exercises apart and light the worked muscles,
/// and the `pose` command that draws one picture alone.
@Suite(.serialized) struct PictureTests {
    let engine = try! RenderEngine(resources: ResourceLocator(root: Tools.root))
    let layout = try! RoutineLayoutFile.load()
    /// Measures text the way the engine does (same fonts), to find where text items end.
    let measurer = try! PangoTextSystem(manifest: FontListReader.load(folder: ResourceLocator(root: Tools.root).fonts))

    static let exampleURL = Tools.root.appendingPathComponent("Examples/take-home.json")
    static let example = Array(try! Data(contentsOf: exampleURL))
    /// The example's exercise ids, in plan order.
    static let planned = ["roll-calves", "roll-quads", "roll-hamstrings", "roll-glutes", "roll-outer-thigh", "roll-upper-back", "leg-swings",
                          "walking-lunges", "high-knees", "butt-kicks", "hip-flexor-stretch", "hamstring-stretch", "calf-stretch",
                          "figure-four-stretch", "standing-quad-stretch", "thoracic-opener"]

    // MARK: - Helpers

    func pages(_ bytes: [UInt8], options: RenderOptions = RenderOptions()) throws -> [Page] {
        engine.pages(for: try engine.prepare(bytes, file: "p.json", baseDirectory: nil), options: options)
    }

    /// The drawing items of pages, in page order.
    func drawings(_ pages: [Page]) -> [(item: DrawingItem, origin: Point)] {
        pages.flatMap { page in
            page.frame.items.compactMap { p -> (DrawingItem, Point)? in if case .drawing(let d) = p.item { return (d, p.origin) } else { return nil } }
        }
    }

    /// The example with only its first `count` exercises (sections kept in order, emptied ones dropped).
    static func trimmedExample(_ count: Int) throws -> [UInt8] {
        var plan = try JSONSerialization.jsonObject(with: Data(example)) as! [String: Any]
        var left = count
        var sections: [[String: Any]] = []
        for var section in plan["sections"] as! [[String: Any]] {
            let items = Array((section["items"] as! [[String: Any]]).prefix(left))
            left -= items.count
            guard !items.isEmpty else { continue }
            section["items"] = items
            sections.append(section)
        }
        plan["sections"] = sections
        return Array(try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys]))
    }

    /// Where an item lies on the page.
    func bounds(_ p: Positioned) -> Rect {
        func rect(_ size: Size) -> Rect { Rect(origin: p.origin, size: size) }
        switch p.item {
        case .text(let t):
            let height: Points
            if let excerpt = t.excerpt {
                let lines = measurer.measure(excerpt.source, style: t.style, width: t.width).lines
                let shown = lines[min(excerpt.lines.lowerBound, lines.count - 1)...min(excerpt.lines.upperBound - 1, lines.count - 1)]
                height = shown.last!.top + shown.last!.height - shown.first!.top
            } else {
                height = measurer.measure(t.text, style: t.style, width: t.width).size.height
            }
            let width = t.width ?? measurer.measure(t.text, style: t.style, width: nil).size.width
            return rect(Size(width: width, height: height))
        case .shape(let s):
            var xs: [Double] = [], ys: [Double] = []
            for e in s.path.elements {
                switch e {
                case .move(let a), .line(let a): xs.append(a.x.value); ys.append(a.y.value)
                case .curve(let a, let b, let c): for q in [a, b, c] { xs.append(q.x.value); ys.append(q.y.value) }
                case .close: break
                }
            }
            guard let minX = xs.min(), let minY = ys.min() else { return rect(Size(width: 0, height: 0)) }
            return Rect(x: p.origin.x + Points(minX), y: p.origin.y + Points(minY),
                        width: Points(xs.max()! - minX), height: Points(ys.max()! - minY))
        case .image(let i): return rect(i.size)
        case .figure(let f): return rect(f.size)
        case .drawing(let d): return rect(d.size)
        case .svg(let v): return rect(v.size)
        case .qrCode(let q): return rect(q.size)
        }
    }

    /// A laid-out page split into its footer and its content, with the content area the paginator fills.
    struct Sheet {
        var contentArea: Rect
        var footer: [Positioned]
        var content: [(Positioned, Rect)]
        /// How far down the content area the content reaches (0 empty, 1 full).
        var fullness: Double { ((content.map { $0.1.maxY.value }.max() ?? contentArea.minY.value) - contentArea.minY.value) / contentArea.height.value }
    }

    /// Finds the footer by its "Page X of Y" line: the footer's text starts there, `footerGap` below the
    /// content area; its rule lies 5 pt above that line. Everything else is content.
    func sheet(_ page: Page, number: Int, of count: Int) throws -> Sheet {
        let footerStyle = layout.style("footer")
        let pageLine = try #require(page.frame.items.first { p in
            if case .text(let t) = p.item { return t.visibleText.hasSuffix("Page \(number) of \(count)") && t.style.size == footerStyle.size }
            return false
        }, "page \(number) has no page number")
        let top = pageLine.origin.y
        let area = Rect(x: layout.margins.left, y: layout.margins.top, width: page.size.width - layout.margins.left - layout.margins.right,
                        height: top - layout.spacing.footerGap - layout.margins.top)
        var footer: [Positioned] = [], content: [(Positioned, Rect)] = []
        for p in page.frame.items {
            let b = bounds(p)
            let isFooter: Bool
            switch p.item {
            // The footer's words start on the page label's line or below it (the contact's second line).
            case .text(let t): isFooter = p.origin.y.value > top.value - 0.01 && t.style.size == footerStyle.size && t.style.color == footerStyle.color
            case .shape(let s): isFooter = s.fill == nil && b.height.value < 0.01 && abs(b.minY.value - (top.value - 5)) < 0.01
            default: isFooter = false
            }
            if isFooter { footer.append(p) } else { content.append((p, b)) }
        }
        return Sheet(contentArea: area, footer: footer, content: content)
    }

    func sheets(_ pages: [Page]) throws -> [Sheet] {
        try pages.enumerated().map { try sheet($0.element, number: $0.offset + 1, of: pages.count) }
    }

    func pdf(_ bytes: [UInt8], in folder: URL, name: String = "t.pdf") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// The Form XObjects of a PDF, each with its box in its own user space (BBox times Matrix).
    func formBoxes(_ pdf: URL) throws -> [(object: String, width: Double, height: Double)] {
        let json = try Tools.run("qpdf", ["--json=2", "--json-key=qpdf", pdf.path])
        #expect(json.status == 0, "qpdf --json: \(json.stderr)")
        let top = try JSONSerialization.jsonObject(with: Data(json.stdout)) as! [String: Any]
        let objects = (top["qpdf"] as! [Any])[1] as! [String: Any]
        var out: [(String, Double, Double)] = []
        for (name, value) in objects {
            guard let stream = (value as? [String: Any])?["stream"] as? [String: Any], let dict = stream["dict"] as? [String: Any],
                  dict["/Subtype"] as? String == "/Form" else { continue }
            let box = (dict["/BBox"] as! [NSNumber]).map(\.doubleValue)
            let matrix = (dict["/Matrix"] as? [NSNumber])?.map(\.doubleValue) ?? [1, 0, 0, 1, 0, 0]
            out.append((name, (box[2] - box[0]) * matrix[0], (box[3] - box[1]) * matrix[3]))
        }
        return out
    }

    /// The forms whose box is the size of one of `drawings` (to a thousandth of a body height), by drawing key.
    func drawingForms(_ pdf: URL, _ drawings: Set<Drawing>) throws -> [String: Int] {
        var found: [String: Int] = [:]
        for form in try formBoxes(pdf) {
            for d in drawings where abs(form.width - d.size.width.value) <= 0.001 && abs(form.height - d.size.height.value) <= 0.001 {
                found[d.key, default: 0] += 1
            }
        }
        return found
    }

    // MARK: 1. Cards carry vector pictures

    @Test func everyCardShowsItsExercisesVectorPictureWrittenOncePerDocument() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try engine.render(Self.example, file: "take-home.json", baseDirectory: nil, options: RenderOptions())
        let file = try pdf(first.files[0], in: folder)

        let images = try Tools.run("pdfimages", ["-list", file.path]).text.split(separator: "\n")
        #expect(images.count == 2, "only the header lines, no raster image: \(images)")

        let laidOut = try pages(Self.example)
        let items = drawings(laidOut)
        #expect(items.count == 16, "one picture per card: \(items.map(\.item.drawing.key))")
        let ids = items.map { $0.item.drawing.key.split(separator: ":").dropFirst().first.map(String.init) ?? "" }
        #expect(ids == Self.planned, "the pictures, in plan order: \(items.map(\.item.drawing.key))")
        for d in items { #expect(!d.item.drawing.shapes.isEmpty, "\(d.item.drawing.key) draws nothing") }

        // One form per distinct picture, whatever else (muscle figures) the document holds as forms.
        let distinct = Set(items.map(\.item.drawing))
        #expect(distinct.count == 16)
        let forms = try drawingForms(file, distinct)
        #expect(Set(forms.keys) == Set(distinct.map(\.key)), "pictures without a form: \(Set(distinct.map(\.key)).subtracting(forms.keys).sorted())")
        #expect(forms.values.allSatisfy { $0 == 1 }, "a picture written more than once: \(forms.filter { $0.value > 1 })")

        // The same engine gives the same bytes the second time (pictures cached from the first render).
        let second = try engine.render(Self.example, file: "take-home.json", baseDirectory: nil, options: RenderOptions())
        #expect(first.files == second.files)
    }

    @Test func aPictureUsedOnTwoCardsIsWrittenOnce() throws {
        let json = #"""
        {"kind": "take-home", "title": "Twice", "sections": [
          {"title": "Before", "items": [{"exercise": "calf-stretch", "hold": 30}, {"exercise": "hamstring-stretch"}]},
          {"title": "After", "items": [{"exercise": "calf-stretch", "hold": 45}]}]}
        """#
        let laidOut = try pages(Array(json.utf8))
        let items = drawings(laidOut)
        #expect(items.count == 3)
        let distinct = Set(items.map(\.item.drawing))
        #expect(distinct.count == 2, "\(items.map(\.item.drawing.key))")

        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try pdf(try engine.render(Array(json.utf8), file: "p.json", baseDirectory: nil, options: RenderOptions()).files[0], in: folder)
        let forms = try drawingForms(file, distinct)
        #expect(forms.values.reduce(0, +) == 2, "one form per distinct picture, not per use: \(forms)")
        let calf = try #require(items.first?.item.drawing)
        #expect(forms[calf.key] == 1)
    }

    // MARK: 2. --no-figures

    @Test func withoutFiguresThereAreNoPicturesAndNoFigures() throws {
        let laidOut = try pages(Self.example, options: RenderOptions(figures: false))
        for (n, page) in laidOut.enumerated() {
            for p in page.frame.items {
                switch p.item {
                case .drawing(let d): Issue.record("page \(n + 1) has the picture \(d.drawing.key)")
                case .figure(let f): Issue.record("page \(n + 1) has the figure \(f.view)")
                case .svg(let v): Issue.record("page \(n + 1) has the picture \(v.path)")
                default: break
                }
            }
        }
        // The cards are still there, as text.
        let names = laidOut.flatMap(\.frame.items).compactMap { p -> String? in if case .text(let t) = p.item { return t.visibleText } else { return nil } }
        for id in Self.planned { #expect(names.contains(engine.catalog.exercise(id)!.name), "\(id) lost its card") }
    }

    // MARK: 3. Page counts

    @Test(arguments: [Paper.letter, .a4])
    func theExampleTakesThreePagesAndFillsAllButTheLast(_ paper: Paper) throws {
        let laidOut = try pages(Self.example, options: RenderOptions(paper: paper))
        #expect(laidOut.count == 3, "\(paper): \(laidOut.count) pages")
        let all = try sheets(laidOut)
        for (n, s) in all.enumerated() {
            #expect(s.footer.count >= 2, "page \(n + 1) footer: \(s.footer.count) items")
            let lowest = s.content.map { $0.1.maxY.value }.max() ?? 0
            #expect(lowest <= s.contentArea.maxY.value + 0.01, "\(paper) page \(n + 1): content reaches \(lowest), the footer area starts at \(s.contentArea.maxY.value)")
            if n < all.count - 1 {
                #expect(s.fullness >= 2.0 / 3, "\(paper) page \(n + 1) is only \(Int((s.fullness * 100).rounded())) % full")
            }
        }
    }

    @Test(arguments: [Paper.letter, .a4])
    func twelveExercisesAndTheTrackerFitOnTwoPages(_ paper: Paper) throws {
        let plan = try Self.trimmedExample(12)
        let laidOut = try pages(plan, options: RenderOptions(paper: paper))
        #expect(drawings(laidOut).count == 12)
        let texts = laidOut.flatMap(\.frame.items).compactMap { p -> String? in if case .text(let t) = p.item { return t.visibleText } else { return nil } }
        #expect(texts.contains { $0.localizedCaseInsensitiveContains("week 2") }, "the 2-week tracker is on the sheet")
        let last = laidOut.last.map { $0.frame.items.compactMap { p -> String? in if case .text(let t) = p.item { return t.visibleText } else { return nil } } } ?? []
        #expect(laidOut.count == 2, "\(paper): \(laidOut.count) pages; the last holds \(last.prefix(4))")
    }

    @Test func onA5CardsStayInsideTheContentAreaAndClearOfTheFooter() throws {
        let laidOut = try pages(Self.example, options: RenderOptions(paper: .a5))
        #expect(drawings(laidOut).count == 16)
        for (n, s) in try sheets(laidOut).enumerated() {
            let area = s.contentArea
            for (p, b) in s.content {
                #expect(b.minX.value >= area.minX.value - 0.01 && b.maxX.value <= area.maxX.value + 0.01,
                        "A5 page \(n + 1): \(p.item) spans x \(b.minX.value)–\(b.maxX.value), the content area \(area.minX.value)–\(area.maxX.value)")
                #expect(b.maxY.value <= area.maxY.value + 0.01,
                        "A5 page \(n + 1): \(p.item) ends at y \(b.maxY.value), over the footer (content ends at \(area.maxY.value))")
            }
            // Each card (its picture, with the text beside it up to the next card) is no wider than the content area.
            for case let (p, b) in s.content {
                guard case .drawing = p.item else { continue }
                let rowItems = s.content.filter { $0.1.minY.value >= b.minY.value - 0.01 && $0.1.minY.value < b.maxY.value && $0.1.minX.value >= b.minX.value }
                let nextCard = s.content.compactMap { q -> Double? in
                    guard case .drawing = q.0.item, abs(q.1.minY.value - b.minY.value) < 0.01, q.1.minX.value > b.minX.value else { return nil }
                    return q.1.minX.value
                }.min() ?? .infinity
                let right = rowItems.filter { $0.1.minX.value < nextCard }.map { $0.1.maxX.value }.max() ?? b.maxX.value
                #expect(right - b.minX.value <= area.width.value + 0.01, "A5 page \(n + 1): a card \(right - b.minX.value) pt wide in \(area.width.value) pt")
            }
        }
    }

    // MARK: 4 and 5. The pictures alone

    struct Picture {
        var exercise: Exercise
        var drawing: Drawing
        var bitmap: Bitmap
        /// The drawing's own box, in pixels.
        var box: (x0: Int, y0: Int, x1: Int, y1: Int)

        func count(_ colour: UInt32) -> Int { bitmap.pixels.reduce(0) { $0 + ($1 == colour ? 1 : 0) } }
    }

    static let dpi = 144.0

    /// The exercise's picture drawn alone, on the side its dose names.
    func picture(_ e: Exercise, side: Side?) throws -> Picture {
        let (page, drawing) = try #require(engine.posePage(e, side: side, frame: nil, bodyHeight: 60), "\(e.id) has no pose")
        let bitmap = try engine.bitmap(page, dpi: Self.dpi)
        let placed = try #require(page.frame.items.first { if case .drawing = $0.item { return true } else { return false } })
        guard case .drawing(let item) = placed.item else { throw CancellationError() }
        let k = Self.dpi / 72, s = item.fittedScale
        let x0 = (placed.origin.x + item.offset.x).value, y0 = (placed.origin.y + item.offset.y).value
        let box = (Int((x0 * k).rounded()), Int((y0 * k).rounded()),
                   min(bitmap.width, Int(((x0 + drawing.size.width.value * s) * k).rounded())),
                   min(bitmap.height, Int(((y0 + drawing.size.height.value * s) * k).rounded())))
        return Picture(exercise: e, drawing: drawing, bitmap: bitmap, box: box)
    }

    func allPictures() throws -> [Picture] {
        let posed = engine.catalog.exercises.filter { if case .pose = $0.picture { return true } else { return false } }
        #expect(posed.count == engine.catalog.exercises.count, "every catalog exercise has a pose: \(engine.catalog.exercises.filter { e in !posed.contains { $0.id == e.id } }.map(\.id))")
        return try posed.map { try picture($0, side: $0.dose.side) }
    }

    static func luminance(_ rgb: UInt32) -> Double {
        Color(red: Double((rgb >> 16) & 0xff) / 255, green: Double((rgb >> 8) & 0xff) / 255, blue: Double(rgb & 0xff) / 255).luminance
    }

    static func rgb(_ c: Color) -> UInt32 {
        UInt32((c.red * 255).rounded()) << 16 | UInt32((c.green * 255).rounded()) << 8 | UInt32((c.blue * 255).rounded())
    }

    /// Mean lightness of `cells` × `cells` cells over the picture's own box.
    static func grid(_ p: Picture, cells: Int = 24) -> [Double] {
        var sum = [Double](repeating: 0, count: cells * cells), count = [Int](repeating: 0, count: cells * cells)
        let w = max(1, p.box.x1 - p.box.x0), h = max(1, p.box.y1 - p.box.y0)
        for y in p.box.y0..<p.box.y1 {
            let cy = min(cells - 1, (y - p.box.y0) * cells / h)
            for x in p.box.x0..<p.box.x1 {
                let cx = min(cells - 1, (x - p.box.x0) * cells / w)
                sum[cy * cells + cx] += luminance(p.bitmap[x, y])
                count[cy * cells + cx] += 1
            }
        }
        return zip(sum, count).map { $1 == 0 ? 1 : $0 / Double($1) }
    }

    @Test func noTwoExercisesDrawTheSamePicture() throws {
        let pictures = try allPictures()
        #expect(pictures.count >= 20)
        let grids = pictures.map { Self.grid($0) }
        var closest = (distance: Double.infinity, a: "", b: "")
        var tooClose: [String] = []
        // Mean absolute difference of the cells' lightness (0 the same, 1 black against white).
        let threshold = 0.02
        for i in pictures.indices {
            for j in pictures.indices where j > i {
                let d = zip(grids[i], grids[j]).map { abs($0 - $1) }.reduce(0, +) / Double(grids[i].count)
                if d < closest.distance { closest = (d, pictures[i].exercise.id, pictures[j].exercise.id) }
                if d < threshold { tooClose.append("\(pictures[i].exercise.id) ~ \(pictures[j].exercise.id) (\(d))") }
            }
        }
        #expect(tooClose.isEmpty, "pictures too alike: \(tooClose); closest pair \(closest.a) and \(closest.b) at \(closest.distance)")
        print("PictureTests: the closest pictures are \(closest.a) and \(closest.b), \(closest.distance) apart (threshold \(threshold))")
    }

    /// Fewer pixels of a colour than this (at 2 px per point, a 60 pt tall body) is an edge, not a patch one can see.
    static let visiblePatch = 8

    @Test func picturesLightTheWorkedMusclesInColoursThatStayApartInGrey() throws {
        let style = layout.figureStyle
        let primary = Self.rgb(style.primaryFill), secondary = Self.rgb(style.secondaryFill)
        let body = Self.rgb(layout.color(layout.pictures.body)), paper: UInt32 = 0xFFFFFF
        #expect(primary == 0xD9651C && secondary == 0xEFA466 && body == 0xD4CDC2, "the layout's colours changed")
        var seen: [String: Set<UInt32>] = ["primary": [], "secondary": [], "body": [], "paper": []]
        for p in try allPictures() {
            let e = p.exercise
            let lit = p.count(primary)
            if !e.muscles.isEmpty {
                #expect(lit >= Self.visiblePatch, "\(e.id): \(lit) pixels of the primary colour for \(e.muscles.map(\.rawValue))")
                if lit > 0 { seen["primary"]!.insert(primary) }
            }
            let onlySecondary = Set(e.secondary).subtracting(e.muscles)
            if !onlySecondary.isEmpty {
                let n = p.count(secondary)
                #expect(n >= Self.visiblePatch, "\(e.id): \(n) pixels of the secondary colour for \(onlySecondary.map(\.rawValue).sorted())")
                if n > 0 { seen["secondary"]!.insert(secondary) }
            }
            #expect(p.count(body) > 100, "\(e.id): the body is not drawn in its colour")
            if p.count(body) > 0 { seen["body"]!.insert(body) }
            if p.count(paper) > 0 { seen["paper"]!.insert(paper) }
        }
        #expect(seen.values.allSatisfy { $0.count == 1 }, "\(seen)")
        // In grey (a black-and-white printer or copier) the four must still read apart.
        let grey = seen.mapValues { $0.first.map(Self.luminance) ?? -1 }
        let names = grey.keys.sorted { grey[$0]! < grey[$1]! }
        for (a, b) in zip(names, names.dropFirst()) {
            #expect(grey[b]! - grey[a]! >= 0.1, "in grey \(a) (\(grey[a]!)) and \(b) (\(grey[b]!)) are only \(grey[b]! - grey[a]!) apart")
        }
    }

    /// The calf stretch: both calves can be seen, so lighting both sides lights more.
    @Test func oneSideAtATimeLightsTheWorkingLegOnly() throws {
        let e = try #require(engine.catalog.exercise("calf-stretch"))
        #expect(e.dose.side == .each)
        let primary = Self.rgb(layout.figureStyle.primaryFill)
        let each = try picture(e, side: .each), both = try picture(e, side: .both)
        let one = each.count(primary), two = both.count(primary)
        // The same picture drawn by an engine that drew nothing before, to tell caching from drawing.
        let fresh = try PictureTests().picture(e, side: .both).count(primary)
        #expect(each.drawing.key != both.drawing.key, "one key stands for both pictures: \(each.drawing.key)")
        #expect(one >= Self.visiblePatch, "the working leg is lit: \(one) pixels")
        #expect(Double(one) < 0.85 * Double(two),
                "working leg only: \(one) lit pixels; both sides lit: \(two) (\(fresh) from an engine that drew nothing before)")
    }

    /// A picture depends on what is asked for, not on what the engine drew before: on one sheet, an
    /// exercise done on each side in turn and then on both sides at once shows both pictures.
    @Test func eachSideAndBothSidesAreTwoPicturesOnOneSheet() throws {
        let primary = Self.rgb(layout.figureStyle.primaryFill), secondary = Self.rgb(layout.figureStyle.secondaryFill)
        let eachFirst = PictureTests(), bothAlone = PictureTests()
        var differing: [String] = [], wrong: [String] = []
        for e in engine.catalog.exercises where e.picture != nil {
            let each = try eachFirst.picture(e, side: .each)
            let alone = try bothAlone.picture(e, side: .both)
            guard each.bitmap != alone.bitmap else { continue }
            differing.append(e.id)
            let after = try eachFirst.picture(e, side: .both)
            if after.bitmap != alone.bitmap {
                wrong.append("\(e.id) (\(after.count(primary)) + \(after.count(secondary)) lit pixels, drawn alone \(alone.count(primary)) + \(alone.count(secondary)); key \(after.drawing.key))")
            }
        }
        #expect(differing.count >= 5, "exercises that look different on both sides than on one: \(differing)")
        #expect(wrong.isEmpty, "side both drawn after side each shows the side-each picture for \(wrong.count) of \(differing.count) exercises: \(wrong)")

        // Through a plan: the calf stretch on each side, then on both sides at once.
        #expect(differing.contains("calf-stretch"))
        let json = #"{"kind": "take-home", "title": "Sides", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch", "side": "each"}, {"exercise": "calf-stretch", "side": "both"}]}]}"#
        let cards = drawings(try pages(Array(json.utf8)))
        #expect(cards.count == 2)
        if cards.count == 2 {
            #expect(cards[0].item.drawing.key != cards[1].item.drawing.key, "both cards show \(cards[0].item.drawing.key)")
            // The cards as printed: each picture in its box, counted in pixels of the primary colour.
            let lit = try cards.map { c -> Int in
                var frame = Frame(size: c.item.size)
                frame.add(.drawing(c.item), at: .zero)
                return try engine.bitmap(Page(size: c.item.size, frame: frame), dpi: Self.dpi).pixels.filter { $0 == primary }.count
            }
            #expect(Double(lit[0]) < 0.85 * Double(lit[1]), "primary-lit pixels: card on each side \(lit[0]), card on both sides \(lit[1])")
        }
    }

    // MARK: 6. The pose command

    @Test func thePoseCommandWritesSVGPNGAndPDF() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("calf.svg").path
        let r = try Tools.run(Tools.routinepress, ["pose", "calf-stretch", "-o", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<svg"))
        #expect(text.contains("<path"), "the SVG draws shapes")

        let png = folder.appendingPathComponent("calf.png").path
        let p = try Tools.run(Tools.routinepress, ["pose", "calf-stretch", "-o", png])
        #expect(p.status == 0, "\(p.stderr)")
        #expect(FileManager.default.contents(atPath: png).map { Array($0.prefix(8)) } == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        let pdfPath = folder.appendingPathComponent("calf.pdf").path
        let d = try Tools.run(Tools.routinepress, ["pose", "calf-stretch", "-o", pdfPath])
        #expect(d.status == 0, "\(d.stderr)")
        #expect(FileManager.default.contents(atPath: pdfPath)?.prefix(5) == Data("%PDF-".utf8))
        let info = try Tools.run("pdfinfo", [pdfPath]).text
        #expect(info.contains("Pages:           1"), "\(info)")
        #expect(try Tools.run("pdfimages", ["-list", pdfPath]).text.split(separator: "\n").count == 2, "the picture is vectors")
    }

    @Test func thePoseCommandRefusesUnknownIdsAndMissingFrames() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("x.svg").path
        let unknown = try Tools.run(Tools.routinepress, ["pose", "calf-strech", "-o", out])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains(#"did you mean "calf-stretch"?"#), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))

        let end = try Tools.run(Tools.routinepress, ["pose", "calf-stretch", "--frame", "end", "-o", out])
        #expect(end.status == 64, "calf-stretch has one frame: \(end.status) \(end.stderr)")
        #expect(!end.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out))
        // A pose with two frames draws its end frame.
        let swing = try Tools.run(Tools.routinepress, ["pose", "leg-swings", "--frame", "end", "-o", out])
        #expect(swing.status == 0, "\(swing.stderr)")
    }

    @Test func explainPrintsWhatTheSolverDidPerFrame() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try Tools.run(Tools.routinepress, ["pose", "calf-stretch", "--explain", "-o", folder.appendingPathComponent("x.svg").path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("start frame:") == true, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("end frame:") }, "calf-stretch has one frame")
        let swing = try Tools.run(Tools.routinepress, ["pose", "leg-swings", "--explain", "-o", folder.appendingPathComponent("y.svg").path])
        #expect(swing.text.split(separator: "\n").contains { $0.hasPrefix("end frame:") }, "\(swing.text)")
    }
}

