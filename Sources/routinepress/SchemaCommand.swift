import ArgumentParser
import Foundation
import RoutinePress

/// `routinepress schema`: the plan format as JSON Schema, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format.",
        discussion: """
        Save it and point your editor at it to check and complete plans as you type, e.g. in a plan:
          "$schema": "./plan.schema.json"
        """
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        do {
            let locator = try ResourceLocator.find(explicit: common.resources)
            guard let data = FileManager.default.contents(atPath: locator.schema.path) else {
                throw RoutinePressError.resources("cannot read \(locator.schema.path)")
            }
            Standard.output(Array(data))
        } catch { throw ExitCodes.report(error) }
    }
}
