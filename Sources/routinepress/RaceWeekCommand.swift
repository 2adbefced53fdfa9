import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress race-week`: writes a complete race-week plan to edit or render.
struct RaceWeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "race-week",
        abstract: "Write a race-week plan: taper runs, routines and checklists counting down to race day.",
        usage: "routinepress race-week --race-date <date> --distance <distance> [options]",
        discussion: """
        The runs come from the taper templates in Layouts/race-week-defaults.json (one per distance); \
        foam rolling and dynamic drills go before runs, static stretching after, rolling and gentle \
        stretching on rest days. Edit the JSON it writes, then render it:

          routinepress race-week --race-date 2026-12-06 --distance marathon -o plan.json
          routinepress render plan.json -o race-week.pdf

        A plan with a "race" but no "days" is filled in the same way when it is rendered. \
        With --language es the plan is written in Spanish (Layouts/strings/es.race-week.json) \
        and prints in Spanish.
        """
    )

    @Option(help: ArgumentHelp("Race day, YYYY-MM-DD.", valueName: "date"))
    var raceDate: String

    @Option(help: ArgumentHelp("The race's distance; it sets the taper.", valueName: "distance"))
    var distance: RaceDistance

    @Option(help: ArgumentHelp("The runner's name, printed on every page.", valueName: "name"))
    var runner: String?

    @Option(help: ArgumentHelp("The race's name (default: the distance, such as \"Marathon\", in the plan's language).", valueName: "name"))
    var raceName: String?

    @Option(help: ArgumentHelp("The start time, HH:MM.", valueName: "time"))
    var start: String?

    @Option(help: ArgumentHelp("The clinic or club printed at the top.", valueName: "name"))
    var clinicName: String?

    @Option(help: ArgumentHelp("How many days to count down, race day included.", valueName: "n"))
    var days: Int = 7

    @Option(help: ArgumentHelp("Paper size (printed landscape).", valueName: "size"))
    var paper: Paper?

    @Option(help: ArgumentHelp("The language the plan is written and printed in: its runs, routines and checklists (en, es, or any with strings in Layouts/strings).", valueName: "code"))
    var language: String = "en"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the plan JSON; - is standard output.", valueName: "file"))
    var output: String = "-"

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard PlanDate(iso: raceDate) != nil else { throw ValidationError("--race-date must be a date written YYYY-MM-DD, not \"\(raceDate)\"") }
        if let start, !RaceWeekDecoder.isClockTime(start) { throw ValidationError("--start must be a time written HH:MM, not \"\(start)\"") }
        for (name, value) in [("--runner", runner), ("--race-name", raceName), ("--clinic-name", clinicName)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty || value.count > 200 {
                throw ValidationError("\(name) must be 1 to 200 characters")
            }
        }
    }

    func run() throws {
        do {
            let engine = try common.engine()
            let maximum = try engine.maximumRaceWeekDays()
            guard (1...maximum).contains(days) else { throw ValidationError("--days must be between 1 and \(maximum)") }
            let race = Race(name: raceName ?? "", date: PlanDate(iso: raceDate)!, distance: distance, start: start)
            let json = try engine.raceWeekPlan(race: race, runner: runner, clinicName: clinicName, days: days, paper: paper, language: language)
            if output == "-" { Standard.output(Array(json.utf8)) } else { try AtomicFile.write(Array(json.utf8), to: output) }
        } catch { throw ExitCodes.report(error) }
    }
}

extension RaceDistance: ExpressibleByArgument {}
