@_exported import struct CairoBackend.RenderError
@_exported import class CairoBackend.PDFFile
import CairoBackend
import Foundation
import PageGraphics
import PosePictures
import RoutineLayout
import RoutineModel

/// Renders plans to PDF or PNG on one thread: shared `RenderResources` plus what a thread must
/// own (a font map, the figures' librsvg handles, the PDF caches). Create one per thread.
public final class RenderEngine {
    /// What this engine shares with every other.
    public let shared: RenderResources
    public var resources: ResourceLocator { shared.locator }
    public var catalog: Catalog { shared.catalog }
    private var takeHomeLayout: Layout { shared.takeHomeLayout }
    private let text: PangoTextSystem
    private let figures: FigureLibrary
    private let writer: DocumentWriter
    private var pictureSource: CatalogPictures { shared.pictures }

    /// An engine for this thread on resources loaded once for all.
    public convenience init(shared: RenderResources) throws(RoutinePressError) {
        let text: PangoTextSystem
        do { text = try PangoTextSystem(manifest: shared.fontManifest) } catch { throw RenderResources.fontError(error, clinic: shared.clinicFonts) }
        try self.init(shared: shared, text: text)
    }

    /// Loads the resources (plus a clinic's own catalog, layout and fonts) and the fonts, for
    /// one engine alone: the fonts load on a second thread meanwhile.
    public convenience init(resources: ResourceLocator, extraCatalog: URL? = nil, layout: URL? = nil, fonts clinicFonts: URL? = nil) throws(RoutinePressError) {
        // The font list is read once: the fonts load from it on a second thread, and the shared resources keep it.
        let manifest: FontManifest
        manifest = try RenderResources.fonts(resources, clinic: clinicFonts)
        let fonts = Background { () throws(FontError) -> Handoff<PangoTextSystem> in Handoff(try PangoTextSystem(manifest: manifest)) }
        let shared: RenderResources
        do {
            shared = try RenderResources(locator: resources, extraCatalog: extraCatalog, layout: layout, fonts: clinicFonts, fontManifest: manifest)
        } catch {
            fonts.wait()
            throw error
        }
        let text: PangoTextSystem
        do { text = try fonts.value().value } catch { throw RenderResources.fontError(error, clinic: clinicFonts) }
        try self.init(shared: shared, text: text)
    }

    private init(shared: RenderResources, text: PangoTextSystem) throws(RoutinePressError) {
        self.shared = shared
        self.text = text
        try Self.checkFamilies(shared, text: text)
        do {
            figures = try FigureLibrary(files: shared.figureFiles, regions: Region.allCases.map(\.rawValue), style: shared.takeHomeLayout.figureStyle)
        } catch { throw .brokenFigures(error) }
        writer = DocumentWriter(text: text, figures: figures)
    }

    /// Every face the layouts name must be loaded: Pango would quietly print another.
    private static func checkFamilies(_ shared: RenderResources, text: PangoTextSystem) throws(RoutinePressError) {
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for (family, key) in shared.takeHomeLayout.families + shared.raceWeekLayout.families where seen.insert(family).inserted {
            do { try text.checkFamily(family) } catch {
                let path = key.split(separator: ".").reduce(JSONPath.root) { $0.appending(String($1)) }
                problems.append(Diagnostic(code: "unknown-face", at: path, nil, "no font of the family \"\(family)\" is loaded",
                                           hint: "add its files to the --fonts folder's fonts.json, or name one of: " + shared.fontManifest.families.joined(separator: ", "),
                                           file: (shared.clinicLayout ?? shared.locator.layout("take-home")).path))
            }
        }
        guard !problems.isEmpty else { return }
        throw shared.clinicLayout == nil ? .brokenResources(DiagnosticList(problems)) : .invalidPlan(DiagnosticList(problems))
    }

    /// Decodes, completes and resolves plan bytes; throws every problem at once.
    /// Without `readsFiles` (plans sent to the server) a plan naming a file is an error.
    public func prepare(_ bytes: [UInt8], file: String?, baseDirectory: URL?, readsFiles: Bool = true) throws(RoutinePressError) -> PreparedPlan {
        let plan: Plan
        do { plan = try PlanDecoder.decode(bytes, file: file) } catch { throw .invalidPlan(error) }
        let language = try language(of: plan, file: file)
        let resolver = Resolver(catalog: language.catalog, baseDirectory: baseDirectory, readsFiles: readsFiles)
        var prepared: PreparedPlan
        switch plan {
        case .takeHome(let p):
            do { prepared = .takeHome(try resolver.resolve(p, file: file)) } catch { throw .invalidPlan(error) }
        case .raceWeek(let p):
            let generator = try raceWeekGenerator(language, for: p, file: file)
            do { prepared = .raceWeek(try resolver.resolve(generator.completed(p), file: file)) } catch { throw .invalidPlan(error) }
        }
        if let second = try secondLanguage(of: plan, file: file) { prepared = prepared.withSecondWords(from: second.catalog) }
        let damaged = logoProblems(prepared, file: file)
        if !damaged.isEmpty { throw .invalidPlan(DiagnosticList(damaged)) }
        return prepared
    }

    /// The language a plan is printed in: its words, its catalog and its race-week defaults.
    /// A language without strings, or whose files are incomplete, is an error at `language`.
    func language(of plan: Plan, file: String?) throws(RoutinePressError) -> Languages.Language {
        try checkedLanguage(plan.language, at: plan.languageOrigin(0), file: file,
                            adding: "; a clinic adds one with Layouts/strings/\(plan.language.lowercased()).json (see routinepress strings --help)")
    }

    /// A bilingual plan's second language ("languages": ["es", "en"]), checked as the first is.
    func secondLanguage(of plan: Plan, file: String?) throws(RoutinePressError) -> Languages.Language? {
        guard let tag = plan.secondLanguage else { return nil }
        return try checkedLanguage(tag, at: plan.languageOrigin(1), file: file, adding: "")
    }

    /// The language for `tag`, or the error at `at`: no strings for it (the hint lists those
    /// there are, then `adding`), or strings that are incomplete.
    private func checkedLanguage(_ tag: String, at: Origin, file: String?, adding: String) throws(RoutinePressError) -> Languages.Language {
        guard let language = shared.languages.language(tag) else {
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "unknown-language", at: at.path, at.location, "no sheet can be printed in \"\(ObjectReader.shown(tag))\" yet",
                                                          hint: "languages here: \(shared.languages.listed)" + adding, file: file)]))
        }
        guard language.problems.isEmpty else {
            let code = language.wording.language.isEmpty ? tag : language.wording.language
            let first = language.problems[0]
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "incomplete-language", at: at.path, at.location,
                                                          "the words for \"\(code)\" are incomplete (\(language.problems.count) problem\(language.problems.count == 1 ? "" : "s"), the first: \(first.line))",
                                                          hint: "run routinepress strings --check \(code)", file: file)]))
        }
        return language
    }

    /// What completes a race week in its language; a plan leaving out days, routines or
    /// checklists in a language without race-week defaults is an error.
    func raceWeekGenerator(_ language: Languages.Language, for plan: RaceWeekPlan, file: String?) throws(RoutinePressError) -> RaceWeekGenerator {
        if let defaults = language.raceWeekDefaults { return RaceWeekGenerator(defaults: defaults, wording: language.wording) }
        guard plan.days.isEmpty || plan.routines.isEmpty || plan.checklists.isEmpty else {
            return RaceWeekGenerator(defaults: shared.raceWeekDefaults, wording: language.wording)
        }
        let at = Plan.raceWeek(plan).languageOrigin(0)
        throw .invalidPlan(DiagnosticList([Diagnostic(code: "no-race-week-defaults", at: at.path, at.location,
                                                      "there are no race-week defaults in \"\(language.wording.language)\" to fill in the days, routines and checklists this plan leaves out",
                                                      hint: "give them in the plan, or add Layouts/strings/\(language.wording.language).race-week.json", file: file)]))
    }

    /// A logo whose header says PNG but whose pixels do not decode, reported where the plan names it.
    func logoProblems(_ plan: PreparedPlan, file: String?) -> [Diagnostic] {
        guard let (logo, origin) = plan.logo else { return [] }
        do { try writer.checkImage(ImageItem(logo: logo, size: takeHomeLayout.logo.size)) } catch {
            return [Diagnostic(code: "logo-not-png", at: origin.path, origin.location, "the logo cannot be decoded as PNG (the file is damaged)",
                               hint: "save it again as PNG", file: file)]
        }
        return []
    }

    /// Every problem of a plan at once: decoding errors, unknown ids and files, and lint warnings.
    public func validate(_ bytes: [UInt8], file: String?, baseDirectory: URL?, readsFiles: Bool = true) -> [Diagnostic] {
        let (decoded, problems) = PlanDecoder.decodeAll(bytes, file: file)
        guard let decoded else { return problems }
        let language: Languages.Language
        do {
            language = try self.language(of: decoded, file: file)
            _ = try secondLanguage(of: decoded, file: file)
        } catch { return problems + Self.diagnostics(error) }
        let resolver = Resolver(catalog: language.catalog, baseDirectory: baseDirectory, readsFiles: readsFiles)
        do {
            switch decoded {
            case .takeHome(let p):
                let routine = try resolver.resolve(p, file: file)
                return problems + (problems.isEmpty ? logoProblems(.takeHome(routine), file: file) + lint(.takeHome(routine), file: file) : [])
            case .raceWeek(let p):
                let generator: RaceWeekGenerator
                do { generator = try raceWeekGenerator(language, for: p, file: file) } catch { return problems + Self.diagnostics(error) }
                let week = try resolver.resolve(generator.completed(p), file: file)
                return problems + (problems.isEmpty ? logoProblems(.raceWeek(week), file: file) + lint(.raceWeek(week), file: file) : [])
            }
        } catch {
            return (problems + error.diagnostics).sorted { ($0.location ?? .start) < ($1.location ?? .start) }
        }
    }

    /// The diagnostics of a plan error (the language checks throw only those).
    static func diagnostics(_ error: RoutinePressError) -> [Diagnostic] {
        if case .invalidPlan(let list) = error { return list.diagnostics }
        return []
    }

    /// The evidence-based warnings for a prepared plan.
    public func lint(_ plan: PreparedPlan, file: String?) -> [Diagnostic] {
        switch plan {
        case .takeHome(let r): return Lint.check(r, file: file) + Self.missingPictures(r.items, file: file)
        case .raceWeek(let w): return Lint.check(w, file: file) + Self.missingPictures(w.routines.flatMap(\.items), file: file)
        }
    }

    /// One warning naming every exercise that has no picture of how it is done.
    static func missingPictures(_ items: [RoutineItem], file: String?) -> [Diagnostic] {
        var names: [String] = []
        var first: RoutineItem?
        for item in items where item.exercise.picture == nil && !names.contains(item.exercise.name) {
            names.append(item.exercise.name)
            if first == nil { first = item }
        }
        guard let first else { return [] }
        let list = names.count <= 3 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
        return [Diagnostic(.warning, code: "no-picture", at: first.origin.path, first.origin.location,
                           "\(names.count == 1 ? "1 exercise has no picture of how to do it" : "\(names.count) exercises have no picture of how to do them") (\(list)); the card shows the muscle figure instead",
                           hint: "name a catalog exercise, or give an entry of your --catalog file a \"pose\" or a \"picture\" (an SVG file); see routinepress pose --help", file: file)]
    }

    /// The laid-out pages of a prepared plan.
    public func pages(for plan: PreparedPlan, options: RenderOptions) -> [Page] {
        let paper = options.paper ?? plan.paper ?? .letter
        let figureCatalog = options.figures ? figures.catalog : .empty
        let wording = (shared.languages.language(plan.language) ?? shared.languages.english).wording
        let second = plan.secondLanguage.flatMap { shared.languages.language($0)?.wording }
        switch plan {
        case .takeHome(let routine):
            return TakeHomeLayoutEngine(layout: takeHomeLayout, wording: wording, second: second, figures: figureCatalog, pictures: options.figures ? pictureSource : nil)
                .pages(for: routine, paper: paper, measurer: text)
        case .raceWeek(let week):
            return RaceWeekLayoutEngine(layout: shared.raceWeekLayout, wording: wording, second: second, figures: figureCatalog, pictures: options.figures ? pictureSource : nil)
                .pages(for: week, paper: paper, measurer: text)
        }
    }

    /// Renders plan bytes into output files.
    public func render(_ bytes: [UInt8], file: String?, baseDirectory: URL?, options: RenderOptions,
                       keepPages: Bool = false) throws(RoutinePressError) -> RenderedDocument {
        let plan = try prepare(bytes, file: file, baseDirectory: baseDirectory, readsFiles: options.readsFiles)
        // A lone document draws its pictures on a second core while the first lays out the text;
        // a batch already keeps every core busy with documents.
        let ahead = options.figures && options.drawPicturesAhead ? pictureSource.drawAhead(plan.items, forms: writer.drawingForms) : nil
        defer { ahead?.wait() }
        let pages = pages(for: plan, options: options)
        // Without figures no card shows a picture, so there is nothing to warn about pictures.
        let warnings = lint(plan, file: file).filter { options.figures || $0.code != "no-picture" } + missingGlyphWarnings(plan, file: file)
        var document = RenderedDocument(files: [], pageCount: pages.count, warnings: warnings,
                                        planID: plan.id, title: plan.title, language: plan.language, pages: keepPages ? pages : [])
        do {
            switch options.format {
            case .pdf: document.files = [try writer.pdf(pages, metadata: metadata(for: plan, options: options))]
            case .png: document.files = try writer.png(pages, dpi: options.dpi)
            }
        } catch { throw .render(error, plan: file) }
        return document
    }

    /// An uploaded logo made ready to travel inside plans: checked (a PNG of at most 5 MB and
    /// 25 megapixels) and scaled down to what its box prints at 300 dpi, as a data URL.
    public func logoDataURL(_ png: [UInt8]) throws(RoutinePressError) -> (dataURL: String, width: Int, height: Int) {
        func refused(_ code: String, _ message: String, hint: String? = nil) -> RoutinePressError {
            .invalidPlan(DiagnosticList([Diagnostic(code: code, at: .root, nil, message, hint: hint)]))
        }
        if png.count > Logo.maximumBytes { throw refused("logo-too-large", "the logo is \(png.count / 1_048_576) MB; at most 5 MB is accepted") }
        guard let (w, h) = Logo.pngSize(Array(png.prefix(24))), w > 0, h > 0 else { throw refused("logo-not-png", "the file is not a PNG image", hint: "save the logo as PNG") }
        if Double(w) * Double(h) > Double(Logo.maximumPixels) {
            throw refused("logo-too-many-pixels", "the logo is \(w) × \(h) pixels (\(Int((Double(w) * Double(h) / 1_000_000).rounded())) megapixels); at most 25 megapixels are accepted",
                          hint: "a logo prints well at 600 pixels wide; scale it down in any image editor")
        }
        do {
            let fitted = try DocumentWriter.fittedPNG(png, box: takeHomeLayout.logo.size)
            return (Logo.dataURLPrefix + Data(fitted.png).base64EncodedString(), fitted.width, fitted.height)
        } catch { throw refused("logo-not-png", "the logo \(error.reason)", hint: "save the logo again as PNG") }
    }

    /// One page of a plan as PNG, for previews; also says how many pages there are.
    public func previewPage(_ bytes: [UInt8], page: Int, dpi: Double, paper: Paper? = nil, readsFiles: Bool = true) throws(RoutinePressError) -> (png: [UInt8], pageCount: Int) {
        let plan = try prepare(bytes, file: nil, baseDirectory: nil, readsFiles: readsFiles)
        let pages = pages(for: plan, options: RenderOptions(paper: paper))
        let index = min(max(page, 1), pages.count) - 1
        guard pages.indices.contains(index) else { throw .render(RenderError(.document, "the plan has no pages"), plan: nil) }
        do { return (try writer.png([pages[index]], dpi: dpi)[0], pages.count) } catch { throw .render(error.onPage(index + 1), plan: nil) }
    }

    /// A PDF file that pages are added to one plan at a time (a batch's merged print job).
    public func mergedPDF(at path: String, title: String, date: PlanDate?) throws(RoutinePressError) -> PDFFile {
        do {
            return try writer.pdfFile(at: path, metadata: DocumentMetadata(title: title, creationDate: "\(date ?? Self.today())T00:00:00Z"))
        } catch { throw .outputUnwritable(path: path, reason: "the merged PDF cannot be created (\(error.reason))") }
    }

    /// A generated race-week plan in `language`, as plan JSON; a race without a name is called by its distance.
    public func raceWeekPlan(race: Race, runner: String?, clinicName: String?, days: Int, paper: Paper?, language tag: String = "en") throws(RoutinePressError) -> String {
        guard let language = shared.languages.language(tag) else {
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "unknown-language", at: JSONPath.root.appending("language"), nil, "no race week can be written in \"\(ObjectReader.shown(tag))\" yet",
                                                          hint: "languages here: \(shared.languages.listed)")]))
        }
        guard language.problems.isEmpty, let defaults = language.raceWeekDefaults else {
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "incomplete-language", at: JSONPath.root.appending("language"), nil, "the words for \"\(tag)\" are incomplete or have no race-week defaults",
                                                          hint: "run routinepress strings --check \(tag)")]))
        }
        var race = race
        if race.name.isEmpty { race.name = race.distance.map(language.wording.name) ?? language.wording(.raceTitle, ["name": ""]) }
        var plan = RaceWeekGenerator(defaults: defaults, wording: language.wording).plan(race: race, runner: runner, clinicName: clinicName, days: days, paper: paper)
        plan.language = tag
        return PlanEncoder.json(plan)
    }

    /// The words of a language (English when it has none), for pages without a plan behind them.
    public func wording(_ tag: String = "en") -> Wording { (shared.languages.language(tag) ?? shared.languages.english).wording }

    /// The most days `race-week` can generate.
    public func maximumRaceWeekDays() throws(RoutinePressError) -> Int { shared.raceWeekDefaults.maximumDays }

    /// A page of the body figures with the given regions highlighted.
    public func figurePage(primary: [Region], secondary: [Region], side: Side?, height: Points) -> Page {
        FigurePage(layout: takeHomeLayout.in(wording()), figures: figures.catalog).page(primary: primary, secondary: secondary, side: side, height: height, measurer: text)
    }

    /// A page holding one exercise's picture, `bodyHeight` points per body height.
    public func posePage(_ exercise: Exercise, side: Side?, frame: PoseFrame?, bodyHeight: Double) -> (Page, Drawing)? {
        guard case .pose(let pose) = exercise.picture else { return nil }
        let d = pictureSource.withPoses { $0.picture(pose, id: exercise.id, muscles: exercise.muscles, secondary: exercise.secondary, side: side, frame: frame) }
        let pad = 8.0
        let size = Size(width: Points(d.size.width.value * bodyHeight + 2 * pad), height: Points(d.size.height.value * bodyHeight + 2 * pad))
        var frame = Frame(size: size)
        let box = Size(width: size.width - Points(2 * pad), height: size.height - Points(2 * pad))
        frame.add(.drawing(DrawingItem(drawing: d, size: box, scale: bodyHeight)), at: Point(x: Points(pad), y: Points(pad)))
        return (Page(size: size, frame: frame), d)
    }

    /// The catalog as a reference book: every exercise with its picture, name, kind, dose and instructions.
    public func catalogPages(paper: Paper, language tag: String = "en") throws(RoutinePressError) -> [Page] {
        guard let language = shared.languages.language(tag), language.problems.isEmpty else {
            throw .invalidPlan(DiagnosticList([Diagnostic(code: "unknown-language", at: .root, nil, "the catalog cannot be printed in \"\(ObjectReader.shown(tag))\"",
                                                          hint: "languages here: \(shared.languages.listed); routinepress strings --check \(tag) says what is missing")]))
        }
        return CatalogBook(layout: takeHomeLayout.in(language.wording), figures: figures.catalog, pictures: pictureSource)
            .pages(language.catalog, title: language.wording(.bookTitle), paper: paper, measurer: text)
    }

    /// Every catalog picture on one page, with its id.
    public func catalogContactSheet(columns: Int) -> Page {
        CatalogBook(layout: takeHomeLayout.in(wording()), figures: figures.catalog, pictures: pictureSource).contactSheet(catalog, columns: columns, measurer: text)
    }

    /// Writes pages without a plan behind them (figure pages).
    public func write(_ pages: [Page], title: String, options: RenderOptions, language: String = "en") throws(RoutinePressError) -> RenderedDocument {
        do {
            switch options.format {
            case .pdf:
                let date = options.creationDate ?? Self.today()
                return RenderedDocument(files: [try writer.pdf(pages, metadata: DocumentMetadata(title: title, creationDate: "\(date)T00:00:00Z", language: language))],
                                        pageCount: pages.count, warnings: [])
            case .png:
                return RenderedDocument(files: try writer.png(pages, dpi: options.dpi), pageCount: pages.count, warnings: [])
            }
        } catch { throw .render(error, plan: nil) }
    }

    /// A page's pixels, for pixel tests and previews.
    public func bitmap(_ page: Page, dpi: Double) throws(RoutinePressError) -> Bitmap {
        do { return try writer.bitmap(page, dpi: dpi) } catch { throw .render(error, plan: nil) }
    }

    /// The figure views and their highlightable shapes.
    public var figureCatalog: FigureCatalog { figures.catalog }

    func metadata(for plan: PreparedPlan, options: RenderOptions) -> DocumentMetadata {
        var title = plan.title
        if options.patientInMetadata, let p = plan.person { title += " — \(p)" }
        let date = plan.date ?? options.creationDate ?? Self.today()
        var metadata = DocumentMetadata(title: title, author: plan.clinicName, creationDate: "\(date)T00:00:00Z", language: plan.language)
        metadata.secondLanguage = plan.secondLanguage
        return metadata
    }

    /// Reports text that no font can draw (it would print as boxes).
    func missingGlyphWarnings(_ plan: PreparedPlan, file: String?) -> [Diagnostic] {
        plan.userTexts.compactMap { text, path in
            guard !self.text.canDraw(text) else { return nil }
            return Diagnostic(.warning, code: "missing-glyphs", at: path, nil, "some characters have no glyph in the fonts and print as boxes",
                              hint: "add a font that covers them to Fonts/", file: file)
        }
    }

    static func today() -> PlanDate {
        let env = ProcessInfo.processInfo.environment
        let seconds = env["SOURCE_DATE_EPOCH"].flatMap(Int.init) ?? Int(Date().timeIntervalSince1970)
        return PlanDate(year: 1970, month: 1, day: 1).adding(days: seconds / 86_400)
    }
}
