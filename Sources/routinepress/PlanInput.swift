import Foundation
import RoutinePress

/// A plan file named on the command line, or standard input for `-`.
struct PlanInput {
    /// The name used in messages.
    var displayName: String
    var bytes: [UInt8]
    /// The folder relative paths in the plan start from.
    var baseDirectory: URL

    static func read(_ argument: String) throws(RoutinePressError) -> PlanInput {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if argument == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= PlanFile.maximumBytes else {
                throw .inputUnreadable(file: "-", reason: "more than 8 MB on standard input; a plan is a few kilobytes")
            }
            return PlanInput(displayName: "-", bytes: Array(data), baseDirectory: cwd)
        }
        let url = URL(fileURLWithPath: argument, relativeTo: cwd)
        return PlanInput(displayName: argument, bytes: try PlanFile.read(url, name: argument), baseDirectory: url.deletingLastPathComponent())
    }
}
