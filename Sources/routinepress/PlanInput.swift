import Foundation
import RoutinePress

/// A plan file named on the command line, or standard input for `-`.
struct PlanInput {
    /// The name used in messages.
    var displayName: String
    var bytes: [UInt8]
    /// The folder relative paths in the plan start from.
    var baseDirectory: URL

    /// The largest plan file read (a plan is a few kilobytes).
    static let maximumBytes = 8 * 1024 * 1024

    static func read(_ argument: String) throws(RoutinePressError) -> PlanInput {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if argument == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumBytes else { throw .inputUnreadable(file: "-", reason: "more than 8 MB on standard input; a plan is a few kilobytes") }
            return PlanInput(displayName: "-", bytes: Array(data), baseDirectory: cwd)
        }
        let url = URL(fileURLWithPath: argument, relativeTo: cwd)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw .inputUnreadable(file: argument, reason: "no such file")
        }
        if isDir.boolValue { throw .inputUnreadable(file: argument, reason: "it is a folder, not a plan file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber, size.intValue > maximumBytes {
            throw .inputUnreadable(file: argument, reason: "the file is \(size.intValue / 1_048_576) MB; a plan is a few kilobytes (at most 8 MB)")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .inputUnreadable(file: argument, reason: "permission denied")
        }
        return PlanInput(displayName: argument, bytes: Array(data), baseDirectory: url.deletingLastPathComponent())
    }
}
