import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress catalog`: the exercises a plan can name by id.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List the exercises a plan can name with \"exercise\": id, or print them as a reference book.",
        usage: "routinepress catalog [--json | --sheet -o <file>] [options]",
        discussion: """
        Add --json for the full entries (muscles, cue, instructions, default dose) as JSON.

        --sheet prints every exercise (the built-in ones and a clinic's --catalog) with its picture, name, kind, dose and instructions: the clinic's own reference book. --pictures puts every picture on one page (a contact sheet, PNG or PDF), to check them after editing poses.

        Examples:
          routinepress catalog --sheet -o catalog.pdf
          routinepress catalog --catalog clinic.json --sheet --paper a4 -o ours.pdf
          routinepress catalog --sheet --language es -o catalogo.pdf
          routinepress catalog --pictures -o poses.png
        """
    )

    @Flag(help: "Print the catalog as JSON.")
    var json = false

    @Flag(help: "Print the catalog as a PDF reference book (needs -o).")
    var sheet = false

    @Flag(help: "Draw every picture on one page, with its id (needs -o, .png or .pdf).")
    var pictures = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write with --sheet or --pictures.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Paper for --sheet.", valueName: "paper"))
    var paper: Paper = .letter

    @Option(help: ArgumentHelp("The language of --sheet: its headings and the built-in exercises' words (en, es, ...).", valueName: "code"))
    var language: String = "en"

    @Option(help: ArgumentHelp("Resolution of a PNG contact sheet.", valueName: "dpi"))
    var dpi: Double = 110

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func validate() throws {
        if [json, sheet, pictures].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --sheet and --pictures") }
        if (sheet || pictures) && output == nil { throw ValidationError("--sheet and --pictures write a file: add -o FILE") }
        if !(sheet || pictures) && output != nil { throw ValidationError("-o goes with --sheet or --pictures") }
        if sheet, let output, !output.lowercased().hasSuffix(".pdf") { throw ValidationError("--sheet writes a PDF: name the file .pdf") }
        if pictures, let output, !(output.lowercased().hasSuffix(".png") || output.lowercased().hasSuffix(".pdf")) {
            throw ValidationError("--pictures writes a .png or .pdf file")
        }
        if !(20...600).contains(dpi) { throw ValidationError("--dpi must be between 20 and 600") }
    }

    func run() throws {
        let catalog: Catalog
        let engine: RenderEngine
        do { engine = try common.engine(look); catalog = engine.catalog } catch { throw ExitCodes.report(error) }
        if let output, sheet || pictures {
            do {
                let pages = sheet ? try engine.catalogPages(paper: paper, language: language) : [engine.catalogContactSheet(columns: 6)]
                let format: RenderOptions.Format = output.lowercased().hasSuffix(".png") ? .png : .pdf
                let doc = try engine.write(pages, title: engine.wording(language)(.bookTitle), options: RenderOptions(format: format, dpi: dpi),
                                           language: sheet ? language : "en")
                try AtomicFile.write(doc.files.count == 1 ? doc.files[0] : doc.files.flatMap { $0 }, to: output)
            } catch { throw ExitCodes.report(error) }
            return
        }
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
            let dose = engine.wording().doseLine(e.dose).map { "  [\($0)]" } ?? ""
            out += "  " + e.id + String(repeating: " ", count: max(0, idWidth - e.id.count)) + "  " + e.name + dose + "\n"
        }
        Standard.output(Array(out.utf8))
    }
}
