import CairoBackend
import Foundation
import PosePictures
import RoutineLayout
import RoutineModel

/// What every renderer reads and none changes, loaded once and eagerly: the catalog (with a
/// clinic's own entries), the layouts, the race-week defaults, the font list, the figure files
/// and the exercise pictures. One value serves every thread; each `RenderEngine` adds only what
/// cannot be shared (its font map, librsvg handles and PDF caches).
///
/// A broken file is found here, before any plan is read, so `validate` and `render` give the
/// same verdict on the same install.
public final class RenderResources: Sendable {
    public let locator: ResourceLocator
    public let catalog: Catalog
    /// The clinic's `--catalog` file, if any.
    public let extraCatalog: URL?
    /// The clinic's `--layout` file, if any: its look, over ours, on every sheet.
    public let clinicLayout: URL?
    /// The clinic's `--fonts` folder, if any.
    public let clinicFonts: URL?
    let takeHomeLayout: Layout
    let raceWeekLayout: Layout
    let raceWeekDefaults: RaceWeekDefaults
    /// The languages sheets can be printed in, each with its words, catalog and race-week defaults.
    public let languages: Languages
    let fontManifest: FontManifest
    let figureFiles: FigureFiles
    /// The exercise pictures, drawn once for every thread (behind a lock).
    let pictures: CatalogPictures

    /// Loads everything under `locator`, plus a clinic's own files: `extraCatalog` (exercises),
    /// `layout` (a layout extending ours) and `fonts` (a folder with its own fonts.json).
    public convenience init(locator: ResourceLocator, extraCatalog: URL? = nil, layout: URL? = nil, fonts: URL? = nil) throws(RoutinePressError) {
        try self.init(locator: locator, extraCatalog: extraCatalog, layout: layout, fonts: fonts, fontManifest: nil)
    }

    /// As above, with the font list when the caller has read it already.
    init(locator: ResourceLocator, extraCatalog: URL?, layout: URL?, fonts: URL?, fontManifest manifest: FontManifest?) throws(RoutinePressError) {
        self.locator = locator
        self.extraCatalog = extraCatalog
        clinicLayout = layout
        clinicFonts = fonts
        // The catalog and its pose files are read on a second thread while the rest loads.
        let catalogs = Background { () throws(DiagnosticList) -> (Catalog, [Exercise]) in
            var catalog = try Catalog.load(contentsOf: locator.catalog)
            var clinicExercises: [Exercise] = []
            if let extraCatalog {
                clinicExercises = try Catalog.load(contentsOf: extraCatalog).exercises
                for e in clinicExercises { catalog.add(e) }
            }
            return (catalog, clinicExercises)
        }
        // A problem in the clinic's own files (layout, catalog, the pose files it names) is theirs
        // to fix (65); one in a file under our Layouts/ is a broken install (70).
        func classified(_ list: DiagnosticList) -> RoutinePressError {
            let ours = locator.layouts.standardizedFileURL.path + "/"
            let theirs = list.diagnostics.allSatisfy { d in !URL(fileURLWithPath: d.file ?? ours).standardizedFileURL.path.hasPrefix(ours) }
            return theirs ? .invalidPlan(list) : .brokenResources(list)
        }
        do {
            takeHomeLayout = try Layout.load(contentsOf: layout ?? locator.layout("take-home"), builtIn: locator.layouts)
            raceWeekLayout = try Layout.load(contentsOf: locator.layout("race-week"), builtIn: locator.layouts, instead: layout.map { ["take-home": $0] } ?? [:],
                                             requiring: Layout.raceWeekStyles, colors: Layout.raceWeekColors, keys: Layout.raceWeekKeys)
        } catch { throw classified(error) }
        do { raceWeekDefaults = try RaceWeekDefaults.load(contentsOf: locator.raceWeekDefaults) } catch { throw .brokenResources(error) }
        if let manifest { fontManifest = manifest } else {
            fontManifest = try Self.fonts(locator, clinic: fonts)
        }
        do { figureFiles = try FigureFiles(folder: locator.figures, names: takeHomeLayout.figures.views) } catch { throw .brokenFigures(error) }
        var solutions = PoseSolutions()
        if let data = FileManager.default.contents(atPath: locator.solvedPoses.path) {
            guard let read = PoseSolutions.decode(Array(data)) else {
                throw .brokenResources(DiagnosticList([Diagnostic(code: "solved-poses", at: .root, nil, "not a file of solved poses",
                                                                  hint: "rebuild it with `ROUTINEPRESS_RECORD=1 swift test --filter solvedPosesAreCurrent`",
                                                                  file: locator.solvedPoses.path)]))
            }
            solutions = read
        }
        pictures = CatalogPictures(poses: PoseLibrary(style: takeHomeLayout.pictureStyle, solutions: solutions))
        let clinicExercises: [Exercise]
        do {
            (catalog, clinicExercises) = try catalogs.value()
        } catch { throw classified(error) }
        if let extraCatalog { try Self.checkPictures(clinicExercises, file: extraCatalog.path) }
        do {
            languages = try Languages.load(folder: locator.strings, catalog: catalog, clinicIDs: Set(clinicExercises.map(\.id)), englishDefaults: raceWeekDefaults)
        } catch { throw .brokenResources(error) }
    }

    /// A font problem in the clinic's folder is theirs (65, naming its fonts.json); one in ours is a broken install (70).
    static func fontError(_ error: FontError, clinic: URL?) -> RoutinePressError {
        guard let clinic, error.lies(in: clinic) else { return .font(error) }
        return .invalidPlan(DiagnosticList([Diagnostic(code: "fonts", at: .root, nil, error.message, hint: error.hint,
                                                       file: clinic.appendingPathComponent("fonts.json").path)]))
    }

    /// Our font list, with a clinic's folder added.
    static func fonts(_ locator: ResourceLocator, clinic: URL?) throws(RoutinePressError) -> FontManifest {
        let ours: FontManifest
        do { ours = try FontListReader.load(folder: locator.fonts) } catch { throw .brokenResources(error) }
        guard let clinic else { return ours }
        do { return ours.adding(try FontListReader.load(folder: clinic)) } catch { throw .invalidPlan(error) }
    }

    /// A clinic's SVG pictures are drawn once now, so a picture the PDF cannot hold is an error in
    /// the clinic's catalog (exit 65, at its entry), not a failure of every render after.
    private static func checkPictures(_ exercises: [Exercise], file: String) throws(RoutinePressError) {
        var problems: [Diagnostic] = []
        for (i, e) in exercises.enumerated() {
            guard case .svg(let path) = e.picture else { continue }
            do { try DocumentWriter.checkPicture(path) } catch {
                problems.append(Diagnostic(code: "picture-unusable", at: JSONPath.root.appending("exercises").appending(i).appending("picture"), nil,
                                           error.message, hint: error.hint ?? "open it in Inkscape and save it as plain SVG", file: file))
            }
        }
        if !problems.isEmpty { throw .invalidPlan(DiagnosticList(problems)) }
    }
}
