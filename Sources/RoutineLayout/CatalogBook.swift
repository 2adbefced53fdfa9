import PageGraphics
import RoutineModel

/// The catalog as printed pages: every exercise with its picture, name, kind, default dose and
/// instructions (a clinic's reference book), or all pictures on one page (a contact sheet).
public struct CatalogBook {
    public var layout: Layout
    public var figures: FigureCatalog
    public var pictures: PictureSource?
    public init(layout: Layout, figures: FigureCatalog, pictures: PictureSource?) {
        self.layout = layout; self.figures = figures; self.pictures = pictures
    }

    /// The reference book: a title, then one entry per exercise in catalog order, grouped by kind.
    public func pages(_ catalog: Catalog, title: String, paper: Paper, measurer: TextMeasuring) -> [Page] {
        let size = layout.pageSize(paper) ?? Size(width: 612, height: 792)
        let decorations = PageDecorations(contactText: title, person: nil, layout: layout, pageSize: size, measurer: measurer)
        let paginator = Paginator(pageSize: size, margins: layout.margins, footerHeight: decorations.height)
        let width = paginator.contentArea.width
        let selection = FigureSelection(catalog: figures, views: layout.figures.views, pictures: pictures)
        let parts = SectionBlocks(layout: layout, width: width, measurer: measurer, figures: selection)
        var blocks: [Block] = []
        let heading = TextBox(title, layout.style("title"), width: width, measurer: measurer)
        var top = Frame(size: Size(width: width, height: heading.size.height))
        heading.place(in: &top, at: .zero, tag: .element(.heading(level: 1), 0))
        blocks.append(Block(frame: top, role: "header"))
        var kind: ExerciseKind?? = nil
        var group = 0
        for (i, e) in catalog.exercises.enumerated() {
            if kind != .some(e.kind) {
                group += 1
                var h = parts.heading(layout.words.name(e.kind), when: nil)
                h.frame = h.frame.under(StructureStep(.section, group))
                blocks.append(h)
                kind = .some(e.kind)
            }
            let item = RoutineItem(exercise: e, dose: e.dose, cue: nil, number: i + 1)
            blocks.append(Block(frame: entry(item, selection: selection, width: width, measurer: measurer).under(StructureStep(.section, i + 1)).under(StructureStep(.section, group)),
                                spaceBefore: blocks.last?.role == "heading" ? 0 : layout.spacing.cardGap, role: "entry"))
        }
        return paginator.paginate(blocks, decorate: decorations.footer())
    }

    /// One exercise: its picture, then the name, id, kind and dose, and the instructions.
    func entry(_ item: RoutineItem, selection: FigureSelection, width: Points, measurer: TextMeasuring) -> Frame {
        let e = item.exercise
        let art = selection.art(for: item, layout: layout)
        var frame = Frame(size: Size(width: width, height: 0))
        let artSize = art?.boxSize ?? Size(width: 0, height: 0)
        if let art { frame.add(art, at: .zero, tag: .figure(alt: alt(e, art), 9)) }
        let x = artSize.width > 0 ? artSize.width + layout.spacing.badgeGap * 2 : 0
        let textWidth = width - x
        var y = Points.zero
        let name = TextBox(e.name, layout.style("exerciseName"), width: textWidth, measurer: measurer)
        name.place(in: &frame, at: Point(x: x, y: y), tag: .element(.heading(level: 3), 0))
        y += name.size.height + 2
        var facts = [layout.words.name(e.kind), layout.words(.bookID, ["id": e.id])]
        if let dose = layout.words.doseLine(e.dose) { facts.insert(dose, at: 1) }
        let meta = TextBox(facts.joined(separator: "  ·  "), layout.style("legend"), width: textWidth, measurer: measurer)
        meta.place(in: &frame, at: Point(x: x, y: y), tag: .element(.paragraph, 1))
        y += meta.size.height + 4
        for (k, text) in [e.instructions, e.cue.map { layout.words(.bookRemember, ["cue": $0]) }].compactMap({ $0 }).enumerated() {
            let t = TextBox(text, layout.style("cue"), width: textWidth, measurer: measurer)
            t.place(in: &frame, at: Point(x: x, y: y), tag: .element(.paragraph, 2 + k))
            y += t.size.height + 3
        }
        var bottom = Points.max(y, artSize.height)
        if let video = e.video {
            // The exercise's video, as on its cards.
            let code = ScanCode(address: video, exercise: e.name, layout: layout, width: art == nil ? textWidth : artSize.width)
            bottom = Points.max(bottom, code.placeUnder(art: art == nil ? nil : artSize, textX: x, textBottom: y, in: &frame, measurer: measurer,
                                                        element: StructurePath([StructureStep(.link, 10)])))
        }
        frame.size.height = bottom
        return frame
    }

    /// What the art shown for an exercise says: its picture, or the muscle figure standing for one.
    func alt(_ e: Exercise, _ art: FrameItem) -> String {
        if case .figure(let f) = art { return AltText.bodyFigure(primary: e.muscles, secondary: e.secondary, views: [f.view], words: layout.words) }
        return AltText.picture(e, words: layout.words)
    }

    /// Every exercise's picture on one page, with its id below, `columns` across.
    public func contactSheet(_ catalog: Catalog, columns: Int, measurer: TextMeasuring) -> Page {
        let p = layout.pictures
        let margin: Points = 14, gap: Points = 10
        let label = layout.style("legend")
        let labelHeight = measurer.measure("Ag", style: label, width: nil).size.height
        let cell = Size(width: p.width + gap, height: p.height + labelHeight + gap)
        let rows = (catalog.exercises.count + columns - 1) / columns
        let size = Size(width: margin * 2 + cell.width * Double(columns), height: margin * 2 + cell.height * Double(rows))
        var frame = Frame(size: size)
        let selection = FigureSelection(catalog: figures, views: layout.figures.views, pictures: pictures)
        for (i, e) in catalog.exercises.enumerated() {
            let origin = Point(x: margin + cell.width * Double(i % columns), y: margin + cell.height * Double(i / columns))
            switch selection.art(for: RoutineItem(exercise: e, dose: e.dose, cue: nil, number: i + 1), layout: layout) {
            case .drawing(var d)?:
                // Every cell the whole box, the pictures standing on one line.
                d.size = Size(width: p.width, height: p.height)
                frame.add(.drawing(d), at: origin, tag: ContentTag.figure(alt: AltText.picture(e, words: layout.words), 0).under(StructureStep(.section, i)))
            case let art?: frame.add(art, at: origin, tag: ContentTag.figure(alt: alt(e, art), 0).under(StructureStep(.section, i)))
            case nil: break
            }
            let name = TextBox(e.id, label.with(alignment: .center), width: p.width, measurer: measurer)
            name.place(in: &frame, at: Point(x: origin.x, y: origin.y + p.height + 2), tag: ContentTag.element(.paragraph, 1).under(StructureStep(.section, i)))
        }
        return Page(size: size, frame: frame)
    }
}
