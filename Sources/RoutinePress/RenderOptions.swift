import RoutineModel

/// How to render: paper, output format and the fixed metadata that keeps output reproducible.
public struct RenderOptions: Sendable, Hashable {
    /// The output file format.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case pdf, png
    }

    /// Overrides the plan's paper (nil: the plan's, else Letter).
    public var paper: Paper?
    public var format: Format
    /// Resolution of PNG pages.
    public var dpi: Double
    /// The PDF creation date when the plan has none (YYYY-MM-DD); nil: today.
    public var creationDate: PlanDate?
    /// Whether the patient's name may appear in the PDF's metadata.
    public var patientInMetadata: Bool
    /// Whether sheets carry muscle figures.
    public var figures: Bool
    /// Whether pictures are drawn on a second thread while the text is laid out (one document
    /// at a time: the CLI's `render`; a batch's workers keep the cores busy already).
    public var drawPicturesAhead: Bool
    /// Whether the plan may name files on this machine (a logo); false for plans sent to the server.
    public var readsFiles: Bool

    public init(paper: Paper? = nil, format: Format = .pdf, dpi: Double = 110, creationDate: PlanDate? = nil,
                patientInMetadata: Bool = false, figures: Bool = true, drawPicturesAhead: Bool = false, readsFiles: Bool = true) {
        self.paper = paper; self.format = format; self.dpi = dpi; self.creationDate = creationDate
        self.patientInMetadata = patientInMetadata; self.figures = figures
        self.drawPicturesAhead = drawPicturesAhead; self.readsFiles = readsFiles
    }
}
