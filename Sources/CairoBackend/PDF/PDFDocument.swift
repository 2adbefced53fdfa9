import Foundation
import PageGraphics

/// One PDF being written: pages go in one at a time, fonts and the page tree are written at the end.
///
/// Resource names (F1, X1, …) and object numbers are given in order of first use in this document,
/// so a plan gives the same bytes whichever worker renders it and whatever it rendered before.
final class PDFDocument {
    private let objects: PDFObjectWriter
    private let sink: PDFSink
    private let resources: PDFResources
    private let metadata: DocumentMetadata
    private let pagesObject: Int
    private var pageObjects: [Int] = []
    private var fonts: [Int: FontUse] = [:]
    private var fontOrder: [Int] = []
    private var forms: [FigurePart: (name: String, object: Int)] = [:]
    private var images: [String: (name: String, object: Int)] = [:]
    private var drawings: [String: (name: String, object: Int)] = [:]
    private var svgForms: [String: (use: (name: String, object: Int), width: Double, height: Double)] = [:]
    private var states: [Int: (name: String, object: Int)] = [:]
    private var finished = false
    private var structure = PDFStructureTree()
    /// Whether the document is tagged, links and outline included: always, except when measuring
    /// what they cost (`ROUTINEPRESS_MEASURE_UNTAGGED=1`, for scripts/bench-tags.sh only).
    static let tagged = getenv("ROUTINEPRESS_MEASURE_UNTAGGED") == nil
    private var outline = PDFOutline()
    /// The link annotations, written at the end when their keys in the parent tree are known.
    private var links: [(object: Int, page: Int, link: LinkArea, height: Double)] = []
    /// In a merged document, the first page of each plan (its page labels start again at 1).
    private var groupStarts: [(page: Int, group: Int)] = []

    /// The glyphs of one face this document shows, and where its font dictionary goes.
    private struct FontUse {
        var name: String
        var object: Int
        var text: [UInt32: String] = [:]
    }

    init(sink: PDFSink, resources: PDFResources, metadata: DocumentMetadata) throws(RenderError) {
        self.sink = sink
        self.resources = resources
        self.metadata = metadata
        structure.secondLanguage = metadata.secondLanguage
        objects = try PDFObjectWriter(sink: sink)
        pagesObject = objects.reserve()
    }

    var pageCount: Int { pageObjects.count }

    /// Says that the part at `step` (a plan of a merged document) is in `language`, when that is not the document's.
    func mark(_ step: StructureStep, language: String) {
        guard Self.tagged, language != metadata.language else { return }
        structure.set(language: language, of: StructurePath([step]))
    }

    /// Draws and writes one page; its elements go below `step` when one is given (a plan's
    /// pages in a merged document).
    func add(_ page: Page, under step: StructureStep? = nil, group: PDFOutline.Group? = nil) throws(RenderError) {
        var painter = PDFPagePainter(height: page.size.height.value, resources: resources, document: self, under: step, tagged: Self.tagged)
        try painter.paint(page.frame)
        var dictionary = PDFBytes()
        dictionary.append("<<")
        for (key, used) in [("Font", painter.fontsUsed), ("XObject", painter.objectsUsed), ("ExtGState", painter.statesUsed)] where !used.isEmpty {
            dictionary.append(" /"); dictionary.append(string: key); dictionary.append(" <<")
            for (name, object) in used { dictionary.append(" /"); dictionary.append(string: name); dictionary.append(" "); dictionary.append(object); dictionary.append(" 0 R") }
            dictionary.append(" >>")
        }
        dictionary.append(" >>")

        let contentObject = objects.reserve(), pageObject = objects.reserve()
        var entries = PDFBytes(); entries.append("/Filter /FlateDecode")
        try objects.writeStream(contentObject, entries: entries, data: try Deflate.compress(painter.takeContent()))
        var body = PDFBytes(capacity: 256)
        body.append("<< /Type /Page /Parent "); body.append(pagesObject); body.append(" 0 R /MediaBox [0 0 ")
        body.append(number: page.size.width.value); body.append(" "); body.append(number: page.size.height.value)
        body.append("] /Resources "); body.append(dictionary)
        body.append(" /Contents "); body.append(contentObject); body.append(" 0 R")
        if Self.tagged { body.append(" /StructParents "); body.append(pageObjects.count) }
        if Self.tagged, !page.frame.links.isEmpty {
            body.append(" /Annots [")
            for var link in page.frame.links {
                if let step { link.element = link.element.under(step) }
                let object = objects.reserve()
                links.append((object, pageObjects.count, link, page.size.height.value))
                body.append(object); body.append(" 0 R ")
            }
            body.append("]")
        }
        body.append(" /Tabs /S >>")
        try objects.write(pageObject, body: body)
        // Only a page written whole joins the structure and the outline.
        if Self.tagged {
            structure.add(page: painter.marks)
            structure.add(empty: step.map { s in page.frame.emptyElements.map { $0.under(s) } } ?? page.frame.emptyElements)
            outline.add(page.frame.bookmarks, page: pageObject, height: page.size.height.value, group: group)
        }
        if group != nil, group?.index != groupStarts.last?.group { groupStarts.append((pageObjects.count, group?.index ?? 0)) }
        pageObjects.append(pageObject)
    }

    /// Notes the glyphs a page shows, for the font subsets and their text mapping.
    func use(_ glyphs: [PDFTextProgram.Glyph]) {
        for g in glyphs where (fonts[g.face]?.text[g.id] ?? "").isEmpty { fonts[g.face]?.text[g.id] = g.text }
    }

    /// The resource name and object of face `face` (from the worker registry) in this document.
    func font(_ face: Int) -> (name: String, object: Int) {
        if let f = fonts[face] { return (f.name, f.object) }
        let use = FontUse(name: "F\(fonts.count + 1)", object: objects.reserve())
        fonts[face] = use
        fontOrder.append(face)
        return (use.name, use.object)
    }

    /// The resource name and object of a figure part, written on first use.
    func form(_ part: FigurePart) throws(RenderError) -> (name: String, object: Int) {
        if let f = forms[part] { return f }
        let form = try resources.form(part)
        let object = objects.reserve()
        var entries = PDFBytes()
        entries.append("/Type /XObject /Subtype /Form /BBox [0 0 "); entries.append(number: form.width); entries.append(" "); entries.append(number: form.height)
        entries.append("] /Resources "); entries.append(bytes: form.resources); entries.append(" /Filter /FlateDecode")
        try objects.writeStream(object, entries: entries, data: form.content)
        let use = (name: "X\(forms.count + images.count + drawings.count + svgForms.count + 1)", object: object)
        forms[part] = use
        return use
    }

    /// The resource name and object of a drawing, written on first use.
    func form(_ d: Drawing) throws(RenderError) -> (name: String, object: Int) {
        if let f = drawings[d.key] { return f }
        let content = try resources.drawingForm(d)
        let object = objects.reserve()
        var entries = PDFBytes()
        let k = DrawingFormEncoder.units
        entries.append("/Type /XObject /Subtype /Form /BBox [0 0 "); entries.append(number: (d.size.width.value * k).rounded())
        entries.append(" "); entries.append(number: (d.size.height.value * k).rounded())
        entries.append("] /Matrix [0.001 0 0 0.001 0 0] /Resources << >> /Filter /FlateDecode")
        try objects.writeStream(object, entries: entries, data: content)
        let use = (name: "X\(forms.count + images.count + drawings.count + svgForms.count + 1)", object: object)
        drawings[d.key] = use
        return use
    }

    /// The resource name, object and size of an SVG picture's form, written on first use.
    func form(svg path: String) throws(RenderError) -> (use: (name: String, object: Int), width: Double, height: Double) {
        if let f = svgForms[path] { return f }
        let form = try resources.svgPictures.form(path)
        let object = objects.reserve()
        // The form matrix brings any viewBox to about 1000 units, so placing it needs no tiny scale.
        let k = 1000 / max(form.width, form.height)
        var entries = PDFBytes()
        entries.append("/Type /XObject /Subtype /Form /BBox [0 0 "); entries.append(number: form.width); entries.append(" "); entries.append(number: form.height)
        entries.append(string: "] /Matrix [" + String(format: "%.9f", k) + " 0 0 " + String(format: "%.9f", k) + " 0 0]")
        entries.append(" /Resources "); entries.append(bytes: form.resources); entries.append(" /Filter /FlateDecode")
        try objects.writeStream(object, entries: entries, data: form.content)
        let use = (use: (name: "X\(forms.count + images.count + drawings.count + svgForms.count + 1)", object: object), width: form.width * k, height: form.height * k)
        svgForms[path] = use
        return use
    }

    /// The resource name and object of an image, written on first use.
    func image(_ item: ImageItem) throws(RenderError) -> (name: String, object: Int) {
        let path = ImageCache.key(item)
        if let i = images[path] { return i }
        let image = try resources.image(item)
        let object = objects.reserve()
        var mask: Int?
        if let alpha = image.alpha {
            let m = objects.reserve()
            var entries = PDFBytes()
            entries.append("/Type /XObject /Subtype /Image /Width "); entries.append(image.width); entries.append(" /Height "); entries.append(image.height)
            entries.append(" /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode")
            try objects.writeStream(m, entries: entries, data: alpha)
            mask = m
        }
        var entries = PDFBytes()
        entries.append("/Type /XObject /Subtype /Image /Width "); entries.append(image.width); entries.append(" /Height "); entries.append(image.height)
        entries.append(" /ColorSpace /DeviceRGB /BitsPerComponent 8 /Interpolate true /Filter /FlateDecode")
        if let mask { entries.append(" /SMask "); entries.append(mask); entries.append(" 0 R") }
        try objects.writeStream(object, entries: entries, data: image.rgb)
        let use = (name: "X\(forms.count + images.count + drawings.count + svgForms.count + 1)", object: object)
        images[path] = use
        return use
    }

    /// The resource name and object of a graphics state giving fills (or strokes) opacity `alpha` / 255.
    func state(_ alpha: Int, stroking: Bool) throws(RenderError) -> (name: String, object: Int) {
        let key = stroking ? 256 + alpha : alpha
        if let s = states[key] { return s }
        let object = objects.reserve()
        var body = PDFBytes()
        body.append(stroking ? "<< /Type /ExtGState /CA " : "<< /Type /ExtGState /ca "); body.append(number: Double(alpha) / 255); body.append(" >>")
        try objects.write(object, body: body)
        let use = (name: "G\(states.count + 1)", object: object)
        states[key] = use
        return use
    }

    /// Writes the fonts, page tree, catalog and information, then the trailer.
    func finish() throws(RenderError) {
        guard !finished else { return }
        guard !pageObjects.isEmpty else { throw RenderError(.document, "the document has no pages") }
        finished = true
        for face in fontOrder {
            try PDFFontWriter(face: resources.fonts.faces[face], text: fonts[face]!.text).write(type0: fonts[face]!.object, objects: objects)
        }
        var kids = PDFBytes(capacity: pageObjects.count * 8 + 64)
        kids.append("<< /Type /Pages /Kids [")
        for p in pageObjects { kids.append(p); kids.append(" 0 R ") }
        kids.append("] /Count "); kids.append(pageObjects.count); kids.append(" >>")
        try objects.write(pagesObject, body: kids)
        try writeLinks()
        let tree = Self.tagged ? try structure.write(to: objects, pages: pageObjects) : nil
        let xmp = objects.reserve()
        var entries = PDFBytes(); entries.append("/Type /Metadata /Subtype /XML /Filter /FlateDecode")
        try objects.writeStream(xmp, entries: entries, data: try Deflate.compress(Array(PDFXMP.packet(metadata).utf8)))
        let outlines = outline.isEmpty ? nil : try outline.write(to: objects)
        let catalog = objects.reserve()
        var body = PDFBytes()
        body.append("<< /Type /Catalog /Pages "); body.append(pagesObject)
        if let tree { body.append(" 0 R /StructTreeRoot "); body.append(tree); body.append(" 0 R /MarkInfo << /Marked true >>") } else { body.append(" 0 R") }
        body.append(" /Lang "); body.append(textString: metadata.language)
        body.append(" /ViewerPreferences << /DisplayDocTitle true >> /Metadata "); body.append(xmp); body.append(" 0 R")
        if let outlines { body.append(" /Outlines "); body.append(outlines); body.append(" 0 R /PageMode /UseOutlines") }
        // Pages are numbered in the viewer as their footers number them: 1, 2, 3, and again
        // from 1 for each plan of a merged document.
        body.append(" /PageLabels << /Nums [")
        for start in groupStarts.isEmpty ? [0] : groupStarts.map(\.page) { body.append(start); body.append(" << /S /D >> ") }
        body.append("] >> >>")
        try objects.write(catalog, body: body)
        let info = objects.reserve()
        try objects.write(info, body: infoDictionary())
        try objects.finish(root: catalog, info: info, id: documentID())
        try sink.close()
    }

    /// Each link annotation: its area, what it opens, its words for a screen reader, and its
    /// Link element (keys in the parent tree follow the pages').
    private func writeLinks() throws(RenderError) {
        for (i, l) in links.enumerated() {
            let key = pageObjects.count + i
            structure.add(annotation: l.object, page: l.page, key: key, of: l.link.element)
            let r = l.link.rect
            var d = PDFBytes(capacity: 256)
            d.append("<< /Type /Annot /Subtype /Link /Rect [")
            d.append(number: r.minX.value); d.append(" "); d.append(number: l.height - r.maxY.value); d.append(" ")
            d.append(number: r.maxX.value); d.append(" "); d.append(number: l.height - r.minY.value)
            d.append("] /Border [0 0 0] /F 4 /P "); d.append(pageObjects[l.page]); d.append(" 0 R /StructParent "); d.append(key)
            d.append(" /Contents "); d.append(textString: l.link.description)
            d.append(" /A << /Type /Action /S /URI /URI "); d.append(textString: l.link.uri); d.append(" >> >>")
            try objects.write(l.object, body: d)
        }
    }

    private func infoDictionary() -> PDFBytes {
        var d = PDFBytes()
        d.append("<< /Title "); d.append(textString: metadata.title)
        if let author = metadata.author { d.append(" /Author "); d.append(textString: author) }
        if let subject = metadata.subject { d.append(" /Subject "); d.append(textString: subject) }
        d.append(" /Creator "); d.append(textString: metadata.creator)
        d.append(" /Producer "); d.append(textString: "RoutinePress")
        let date = Self.pdfDate(metadata.creationDate)
        d.append(" /CreationDate "); d.append(textString: date)
        d.append(" /ModDate "); d.append(textString: date)
        d.append(" >>")
        return d
    }

    /// `2026-11-29T08:30:00Z` as a PDF date, `D:20261129083000Z`.
    static func pdfDate(_ iso: String) -> String {
        let digits = iso.filter(\.isNumber)
        return "D:" + digits.prefix(14) + String(repeating: "0", count: max(0, 14 - digits.count)) + "Z"
    }

    /// A file identifier that depends only on what the document says (same input, same bytes).
    private func documentID() -> [UInt8] {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 { for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 } }
        mix(metadata.title.utf8); mix(metadata.creationDate.utf8); mix(String(sink.offset).utf8); mix(String(pageObjects.count).utf8)
        let first = hash
        mix(metadata.author?.utf8 ?? "".utf8)
        return withUnsafeBytes(of: first.bigEndian, Array.init) + withUnsafeBytes(of: hash.bigEndian, Array.init)
    }
}
