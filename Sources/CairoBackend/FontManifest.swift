import Foundation

/// The list of font files and families in `Fonts/fonts.json`.
public struct FontManifest: Decodable, Sendable, Hashable {
    /// One font file and the Debian package that installs it.
    public struct File: Decodable, Sendable, Hashable {
        public var path: String
        public var package: String?
    }
    /// Families in order of preference: the text face first, then fallbacks for coverage.
    public var families: [String]
    public var files: [File]
    /// OpenType features to set per family, in HarfBuzz's syntax (`"ccmp=0"`); none when absent.
    public var features: [String: [String]]?

    /// This list with a clinic's added: its families after ours (a layout's style picks them by
    /// name), its files, and its features, which win for a family both name.
    public func adding(_ clinic: FontManifest) -> FontManifest {
        var out = self
        for f in clinic.families where !out.families.contains(f) { out.families.append(f) }
        out.files += clinic.files.filter { f in !out.files.contains { $0.path == f.path } }
        if let theirs = clinic.features { out.features = (out.features ?? [:]).merging(theirs) { _, new in new } }
        return out
    }

    /// Reads the manifest in `folder`, and adds every font file lying in that folder.
    public static func load(folder: URL) throws(FontError) -> FontManifest {
        let url = folder.appendingPathComponent("fonts.json")
        guard let data = try? Data(contentsOf: url) else {
            throw FontError(message: "cannot read \(url.path)", hint: "the Fonts folder must hold fonts.json")
        }
        guard var manifest = try? JSONDecoder().decode(FontManifest.self, from: data), !manifest.families.isEmpty else {
            throw FontError(message: "\(url.path) is not a valid font list", hint: "it needs \"families\" and \"files\"")
        }
        // A path in the list is relative to the folder unless it starts with /.
        manifest.files = manifest.files.map { f in f.path.hasPrefix("/") ? f : File(path: folder.appendingPathComponent(f.path).path, package: f.package) }
        let local = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in local.sorted() where name.lowercased().hasSuffix(".otf") || name.lowercased().hasSuffix(".ttf") {
            let path = folder.appendingPathComponent(name).path
            if !manifest.files.contains(where: { $0.path == path }) { manifest.files.append(File(path: path, package: nil)) }
        }
        return manifest
    }
}

/// A font that cannot be loaded, with what to do about it.
public struct FontError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public init(message: String, hint: String? = nil) { self.message = message; self.hint = hint }
    public var description: String { hint.map { "\(message) (\($0))" } ?? message }
}
