import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress figure`: the body figures with chosen regions highlighted.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Draw the muscle figures with regions highlighted (to check edited figure files).",
        usage: "routinepress figure --primary <regions> -o <file> [options]",
        discussion: """
        The figures are Layouts/figures/front.svg and back.svg; every region is a shape with an id \
        such as quads-left. Regions: \(Region.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          routinepress figure --primary all -o all.png
          routinepress figure --primary quads,glutes --secondary hamstrings -o lunge.pdf
        """
    )

    @Option(help: ArgumentHelp("Regions in the strong highlight, comma-separated, or all.", valueName: "regions"))
    var primary: String = ""

    @Option(help: ArgumentHelp("Regions in the light highlight, comma-separated, or all.", valueName: "regions"))
    var secondary: String = ""

    @Option(help: ArgumentHelp("left or right to light one side only.", valueName: "side"))
    var side: Side?

    @Option(help: ArgumentHelp("Height of each figure in points.", valueName: "points"))
    var height: Double = 360

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file, .pdf or .png.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Resolution of a PNG.", valueName: "dpi"))
    var dpi: Double = 100

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func validate() throws {
        _ = try regions(primary)
        _ = try regions(secondary)
        if !(50...2000).contains(height) { throw ValidationError("--height must be between 50 and 2000 points") }
        if !(20...600).contains(dpi) { throw ValidationError("--dpi must be between 20 and 600") }
    }

    func regions(_ list: String) throws -> [Region] {
        if list == "all" { return Region.allCases }
        return try list.split(separator: ",").map { name in
            let word = name.trimmingCharacters(in: .whitespaces)
            guard let r = Region(rawValue: word) else {
                let hint = Suggestion.hint(for: word, in: Region.allCases.map(\.rawValue)).map { " (\($0))" } ?? ""
                throw ValidationError("unknown region \"\(word)\"\(hint)")
            }
            return r
        }
    }

    func run() throws {
        do {
            let engine = try common.engine(look)
            let format: RenderOptions.Format = output.lowercased().hasSuffix(".png") ? .png : .pdf
            let page = engine.figurePage(primary: try regions(primary), secondary: try regions(secondary), side: side, height: .init(height))
            let doc = try engine.write([page], title: "Muscle figures", options: RenderOptions(format: format, dpi: dpi))
            try AtomicFile.write(doc.files[0], to: output)
        } catch { throw ExitCodes.report(error) }
    }
}

extension Side: ExpressibleByArgument {}
