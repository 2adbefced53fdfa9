import Foundation

/// The list of font files and families in `Fonts/fonts.json`.
public struct FontManifest: Sendable, Hashable {
    /// One font file and the Debian package that installs it.
    public struct File: Sendable, Hashable {
        public var path: String
        public var package: String?
        public init(path: String, package: String?) { self.path = path; self.package = package }
    }
    /// Families in order of preference: the text face first, then fallbacks for coverage.
    public var families: [String]
    public var files: [File]
    /// OpenType features to set per family, in HarfBuzz's syntax (`"ccmp=0"`); none when absent.
    public var features: [String: [String]]?

    public init(families: [String], files: [File], features: [String: [String]]?) {
        self.families = families; self.files = files; self.features = features
    }

    /// This list with a clinic's added: its families after ours (a layout's style picks them by
    /// name), its files, and its features, which win for a family both name.
    public func adding(_ clinic: FontManifest) -> FontManifest {
        var out = self
        for f in clinic.families where !out.families.contains(f) { out.families.append(f) }
        out.files += clinic.files.filter { f in !out.files.contains { $0.path == f.path } }
        if let theirs = clinic.features { out.features = (out.features ?? [:]).merging(theirs) { _, new in new } }
        return out
    }
}

/// A font that cannot be loaded, naming the file it concerns (a fonts.json or a font file),
/// with what to do about it.
public struct FontError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The fonts.json or font file the problem is in; nil when it is the font libraries'.
    public var file: String?
    public var message: String
    public var hint: String?
    public init(file: String?, message: String, hint: String? = nil) { self.file = file; self.message = message; self.hint = hint }
    public var description: String { hint.map { "\(message) (\($0))" } ?? message }

    /// Whether the problem lies in the folder `folder` (a clinic's fonts).
    public func lies(in folder: URL) -> Bool {
        guard let file else { return false }
        return URL(fileURLWithPath: file).standardizedFileURL.path.hasPrefix(folder.standardizedFileURL.path + "/")
    }
}
