import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress validate`: every problem of every plan, without rendering.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plans: every error and every evidence-based warning, at once.",
        usage: "routinepress validate <plan.json> ... [--strict] [options]",
        discussion: """
        Each problem is one line, FILE:LINE:COL: json.path: message (hint). Warnings explain the rule \
        behind them: a static stretch before the run, a hold outside 20-60 s, rolling the IT band \
        itself, more than 12 exercises on a sheet, an order other than foam rolling, then dynamic \
        drills, then static stretching, an exercise without a dose. --strict treats them as errors.

        Exit codes: 0 valid, 65 invalid (or warnings with --strict), 66 a plan could not be read.
        """
    )

    /// How problems are printed.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Plan files, or - for standard input.", valueName: "plan.json"))
    var plans: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp("text prints one line per problem; json an array, for programs.", valueName: "format"))
    var format: OutputFormat = .text

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func run() throws {
        let engine: RenderEngine
        do { engine = try common.engine(look) } catch { throw ExitCodes.report(error) }
        var all: [Diagnostic] = []
        var unreadable: [String] = []
        for plan in plans {
            do {
                let input = try PlanInput.read(plan)
                all += engine.validate(input.bytes, file: input.displayName, baseDirectory: input.baseDirectory)
            } catch {
                unreadable += error.lines
            }
        }
        if strict { all = all.map { var d = $0; d.severity = .error; return d } }
        switch format {
        case .text:
            for line in unreadable { Standard.error(line) }
            for d in all { Standard.output(Array((d.line + "\n").utf8)) }
        case .json:
            Standard.output(Array(DiagnosticJSON.array(all, unreadable: unreadable).utf8))
        }
        if !unreadable.isEmpty { throw ExitCode(ExitCodes.inputMissing) }
        if all.contains(where: { $0.severity == .error }) { throw ExitCode(ExitCodes.invalidPlan) }
    }
}
