import ArgumentParser
import Foundation
import RoutinePress

/// `routinepress schema`: the plan, catalog and pose formats as JSON Schema, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format (or of the catalog or pose format).",
        discussion: """
        Save it and point your editor at it to check and complete files as you type, e.g. in a plan:
          "$schema": "./plan.schema.json"

        Examples:
          routinepress schema > plan.schema.json
          routinepress schema --catalog > catalog.schema.json
          routinepress schema --pose > pose.schema.json
        """
    )

    // Not the shared CommonOptions: its --catalog takes a file, and here --catalog picks a schema.
    @Flag(help: "Print the schema of an exercise catalog file (a clinic's --catalog file, or Layouts/exercises.json), poses included.")
    var catalog = false

    @Flag(help: "Print the schema of a pose file (such as Layouts/poses/roll-calves.json), named by a catalog entry's \"pose\".")
    var pose = false

    @Option(help: ArgumentHelp("The folder holding Layouts/ and Fonts/ (default: found next to the program, or ROUTINEPRESS_HOME).", valueName: "dir"))
    var resources: String?

    func validate() throws {
        if catalog && pose { throw ValidationError("give --catalog or --pose, not both") }
    }

    func run() throws {
        do {
            let locator = try ResourceLocator.find(explicit: resources)
            let url = catalog ? locator.layouts.appendingPathComponent("catalog.schema.json")
                : pose ? locator.layouts.appendingPathComponent("pose.schema.json")
                : locator.schema
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RoutinePressError.resourcesMissing("cannot read \(url.path)")
            }
            Standard.output(Array(data))
        } catch { throw ExitCodes.report(error) }
    }
}
