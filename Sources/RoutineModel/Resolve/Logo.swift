import Foundation

/// A clinic's logo, checked: a PNG file named in the plan (the command line), or PNG bytes
/// sent inside the plan as a `data:image/png;base64,` URL (the web page's upload).
public struct Logo: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// The file's absolute path.
        case file(String)
        /// The decoded bytes, with a name made from their content.
        case png(name: String, bytes: [UInt8])
    }

    public var source: Source
    /// Its size in pixels, from the PNG header.
    public var width: Int
    public var height: Int

    /// The largest logo accepted, as a file or as the bytes of a data URL.
    public static let maximumBytes = 5 * 1024 * 1024
    /// The most pixels accepted: decoding takes 4 bytes per pixel, whatever the file's size.
    public static let maximumPixels = 25_000_000
    /// What a data URL of a PNG starts with.
    public static let dataURLPrefix = "data:image/png;base64,"

    /// A name for caches and messages: the path, or "uploaded logo" and a hash of the bytes.
    public var name: String {
        switch source {
        case .file(let path): return path
        case .png(let name, _): return name
        }
    }

    /// The width and height in a PNG's header (its first 24 bytes), or nil when it is not a PNG.
    public static func pngSize(_ head: [UInt8]) -> (width: Int, height: Int)? {
        guard head.count >= 24, Array(head[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              Array(head[12..<16]) == Array("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { head[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// A stable name for bytes, used to keep a decoded logo: the byte count and two 64-bit
    /// hashes (FNV-1a and a multiply-rotate hash), so two different logos never share a name by chance.
    static func contentName(_ bytes: [UInt8]) -> String {
        var fnv: UInt64 = 0xCBF2_9CE4_8422_2325, mix: UInt64 = 0x9E37_79B9_7F4A_7C15
        for b in bytes {
            fnv = (fnv ^ UInt64(b)) &* 0x100_0000_01B3
            mix = ((mix ^ UInt64(b)) &* 0xFF51_AFD7_ED55_8CCD)
            mix = (mix << 29) | (mix >> 35)
        }
        return "uploaded logo \(bytes.count)-" + String(fnv, radix: 16) + "-" + String(mix, radix: 16)
    }
}
