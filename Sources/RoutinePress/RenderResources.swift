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
    let takeHomeLayout: Layout
    let raceWeekLayout: Layout
    let raceWeekDefaults: RaceWeekDefaults
    let fontManifest: FontManifest
    let figureFiles: FigureFiles
    /// The exercise pictures, drawn once for every thread (behind a lock).
    let pictures: CatalogPictures

    /// Loads everything under `locator`, plus `extraCatalog` (a clinic's own exercises).
    public init(locator: ResourceLocator, extraCatalog: URL? = nil) throws(RoutinePressError) {
        self.locator = locator
        self.extraCatalog = extraCatalog
        // The catalog and its pose files are read on a second thread while the rest loads.
        let catalogs = Background { () throws -> (Catalog, [Exercise]) in
            var catalog = try Catalog.load(contentsOf: locator.catalog)
            var clinicExercises: [Exercise] = []
            if let extraCatalog {
                clinicExercises = try Catalog.load(contentsOf: extraCatalog).exercises
                for e in clinicExercises { catalog.add(e) }
            }
            return (catalog, clinicExercises)
        }
        do {
            takeHomeLayout = try Layout.load(contentsOf: locator.layout("take-home"))
            raceWeekLayout = try Layout.load(contentsOf: locator.layout("race-week"), requiring: Layout.raceWeekStyles)
        } catch { throw .resources("\(error)") }
        do { raceWeekDefaults = try RaceWeekDefaults.load(contentsOf: locator.raceWeekDefaults) } catch let list as DiagnosticList {
            throw .brokenResources(list)
        } catch { throw .resources("\(error)") }
        do { fontManifest = try FontManifest.load(folder: locator.fonts) } catch { throw .resources("\(error)") }
        do { figureFiles = try FigureFiles(folder: locator.figures, names: takeHomeLayout.figures.views) } catch { throw .resources(error.message) }
        var solutions = PoseSolutions()
        if let data = FileManager.default.contents(atPath: locator.solvedPoses.path) {
            guard let read = PoseSolutions.decode(Array(data)) else {
                throw .resources("\(locator.solvedPoses.path) is not a file of solved poses; rebuild it with `ROUTINEPRESS_RECORD=1 swift test --filter solvedPosesAreCurrent`")
            }
            solutions = read
        }
        pictures = CatalogPictures(poses: PoseLibrary(style: takeHomeLayout.pictureStyle, solutions: solutions))
        let clinicExercises: [Exercise]
        do {
            (catalog, clinicExercises) = try catalogs.value()
        } catch let list as DiagnosticList {
            // The clinic's file is the user's (exit 65); the built-in catalog is the tool's own (70).
            let clinics = extraCatalog.map { c in list.diagnostics.allSatisfy { $0.file == c.path } } ?? false
            throw clinics ? .invalidPlan(list) : .brokenResources(list)
        } catch { throw .resources("\(error)") }
        if let extraCatalog { try Self.checkPictures(clinicExercises, file: extraCatalog.path) }
    }

    /// A clinic's SVG pictures are drawn once now, so a picture the PDF cannot hold is an error in
    /// the clinic's catalog (exit 65, at its entry), not a failure of every render after.
    private static func checkPictures(_ exercises: [Exercise], file: String) throws(RoutinePressError) {
        var problems: [Diagnostic] = []
        for (i, e) in exercises.enumerated() {
            guard case .svg(let path) = e.picture else { continue }
            do { try DocumentWriter.checkPicture(path) } catch {
                problems.append(Diagnostic(code: "picture-unusable", at: JSONPath.root.appending("exercises").appending(i).appending("picture"), nil,
                                           error.message, hint: error.message.contains("reusable drawing") ? "use plain fills and strokes (no text, gradients, masks or images)"
                                               : "open it in Inkscape and save it as plain SVG", file: file))
            }
        }
        if !problems.isEmpty { throw .invalidPlan(DiagnosticList(problems)) }
    }
}
