import CPango
import Foundation

/// A private fontconfig configuration holding only the manifest's files, so the fonts
/// installed on the machine change nothing. Owns its `FcConfig`.
final class FontConfiguration {
    let pointer: OpaquePointer

    init(manifest: FontManifest) throws(FontError) {
        guard let config = FcConfigCreate() else { throw FontError(file: nil, message: "fontconfig could not start") }
        pointer = config
        let cache = FontConfiguration.cacheDirectory()
        var rules = ""
        for (family, features) in (manifest.features ?? [:]).sorted(by: { $0.key < $1.key }) {
            rules += "<match target=\"font\"><test name=\"family\"><string>\(Self.xmlEscaped(family))</string></test>"
            for f in features { rules += "<edit name=\"fontfeatures\" mode=\"append\"><string>\(Self.xmlEscaped(f))</string></edit>" }
            rules += "</match>"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><cachedir>\(cache)</cachedir>\(rules)</fontconfig>"
        _ = FcConfigParseAndLoadFromMemory(config, xml, 0)
        for file in manifest.files {
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                let hint = file.package.map { "install the Debian package \($0), or run `make setup`" } ?? "restore the file or remove it from Fonts/"
                throw FontError(file: file.path, message: "the font file \(file.path) is missing", hint: hint)
            }
            if FcConfigAppFontAddFile(config, file.path) == 0 {
                throw FontError(file: file.path, message: "the font file \(file.path) cannot be read as a font", hint: "replace it with an OpenType or TrueType file")
            }
        }
    }

    deinit {
        if let coverage { FcCharSetDestroy(coverage) }
        FcConfigDestroy(pointer)
    }

    /// Every character some loaded font can draw (built on first use).
    private lazy var coverage: OpaquePointer? = {
        guard let union = FcCharSetCreate(), let fonts = FcConfigGetFonts(pointer, FcSetApplication) else { return nil }
        for i in 0..<Int(fonts.pointee.nfont) {
            var set: OpaquePointer?
            if FcPatternGetCharSet(fonts.pointee.fonts[i], "charset", 0, &set) == FcResultMatch, let set {
                FcCharSetMerge(union, set, nil)
            }
        }
        return union
    }()

    /// Whether some loaded font has a glyph for the character.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        guard let coverage else { return true }
        return FcCharSetHasChar(coverage, scalar.value) != 0
    }

    /// A folder fontconfig may write its cache to, outside the system's.
    static func cacheDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"] ?? env["HOME"].map { $0 + "/.cache" } ?? NSTemporaryDirectory()
        return xmlEscaped(base + "/routinepress/fontconfig")
    }

    static func xmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
