import CCairo

/// A drawing kept as a PDF form: its operators (compressed), the resources they name, and its box.
///
/// Made by letting cairo write the drawing as a one-page PDF and taking that page's content,
/// so the figure is still drawn by librsvg into a cairo context, once per worker; every document
/// then copies the finished bytes instead of having cairo format every coordinate again.
struct PDFForm {
    var width: Double, height: Double
    /// The content stream, FlateDecode-compressed.
    var content: [UInt8]
    /// The page's resource dictionary, written inline (it may not refer to other objects).
    var resources: [UInt8]

    /// Records what `draw` paints on a `width` × `height` page; errors name `subject`.
    init(width: Double, height: Double, subject: RenderError.Subject, draw: (OpaquePointer) throws(RenderError) -> Void) throws(RenderError) {
        self.width = width; self.height = height
        let sink = CairoByteSink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        do {
            let surface = CairoSurface(adopting: cairo_pdf_surface_create_for_stream(CairoByteSink.write, box.toOpaque(), width, height))
            do {
                let cr = CairoContext(surface: surface)
                try draw(cr.pointer)
                if let failure = cr.failure { throw RenderError(subject, "could not be drawn: \(failure)") }
            }
            cairo_surface_finish(surface.pointer)
            if let failure = surface.failure { throw RenderError(subject, "could not be drawn: \(failure)") }
        }
        let page = try CairoPDFPage(sink.bytes, subject: subject)
        content = try Deflate.compress(page.content, level: 6)
        resources = page.resources
    }
}

/// The content and resources of the single page of a PDF that cairo wrote.
struct CairoPDFPage {
    var content: [UInt8]
    var resources: [UInt8]

    init(_ pdf: [UInt8], subject: RenderError.Subject) throws(RenderError) {
        func failure(_ why: String) -> RenderError {
            RenderError(subject, "cannot be kept as a reusable drawing: \(why)", hint: "use plain fills and strokes (no text, gradients, masks or images)")
        }
        guard let pageAt = Self.find("/Type /Page ", in: pdf, from: 0),
              let contents = Self.reference(after: "/Contents ", in: pdf, from: pageAt),
              let resourcesNumber = Self.reference(after: "/Resources ", in: pdf, from: pageAt),
              let contentObject = Self.object(contents, in: pdf),
              let resourcesObject = Self.object(resourcesNumber, in: pdf)
        else { throw failure("cairo's page could not be read") }
        guard let streamAt = Self.find("stream\n", in: pdf, from: contentObject.lowerBound), streamAt < contentObject.upperBound else {
            throw failure("the page has no content stream")
        }
        let dictionary = pdf[contentObject.lowerBound..<streamAt]
        let data = pdf[(streamAt + 7)..<contentObject.upperBound]
        if Self.find("/FlateDecode", in: Array(dictionary), from: 0) != nil {
            guard let inflated = Deflate.decompress(data) else { throw failure("the content stream does not inflate") }
            content = inflated
        } else {
            guard let end = Self.find("endstream", in: Array(data), from: 0) else { throw failure("the content stream has no end") }
            content = Array(data.prefix(end))
        }
        let body = Array(pdf[resourcesObject])
        guard let open = body.firstIndex(of: UInt8(ascii: "<")), let close = Self.lastDictionaryEnd(body) else { throw failure("the resources are not a dictionary") }
        resources = Array(body[open..<close])
        if Self.find(" R", in: resources, from: 0) != nil {
            throw failure("it uses gradients, patterns, masks, clipping groups or images; figures may use plain fills and strokes only")
        }
    }

    private static func find(_ needle: String, in haystack: [UInt8], from start: Int) -> Int? {
        let n = Array(needle.utf8)
        guard haystack.count >= n.count, start <= haystack.count - n.count else { return nil }
        var i = start
        while i <= haystack.count - n.count {
            if haystack[i] == n[0] && haystack[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// The object number written after `key` (as in `/Contents 4 0 R`).
    private static func reference(after key: String, in pdf: [UInt8], from start: Int) -> Int? {
        guard let at = find(key, in: pdf, from: start) else { return nil }
        var i = at + key.utf8.count, value = 0, digits = 0
        while i < pdf.count, pdf[i] >= 48, pdf[i] <= 57 { value = value * 10 + Int(pdf[i] - 48); i += 1; digits += 1 }
        return digits > 0 ? value : nil
    }

    /// The byte range of object `number`'s body, from after `obj` to before `endobj`.
    private static func object(_ number: Int, in pdf: [UInt8]) -> Range<Int>? {
        let header = "\n\(number) 0 obj"
        guard let at = find(header, in: pdf, from: 0) else { return nil }
        let start = at + header.utf8.count
        guard let end = find("endobj", in: pdf, from: start) else { return nil }
        return start..<end
    }

    private static func lastDictionaryEnd(_ body: [UInt8]) -> Int? {
        var i = body.count - 1
        while i > 0 { if body[i] == UInt8(ascii: ">") && body[i - 1] == UInt8(ascii: ">") { return i + 1 }; i -= 1 }
        return nil
    }
}
