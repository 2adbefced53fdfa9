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

    /// Reads the manifest in `folder`, and adds every font file lying in that folder.
    public static func load(folder: URL) throws(FontError) -> FontManifest {
        let url = folder.appendingPathComponent("fonts.json")
        guard let data = try? Data(contentsOf: url) else {
            throw FontError(message: "cannot read \(url.path)", hint: "the Fonts folder must hold fonts.json")
        }
        guard var manifest = try? JSONDecoder().decode(FontManifest.self, from: data), !manifest.families.isEmpty else {
            throw FontError(message: "\(url.path) is not a valid font list", hint: "it needs \"families\" and \"files\"")
        }
        let local = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in local.sorted() where name.lowercased().hasSuffix(".otf") || name.lowercased().hasSuffix(".ttf") {
            manifest.files.append(File(path: folder.appendingPathComponent(name).path, package: nil))
        }
        return manifest
    }
}

/// A font that cannot be loaded, with what to do about it.
public struct FontError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public var description: String { hint.map { "\(message) (\($0))" } ?? message }
}
