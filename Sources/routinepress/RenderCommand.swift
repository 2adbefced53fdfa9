import ArgumentParser
import PageGraphics
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress render`: one plan to a PDF, or to PNG pages.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one plan to a PDF (or PNG pages).",
        usage: "routinepress render <plan.json> [-o <file>] [options]",
        discussion: """
        Examples:
          routinepress render Examples/take-home.json -o sheet.pdf
          routinepress render plan.json --paper a4 -o -  > sheet.pdf
          routinepress render plan.json --format png -o page.png   (page-1.png, ...)

        The output is written to a temporary file and renamed, so a failed render leaves nothing. \
        The same plan always gives the same bytes: the PDF's date is the plan's "date" (or --date). \
        Problems are printed one per line as FILE:LINE:COL: json.path: message (hint).
        """
    )

    @Argument(help: ArgumentHelp("The plan file (JSON), or - to read standard input.", valueName: "plan.json"))
    var plan: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a file, or - for standard output. Default: the plan's name with .pdf (or .png).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Paper size, overriding the plan's.", valueName: "size"))
    var paper: Paper?

    @Option(help: ArgumentHelp("png writes one preview image per page.", valueName: "format"))
    var format: RenderOptions.Format = .pdf

    @Option(help: ArgumentHelp("Resolution of PNG pages.", valueName: "dpi"))
    var dpi: Double = 110

    @Option(help: ArgumentHelp("The PDF's creation date (YYYY-MM-DD) when the plan has no \"date\".", valueName: "date"))
    var date: String?

    @Flag(name: .customLong("no-figures"), help: "Leave the exercise pictures and muscle figures out (a text-only sheet).")
    var noFigures = false

    @Flag(help: "Put the patient's name in the PDF's title metadata (left out by default, for privacy).")
    var patientInMetadata = false

    @Flag(name: .customLong("dump-frames"), help: ArgumentHelp("Print the laid-out pages as text instead of rendering (for layout work).", visibility: .hidden))
    var dumpFrames = false

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func validate() throws {
        if let date, PlanDate(iso: date) == nil { throw ValidationError("--date must be a date written YYYY-MM-DD, not \"\(date)\"") }
        if !(20...600).contains(dpi) { throw ValidationError("--dpi must be between 20 and 600") }
    }

    func run() throws {
        do {
            let input = try PlanInput.read(plan)
            let engine = try common.engine(look)
            let options = RenderOptions(paper: paper, format: format, dpi: dpi, creationDate: date.flatMap(PlanDate.init(iso:)),
                                        patientInMetadata: patientInMetadata, figures: !noFigures, drawPicturesAhead: true)
            if dumpFrames {
                let plan = try engine.prepare(input.bytes, file: input.displayName, baseDirectory: input.baseDirectory)
                Standard.output(Array(PageDump.text(engine.pages(for: plan, options: options)).utf8))
                return
            }
            let destination = output ?? defaultOutput()
            if format == .png && destination == "-" { throw RoutinePressError.outputUnwritable(path: "-", reason: "PNG pages need a file name, not standard output") }
            if destination != "-" { try OutputFiles.checkWritable(destination) }
            let document = try engine.render(input.bytes, file: input.displayName, baseDirectory: input.baseDirectory, options: options)
            for w in document.warnings { Standard.error(w.line) }
            try OutputFiles.write(document, to: destination, format: format)
        } catch {
            throw ExitCodes.report(error)
        }
    }

    func defaultOutput() -> String {
        if plan == "-" { return "-" }
        let base = URL(fileURLWithPath: plan).deletingPathExtension().lastPathComponent
        return base + "." + format.rawValue
    }
}

extension Paper: ExpressibleByArgument {}
extension RenderOptions.Format: ExpressibleByArgument {}
