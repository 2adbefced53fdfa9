#if canImport(Glibc)
import Glibc
#endif

/// What kind of file a path names, and its size, from one `stat` call (Foundation's
/// file attributes also look up the owner's name, reading the user and group databases each time).
public struct FileStatus: Sendable {
    public enum Kind: Sendable { case regular, directory, other }
    public var kind: Kind
    /// The size in bytes.
    public var size: Int

    /// The status of `path`, or nil when it does not exist or cannot be reached; `errno` then says why.
    public static func of(_ path: String) -> FileStatus? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        let type = s.st_mode & S_IFMT
        return FileStatus(kind: type == S_IFREG ? .regular : type == S_IFDIR ? .directory : .other, size: Int(s.st_size))
    }
}
