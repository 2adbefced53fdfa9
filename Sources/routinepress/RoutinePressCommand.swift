import ArgumentParser

/// The `routinepress` command: recovery routines from JSON to printable pages.
@main
struct RoutinePressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routinepress",
        abstract: "Print recovery routines for runners (foam rolling, drills, stretches) as PDF sheets.",
        discussion: """
        A plan is a JSON file: who it is for, the sections of exercises in the order to do them, \
        the dose of each, and a tracker to tick. Start from Examples/take-home.json, check the ids \
        with `routinepress catalog`, and point your editor at `routinepress schema` for completion.

        Clinicians who would rather not write JSON: `routinepress serve` opens the same sheets as a \
        web page on this machine.

        Exit codes: 0 done, 64 bad command line, 65 invalid plan, 66 input missing or unreadable, \
        69 the server cannot listen, 70 internal error, 73 output cannot be written, \
        130 a batch was interrupted (every file already written is complete).
        """,
        subcommands: [RenderCommand.self, BatchCommand.self, ValidateCommand.self, RaceWeekCommand.self, CatalogCommand.self, StringsCommand.self, SchemaCommand.self, FigureCommand.self, PoseCommand.self, ServeCommand.self]
    )
}
