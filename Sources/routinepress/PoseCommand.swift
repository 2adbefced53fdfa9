import ArgumentParser
import Foundation
import PageGraphics
import RoutineModel
import RoutinePress
import PosePictures

/// `routinepress pose`: one exercise's picture, to check a pose after editing it.
struct PoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pose",
        abstract: "Draw one exercise's picture (to check a pose after editing it).",
        usage: "routinepress pose <id> -o <file> [options]",
        discussion: """
        Poses are JSON files in Layouts/poses/ (or a "pose" in a clinic's --catalog entry): the view, the joint angles of one or two key frames, the props and what touches what. The picture lights the exercise's muscles. docs/POSES.md explains how to write one.

        Examples:
          routinepress pose calf-stretch -o calf.png
          routinepress pose leg-swings --frame start --side right -o swing.svg
          routinepress pose my-stretch --catalog clinic.json -o mine.pdf
        """
    )

    @Argument(help: ArgumentHelp("The exercise id (see `routinepress catalog`).", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Draw only the start or the end position.", valueName: "start|end"))
    var frame: PoseFrame?

    @Option(help: ArgumentHelp("left or right shows and lights that side; each lights the working limb and both lights both sides, facing right (default: the exercise's own side).", valueName: "side"))
    var side: Side?

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file: .png, .pdf or .svg.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("How tall a standing person is drawn, in points.", valueName: "points"))
    var height: Double = 288

    @Option(help: ArgumentHelp("Resolution of a PNG.", valueName: "dpi"))
    var dpi: Double = 100

    @Flag(help: "Also print what the solver changed to make the contacts hold (for writing poses).")
    var explain = false

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func validate() throws {
        if !(40...2000).contains(height) { throw ValidationError("--height must be between 40 and 2000 points") }
        if !(20...600).contains(dpi) { throw ValidationError("--dpi must be between 20 and 600") }
        let ext = (output as NSString).pathExtension.lowercased()
        if !["png", "pdf", "svg"].contains(ext) { throw ValidationError("the output must end in .png, .pdf or .svg") }
    }

    func run() throws {
        do {
            let engine = try common.engine(look)
            guard let exercise = engine.catalog.exercise(id) else {
                let hint = Suggestion.hint(for: id, in: engine.catalog.ids).map { " (\($0))" } ?? " (`routinepress catalog` lists the ids)"
                throw ValidationError("unknown exercise \"\(id)\"\(hint)")
            }
            switch exercise.picture {
            case .svg(let path)?: throw ValidationError("the exercise \(id) is drawn from the picture file \(path), not from a pose")
            case nil: throw ValidationError("the exercise \(id) has no pose (its cards show the muscle figure)")
            case .pose(let pose)?:
                if frame == .end && pose.end == nil { throw ValidationError("the pose of \(id) has one frame; leave out --frame") }
            }
            guard let (page, drawing) = engine.posePage(exercise, side: side ?? exercise.dose.side, frame: frame, bodyHeight: height) else {
                throw ValidationError("the exercise \(id) has no pose")
            }
            if explain, case .pose(let pose) = exercise.picture {
                for line in PoseLibrary.explain(pose, side: side ?? exercise.dose.side) { print(line) }
            }
            let ext = (output as NSString).pathExtension.lowercased()
            if ext == "svg" {
                try AtomicFile.write(Array(DrawingSVG.text(drawing, scale: height).utf8), to: output)
                return
            }
            let doc = try engine.write([page], title: exercise.name, options: RenderOptions(format: ext == "png" ? .png : .pdf, dpi: dpi))
            try AtomicFile.write(doc.files[0], to: output)
        } catch { throw ExitCodes.report(error) }
    }
}

extension PoseFrame: ExpressibleByArgument {}
