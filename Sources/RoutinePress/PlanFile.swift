import Foundation
import RoutineModel

/// Reading one plan file, with the size limit and the errors a user can act on.
public enum PlanFile {
    /// The largest plan file read (a plan is a few kilobytes).
    public static let maximumBytes = 8 * 1024 * 1024

    /// The file's bytes; `name` is how messages refer to it.
    public static func read(_ url: URL, name: String) throws(RoutinePressError) -> [UInt8] {
        guard let status = FileStatus.of(url.path) else {
            throw .inputUnreadable(file: name, reason: errno == EACCES ? "permission denied" : "no such file")
        }
        if status.kind == .directory { throw .inputUnreadable(file: name, reason: "it is a folder, not a plan file") }
        if status.size > maximumBytes {
            throw .inputUnreadable(file: name, reason: "the file is \(status.size / 1_048_576) MB; a plan is a few kilobytes (at most 8 MB)")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .inputUnreadable(file: name, reason: "permission denied") }
        return Array(data)
    }
}
