import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress strings`: the languages sheets print in, and what a language's files lack.
struct StringsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strings",
        abstract: "List the languages sheets can be printed in, or check a language's files.",
        usage: "routinepress strings [--check <code>] [options]",
        discussion: """
        Every word the tool prints on a sheet comes from Layouts/strings/: CODE.json (headings, \
        labels, dates, doses with their plural forms, muscle and distance names), \
        CODE.exercises.json (the built-in catalog's names, cues, instructions and picture \
        descriptions) and CODE.race-week.json (the race-week runs, routines and checklists). \
        A plan says "language": "es" to print in Spanish. What the clinician writes (title, \
        intro, own cues, notes) is printed as written.

        To add a language, copy en.json to fr.json (and es.exercises.json, es.race-week.json to \
        fr.exercises.json, fr.race-week.json), translate the values, then run

          routinepress strings --check fr

        It prints each missing key, left-over key and place ({name}) that is never filled, with \
        its file, line and key; it exits 0 when nothing is missing and 65 when something is.
        """
    )

    @Option(help: ArgumentHelp("Check one language's files (a code such as fr).", valueName: "code"))
    var check: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let engine: RenderEngine
        do { engine = try common.engine() } catch { throw ExitCodes.report(error) }
        let languages = engine.shared.languages
        guard let code = check else {
            var out = ""
            for code in languages.codes {
                let problems = languages.check(code) ?? []
                let errors = problems.filter { $0.severity == .error }.count
                let name = languages.language(code)?.wording.strings.name ?? code
                out += code.padding(toLength: 6, withPad: " ", startingAt: 0) + name.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + (errors == 0 ? "ready" : "\(errors) missing: routinepress strings --check \(code)") + "\n"
            }
            Standard.output(Array(out.utf8))
            return
        }
        guard let problems = languages.check(code) else {
            Standard.error("routinepress: there is no \(languages.folder.appendingPathComponent(code.lowercased() + ".json").path) (languages here: \(languages.listed)); copy en.json there and translate its values")
            throw ExitCode(ExitCodes.invalidPlan)
        }
        let errors = problems.filter { $0.severity == .error }.count, warnings = problems.count - errors
        var out = problems.map { $0.line + "\n" }.joined()
        out += "\(code): " + (problems.isEmpty ? "complete" : "\(errors) missing, \(warnings) to look at") + "\n"
        Standard.output(Array(out.utf8))
        if errors > 0 { throw ExitCode(ExitCodes.invalidPlan) }
    }
}
