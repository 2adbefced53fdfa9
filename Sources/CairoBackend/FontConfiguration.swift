import CPango
import Foundation

/// A private fontconfig configuration holding only the manifest's files, so the fonts
/// installed on the machine change nothing. Owns its `FcConfig`.
final class FontConfiguration {
    let pointer: OpaquePointer

    init(manifest: FontManifest) throws(FontError) {
        guard let config = FcConfigCreate() else { throw FontError(message: "fontconfig could not start") }
        pointer = config
        let cache = FontConfiguration.cacheDirectory()
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><cachedir>\(cache)</cachedir></fontconfig>"
        _ = FcConfigParseAndLoadFromMemory(config, xml, 0)
        for file in manifest.files {
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                let hint = file.package.map { "install the Debian package \($0), or run `make setup`" } ?? "restore the file or remove it from Fonts/"
                throw FontError(message: "the font file \(file.path) is missing", hint: hint)
            }
            if FcConfigAppFontAddFile(config, file.path) == 0 {
                throw FontError(message: "the font file \(file.path) cannot be read as a font", hint: "replace it with an OpenType or TrueType file")
            }
        }
    }

    deinit { FcConfigDestroy(pointer) }

    /// A folder fontconfig may write its cache to, outside the system's.
    static func cacheDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"] ?? env["HOME"].map { $0 + "/.cache" } ?? NSTemporaryDirectory()
        let xmlSafe = (base + "/routinepress/fontconfig")
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return xmlSafe
    }
}
