import CairoBackend
import Foundation
import PageGraphics
import RoutineLayout
import RoutineModel

/// Renders plans to PDF or PNG. Holds one font map, layout and catalog: create one per thread.
public final class RenderEngine {
    public let resources: ResourceLocator
    public let catalog: Catalog
    private let takeHomeLayout: Layout
    private let text: PangoTextSystem
    private let figures: FigureLibrary
    private let writer: DocumentWriter

    /// Loads the catalog (plus `extraCatalog`, a clinic's own), layouts and fonts.
    public init(resources: ResourceLocator, extraCatalog: URL? = nil) throws(RoutinePressError) {
        self.resources = resources
        do {
            var catalog = try Catalog.load(contentsOf: resources.catalog)
            if let extraCatalog {
                for e in try Catalog.load(contentsOf: extraCatalog).exercises { catalog.add(e) }
            }
            self.catalog = catalog
        } catch let list as DiagnosticList {
            throw .invalidPlan(list)
        } catch { throw .resources("\(error)") }
        do { takeHomeLayout = try Layout.load(contentsOf: resources.layout("take-home")) } catch { throw .resources("\(error)") }
        do {
            let manifest = try FontManifest.load(folder: resources.fonts)
            text = try PangoTextSystem(manifest: manifest)
        } catch { throw .resources("\(error)") }
        do {
            figures = try FigureLibrary(folder: resources.figures, names: takeHomeLayout.figures.views,
                                        regions: Region.allCases.map(\.rawValue), style: takeHomeLayout.figureStyle)
        } catch { throw .resources(error.message) }
        writer = DocumentWriter(text: text, figures: figures)
    }

    /// Decodes, checks and resolves plan bytes; throws every problem at once.
    public func routine(from bytes: [UInt8], file: String?, baseDirectory: URL?) throws(RoutinePressError) -> Routine {
        let plan: Plan
        do { plan = try PlanDecoder.decode(bytes, file: file) } catch { throw .invalidPlan(error) }
        switch plan {
        case .takeHome(let p):
            do { return try Resolver(catalog: catalog, baseDirectory: baseDirectory).resolve(p, file: file) } catch { throw .invalidPlan(error) }
        }
    }

    /// The laid-out pages of a routine.
    public func pages(for routine: Routine, options: RenderOptions) -> [Page] {
        let paper = options.paper ?? routine.plan.paper ?? .letter
        return TakeHomeLayoutEngine(layout: takeHomeLayout, figures: options.figures ? figures.catalog : .empty).pages(for: routine, paper: paper, measurer: text)
    }

    /// Renders plan bytes into output files.
    public func render(_ bytes: [UInt8], file: String?, baseDirectory: URL?, options: RenderOptions) throws(RoutinePressError) -> RenderedDocument {
        let routine = try routine(from: bytes, file: file, baseDirectory: baseDirectory)
        let pages = pages(for: routine, options: options)
        let warnings = missingGlyphWarnings(routine, file: file)
        do {
            switch options.format {
            case .pdf:
                let pdf = try writer.pdf(pages, metadata: metadata(for: routine, options: options))
                return RenderedDocument(files: [pdf], pageCount: pages.count, warnings: warnings)
            case .png:
                return RenderedDocument(files: try writer.png(pages, dpi: options.dpi), pageCount: pages.count, warnings: warnings)
            }
        } catch { throw .render(error.message) }
    }

    /// A page of the body figures with the given regions highlighted.
    public func figurePage(primary: [Region], secondary: [Region], side: Side?, height: Points) -> Page {
        FigurePage(layout: takeHomeLayout, figures: figures.catalog).page(primary: primary, secondary: secondary, side: side, height: height, measurer: text)
    }

    /// Writes pages without a plan behind them (figure pages).
    public func write(_ pages: [Page], title: String, options: RenderOptions) throws(RoutinePressError) -> RenderedDocument {
        do {
            switch options.format {
            case .pdf:
                let date = options.creationDate ?? Self.today()
                return RenderedDocument(files: [try writer.pdf(pages, metadata: DocumentMetadata(title: title, creationDate: "\(date)T00:00:00Z"))],
                                        pageCount: pages.count, warnings: [])
            case .png:
                return RenderedDocument(files: try writer.png(pages, dpi: options.dpi), pageCount: pages.count, warnings: [])
            }
        } catch { throw .render(error.message) }
    }

    /// A page's pixels, for pixel tests and previews.
    public func bitmap(_ page: Page, dpi: Double) throws(RoutinePressError) -> Bitmap {
        do { return try writer.bitmap(page, dpi: dpi) } catch { throw .render(error.message) }
    }

    /// The figure views and their highlightable shapes.
    public var figureCatalog: FigureCatalog { figures.catalog }

    func metadata(for routine: Routine, options: RenderOptions) -> DocumentMetadata {
        let plan = routine.plan
        var title = plan.title
        if options.patientInMetadata, let p = plan.patient { title += " — \(p.name)" }
        let date = plan.date ?? options.creationDate ?? Self.today()
        return DocumentMetadata(title: title, author: plan.clinic?.name, creationDate: "\(date)T00:00:00Z")
    }

    /// Reports text that no font can draw (it would print as boxes).
    func missingGlyphWarnings(_ routine: Routine, file: String?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let style = TextStyle(family: takeHomeLayout.family, size: 12)
        func check(_ s: String?, _ path: JSONPath) {
            guard let s, text.measure(s, style: style, width: nil).missingGlyphs > 0 else { return }
            out.append(Diagnostic(.warning, code: "missing-glyphs", at: path, nil, "some characters have no glyph in the fonts and print as boxes",
                                  hint: "add a font that covers them to Fonts/", file: file))
        }
        let plan = routine.plan
        check(plan.title, JSONPath.root.appending("title"))
        check(plan.patient?.name, JSONPath.root.appending("patient").appending("name"))
        check(plan.intro, JSONPath.root.appending("intro"))
        check(plan.notes, JSONPath.root.appending("notes"))
        for item in routine.items {
            check(item.exercise.name, item.origin.path.appending("name"))
            check(item.cue, item.origin.path.appending("cue"))
        }
        return out
    }

    static func today() -> PlanDate {
        let env = ProcessInfo.processInfo.environment
        let seconds = env["SOURCE_DATE_EPOCH"].flatMap(Int.init) ?? Int(Date().timeIntervalSince1970)
        return PlanDate(year: 1970, month: 1, day: 1).adding(days: seconds / 86_400)
    }
}
