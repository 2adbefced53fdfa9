import PageGraphics

/// What one worker keeps between PDFs: shaped text, font faces, figure forms and images.
///
/// Nothing here decides names or object numbers; documents do that, so output does not
/// depend on what a worker rendered before.
final class PDFResources {
    let text: PangoTextSystem
    let figures: FigureLibrary?
    let images: ImageCache
    let svgPictures: SVGPictures
    private var pdfImages: [String: PDFImage] = [:]
    /// Compressed content streams of drawings, by key.
    let drawingForms = DrawingForms()

    var fonts: PDFFontRegistry { text.pdfFonts }

    init(text: PangoTextSystem, figures: FigureLibrary?, images: ImageCache, svgPictures: SVGPictures) {
        self.text = text; self.figures = figures; self.images = images; self.svgPictures = svgPictures
    }

    /// A figure part as a PDF form, made once per worker.
    func form(_ part: FigurePart) throws(RenderError) -> PDFForm {
        guard let figures else { throw RenderError(.document, "a figure was laid out but no figures are loaded") }
        return try figures.pdfForm(part)
    }

    /// A drawing's compressed form content, made once per worker.
    func drawingForm(_ d: Drawing) throws(RenderError) -> [UInt8] { try drawingForms.content(d) }

    /// The image of `item`, decoded, fitted and compressed once.
    func image(_ item: ImageItem) throws(RenderError) -> PDFImage {
        let path = ImageCache.key(item)
        if let i = pdfImages[path] { return i }
        guard let surface = images.image(item) else { throw RenderError(.image(item.path), "cannot be decoded as PNG", hint: "save it again as PNG") }
        let image = try PDFImage(surface: surface)
        if pdfImages.count > 32 { pdfImages.removeAll() }
        pdfImages[path] = image
        return image
    }
}
