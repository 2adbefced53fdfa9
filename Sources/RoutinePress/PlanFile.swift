import Foundation

/// Reading one plan file, with the size limit and the errors a user can act on.
public enum PlanFile {
    /// The largest plan file read (a plan is a few kilobytes).
    public static let maximumBytes = 8 * 1024 * 1024

    /// The file's bytes; `name` is how messages refer to it.
    public static func read(_ url: URL, name: String) throws(RoutinePressError) -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { throw .inputUnreadable(file: name, reason: "no such file") }
        if isDir.boolValue { throw .inputUnreadable(file: name, reason: "it is a folder, not a plan file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber, size.intValue > maximumBytes {
            throw .inputUnreadable(file: name, reason: "the file is \(size.intValue / 1_048_576) MB; a plan is a few kilobytes (at most 8 MB)")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .inputUnreadable(file: name, reason: "permission denied") }
        return Array(data)
    }
}
