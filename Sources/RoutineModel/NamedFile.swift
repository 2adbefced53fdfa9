import Foundation

/// Where a file named in a plan or catalog is: an absolute path as it is, a relative one from
/// the folder of the file that names it (the working folder when there is none).
public enum NamedFile {
    public static func url(_ name: String, relativeTo folder: URL?) -> URL {
        (name.hasPrefix("/") ? URL(fileURLWithPath: name) : (folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(name)).standardizedFileURL
    }
}
