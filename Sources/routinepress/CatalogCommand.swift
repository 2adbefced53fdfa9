import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress catalog`: the exercises a plan can name by id.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List the exercises a plan can name with \"exercise\": id.",
        discussion: "Add --json for the full entries (muscles, cue, instructions, default dose) as JSON."
    )

    @Flag(help: "Print the catalog as JSON.")
    var json = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let catalog: Catalog
        do { catalog = try common.engine().catalog } catch { throw ExitCodes.report(error) }
        if json {
            Standard.output(Array(CatalogJSON.encode(catalog).utf8))
            return
        }
        let idWidth = min(24, catalog.ids.map(\.count).max() ?? 0)
        var lastKind: ExerciseKind??
        var out = ""
        for e in catalog.exercises {
            if lastKind != .some(e.kind) {
                out += (lastKind == nil ? "" : "\n") + (e.kind?.rawValue ?? "other") + "\n"
                lastKind = .some(e.kind)
            }
            let dose = DoseWording.line(e.dose).map { "  [\($0)]" } ?? ""
            out += "  " + e.id + String(repeating: " ", count: max(0, idWidth - e.id.count)) + "  " + e.name + dose + "\n"
        }
        Standard.output(Array(out.utf8))
    }
}
