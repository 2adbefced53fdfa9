import PageGraphics

/// Turns one page's frame into a PDF content stream and notes the resources it names.
///
/// Frames use points with y growing downwards from the top; PDF's y grows upwards, so every
/// y is flipped here against the page height.
struct PDFPagePainter {
    private let height: Double
    private let resources: PDFResources
    private unowned let document: PDFDocument
    private(set) var content = PDFBytes(capacity: 16 * 1024)
    private(set) var fontsUsed: [(String, Int)] = []
    private(set) var objectsUsed: [(String, Int)] = []
    private(set) var statesUsed: [(String, Int)] = []
    private var named = Set<String>()
    private var fill: Color?, stroke: Color?, lineWidth: Double?
    /// Opacity of fills and of strokes, 0 to 255 (the `ca` and `CA` of the graphics state).
    private var fillAlpha = 255, strokeAlpha = 255
    /// The element each marked-content sequence belongs to, by its MCID (0, 1, 2, ...).
    private(set) var marks: [StructurePath] = []
    /// What the open marked-content sequence marks; every item is drawn inside one.
    private var open: ContentTag.Identity?
    /// Put below every element path of this page (a plan's pages inside a merged document).
    private let under: StructureStep?

    /// False only when measuring what tags cost: nothing is marked.
    private let tagged: Bool

    init(height: Double, resources: PDFResources, document: PDFDocument, under: StructureStep? = nil, tagged: Bool = true) {
        self.height = height; self.resources = resources; self.document = document; self.under = under; self.tagged = tagged
        if tagged { marks.reserveCapacity(128) }
    }

    /// The content stream painted, handed over (the painter's is left empty).
    mutating func takeContent() -> [UInt8] { content.take() }

    mutating func paint(_ frame: Frame) throws(RenderError) {
        for p in frame.items {
            mark(p.tag)
            switch p.item {
            case .text(let t): try text(t, at: p.origin)
            case .shape(let s): try shape(s, at: p.origin)
            case .image(let i): try image(i, at: p.origin)
            case .figure(let f): try figure(f, at: p.origin)
            case .drawing(let d): try drawing(d, at: p.origin)
            case .svg(let s): try svgPicture(s, at: p.origin)
            case .qrCode(let q): try qrCode(q, at: p.origin)
            }
        }
        if open != nil { content.append("EMC\n"); open = nil }
    }

    /// Opens the marked-content sequence for `tag`, closing the one before; items in a row with
    /// one tag share a sequence. Elements get the next MCID, artifacts say what kind they are.
    private mutating func mark(_ tag: ContentTag) {
        guard tagged else { return }
        let identity = tag.identity
        if identity == open { return }
        let close = open != nil
        open = identity
        switch tag {
        case .element(let path):
            let mcid = marks.count
            content.write(room: 48) { w in
                if close { w.put("EMC\n") }
                w.put("/"); w.put(path.leaf?.role.pdfName ?? "Span"); w.put("<</MCID "); w.put(mcid, ">>BDC\n")
            }
            marks.append(under.map { path.under($0) } ?? path)
        case .artifact(let kind):
            if close { content.append("EMC\n") }
            switch kind {
            case .layout: content.append("/Artifact BMC\n")
            case .footer: content.append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n")
            case .repeated: content.append("/Artifact <</Type /Pagination>> BDC\n")
            }
        }
    }

    private mutating func note(_ resource: (name: String, object: Int), in list: WritableKeyPath<PDFPagePainter, [(String, Int)]>) {
        if named.insert(resource.name).inserted { self[keyPath: list].append((resource.name, resource.object)) }
    }

    private mutating func setFill(_ c: Color) throws(RenderError) {
        try setAlpha(c.alpha, stroking: false)
        if fill == c { return }
        content.append(numbers: c.red, c.green, c.blue, op: "rg")
        fill = c
    }

    private mutating func setStroke(_ c: Color) throws(RenderError) {
        try setAlpha(c.alpha, stroking: true)
        if stroke == c { return }
        content.append(numbers: c.red, c.green, c.blue, op: "RG")
        stroke = c
    }

    private mutating func setAlpha(_ a: Double, stroking: Bool) throws(RenderError) {
        let level = Int((min(1, max(0, a.isFinite ? a : 1)) * 255).rounded())
        if level == (stroking ? strokeAlpha : fillAlpha) { return }
        let state = try document.state(level, stroking: stroking)
        note(state, in: \.statesUsed)
        content.append("/"); content.append(string: state.name); content.append(" gs\n")
        if stroking { strokeAlpha = level } else { fillAlpha = level }
    }

    /// Images and figures are painted opaque, whatever the text or shapes before them used.
    private mutating func setOpaque() throws(RenderError) {
        try setAlpha(1, stroking: false)
        try setAlpha(1, stroking: true)
    }

    private mutating func text(_ t: TextItem, at origin: Point) throws(RenderError) {
        let program = resources.text.layout(t.excerpt?.source ?? t.text, style: t.style, width: t.width)
            .pdfProgram(size: t.style.size.value, fonts: resources.fonts)
        let lines = t.excerpt?.lines
        // An excerpt's first line is moved up to the origin.
        let shift = lines.map { program.lineTops[max(0, min($0.lowerBound, program.lineTops.count - 1))] } ?? 0
        let top = Point(x: origin.x, y: origin.y - Points(shift))
        try missingBoxes(program, t, lines: lines, at: top)
        let runs = lines.map { l in program.runs.filter { l.contains($0.line) } } ?? program.runs
        guard !runs.isEmpty else { return }
        try setFill(t.style.color)
        content.append("BT\n")
        var face = -1
        for run in runs {
            let font = document.font(run.face)
            if run.face != face {
                note(font, in: \.fontsUsed)
                content.append("/"); content.append(string: font.name); content.append(" "); content.append(number: run.size); content.append(" Tf\n")
                face = run.face
            }
            content.append(numbers: 1, 0, 0, 1, top.x.value + run.x, height - top.y.value - run.y, op: "Tm")
            content.append(bytes: run.show)
            content.append(byte: 0x0A)
        }
        content.append("ET\n")
        document.use(program.glyphs)
    }

    /// Outlines where characters without a glyph stand, so a missing name is seen, not silently dropped.
    private mutating func missingBoxes(_ program: PDFTextProgram, _ t: TextItem, lines: Range<Int>?, at origin: Point) throws(RenderError) {
        guard !program.missing.isEmpty else { return }
        for box in program.missing where lines?.contains(box.line) ?? true {
            var path = Path()
            path.move(to: Point(x: Points(box.x), y: Points(box.y)))
            path.line(to: Point(x: Points(box.x + box.width), y: Points(box.y)))
            path.line(to: Point(x: Points(box.x + box.width), y: Points(box.y + box.height)))
            path.line(to: Point(x: Points(box.x), y: Points(box.y + box.height)))
            path.close()
            try shape(ShapeItem(path: path, stroke: t.style.color, lineWidth: Points(max(0.5, t.style.size.value * 0.05))), at: origin)
        }
    }

    mutating func shape(_ s: ShapeItem, at origin: Point) throws(RenderError) {
        // Colours, opacity and line width go before the path: between its first point and the
        // painting operator only path operators are allowed.
        let seeThrough = (s.fill.map { $0.alpha < 1 } ?? false) || (s.stroke.map { $0.alpha < 1 } ?? false)
        if let f = s.fill, let st = s.stroke, seeThrough {
            // Filled then stroked, each with its own opacity, as cairo draws them.
            try shape(ShapeItem(path: s.path, fill: f), at: origin)
            try shape(ShapeItem(path: s.path, stroke: st, lineWidth: s.lineWidth), at: origin)
            return
        }
        if let f = s.fill { try setFill(f) }
        func x(_ p: Point) -> Double { origin.x.value + p.x.value }
        func y(_ p: Point) -> Double { height - origin.y.value - p.y.value }
        if let st = s.stroke {
            try setStroke(st)
            if lineWidth != s.lineWidth.value { content.append(numbers: s.lineWidth.value, op: "w"); lineWidth = s.lineWidth.value }
        }
        for e in s.path.elements {
            switch e {
            case .move(let p): content.append(numbers: x(p), y(p), op: "m")
            case .line(let p): content.append(numbers: x(p), y(p), op: "l")
            case .curve(let a, let b, let c): content.append(numbers: x(a), y(a), x(b), y(b), x(c), y(c), op: "c")
            case .close: content.append("h\n")
            }
        }
        switch (s.fill, s.stroke) {
        case (.some, .some): content.append("B\n")
        case (.some, nil): content.append("f\n")
        case (nil, .some): content.append("S\n")
        case (nil, nil): content.append("n\n")
        }
    }

    private mutating func image(_ i: ImageItem, at origin: Point) throws(RenderError) {
        let image = try resources.image(i)
        let resource = try document.image(i)
        note(resource, in: \.objectsUsed)
        let w = Double(image.width), h = Double(image.height)
        let scale = min(i.size.width.value / w, i.size.height.value / h)
        let x = origin.x.value + i.size.width.value - w * scale, top = height - origin.y.value
        try setOpaque()
        content.append("q\n")
        content.append(numbers: w * scale, 0, 0, h * scale, x, top - h * scale, op: "cm")
        content.append("/"); content.append(string: resource.name); content.append(" Do\nQ\n")
    }

    private mutating func drawing(_ d: DrawingItem, at origin: Point) throws(RenderError) {
        let form = try document.form(d.drawing)
        note(form, in: \.objectsUsed)
        let s = d.fittedScale, o = d.offset
        try setOpaque()
        content.append("q\n")
        content.append(numbers: s, 0, 0, s, origin.x.value + o.x.value, height - origin.y.value - o.y.value - d.drawing.size.height.value * s, op: "cm")
        content.append("/"); content.append(string: form.name); content.append(" Do\nQ\n")
    }

    /// A QR code as one filled path of squares (a run of dark modules in a row is one rectangle).
    private mutating func qrCode(_ q: QRCodeItem, at origin: Point) throws(RenderError) {
        let matrix = try QRMatrix(q.text)
        try setFill(q.color)
        for r in matrix.runs(side: q.side.value) {
            content.append(numbers: origin.x.value + r.x, height - origin.y.value - r.y - r.h, r.w, r.h, op: "re")
        }
        content.append("f\n")
    }

    private mutating func svgPicture(_ s: SVGPictureItem, at origin: Point) throws(RenderError) {
        let form = try document.form(svg: s.path)
        note(form.use, in: \.objectsUsed)
        let f = s.fit(width: form.width, height: form.height)
        try setOpaque()
        content.append("q\n")
        content.append(numbers: f.scale, 0, 0, f.scale, origin.x.value + f.dx, height - origin.y.value - f.dy - form.height * f.scale, op: "cm")
        content.append("/"); content.append(string: form.use.name); content.append(" Do\nQ\n")
    }

    private mutating func figure(_ f: FigureItem, at origin: Point) throws(RenderError) {
        guard let figures = resources.figures else { throw RenderError(.document, "a figure was laid out but no figures are loaded") }
        let drawing = try figures.pdfDrawing(f)
        let scale = min(f.size.width.value / drawing.width, f.size.height.value / drawing.height)
        let dx = (f.size.width.value - drawing.width * scale) / 2
        try setOpaque()
        content.append("q\n")
        content.append(numbers: scale, 0, 0, scale, origin.x.value + dx, height - origin.y.value - drawing.height * scale, op: "cm")
        for part in drawing.parts {
            let form = try document.form(part)
            note(form, in: \.objectsUsed)
            content.append("/"); content.append(string: form.name); content.append(" Do\n")
        }
        content.append("Q\n")
    }
}
