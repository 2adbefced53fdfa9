import ArgumentParser
import Foundation
import RoutinePress

/// Options every command that renders or reads the catalog shares.
struct CommonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A clinic's own exercise catalog (JSON) to add to the built-in one; its ids override built-in ones.", valueName: "file"))
    var catalog: String?

    @Option(help: ArgumentHelp("The folder holding Layouts/ and Fonts/ (default: found next to the program, or ROUTINEPRESS_HOME).", valueName: "dir"))
    var resources: String?

    /// The resources folder and the clinic's catalog file, checked to be there.
    func located() throws(RoutinePressError) -> (resources: ResourceLocator, extraCatalog: URL?) {
        let locator = try ResourceLocator.find(explicit: resources)
        var extra: URL?
        if let catalog {
            guard FileManager.default.isReadableFile(atPath: catalog) else { throw .inputUnreadable(file: catalog, reason: "no such file") }
            extra = URL(fileURLWithPath: catalog)
        }
        return (locator, extra)
    }

    /// A render engine with the chosen resources and catalog, and a clinic's look if given.
    func engine(_ look: LookOptions? = nil) throws(RoutinePressError) -> RenderEngine {
        let (locator, extra) = try located()
        let (layout, fonts) = try look?.located(locator) ?? (nil, nil)
        return try RenderEngine(resources: locator, extraCatalog: extra, layout: layout, fonts: fonts)
    }
}
