/// An http or https address a sheet links to and prints as a code to scan (an exercise's video,
/// the clinic's booking page), checked when the plan or catalog is read.
public struct WebAddress: Hashable, Sendable {
    /// The address as a link opens it: ASCII, with anything else percent-encoded.
    public let uri: String
    /// The address as written.
    public let written: String

    /// The longest address accepted: a code for it still scans from a sheet at arm's length.
    public static let maximumLength = 200

    /// Why a written address is not one.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case tooLong(Int)
        case scheme(String?)
        case noHost
        case spaces

        /// One line for the clinician, naming what is wrong.
        public var message: String {
            switch self {
            case .empty: return "is empty"
            case .tooLong(let n): return "is \(n) characters long; at most \(WebAddress.maximumLength) fit a code that scans"
            case .scheme(let s?): return "starts with \(s):, not http: or https:"
            case .scheme(nil): return "has no http:// or https:// at its start"
            case .noHost: return "names no site after the scheme"
            case .spaces: return "contains spaces or line breaks"
            }
        }
    }

    /// Checks `written`: http or https, a host, no spaces, at most `maximumLength` characters.
    public init(_ written: String) throws(Problem) {
        guard !written.isEmpty else { throw .empty }
        guard written.count <= Self.maximumLength else { throw .tooLong(written.count) }
        guard !written.contains(where: { $0.isWhitespace || $0.isNewline }) else { throw .spaces }
        guard let colon = written.firstIndex(of: ":") else { throw .scheme(nil) }
        let scheme = written[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw .scheme(scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } && !scheme.isEmpty ? scheme : nil)
        }
        let rest = written[written.index(after: colon)...]
        guard rest.hasPrefix("//") else { throw .noHost }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.contains(where: { $0.isLetter || $0.isNumber }) else { throw .noHost }
        self.written = written
        uri = Self.percentEncoded(written)
    }

    /// The text with every byte outside printable ASCII (and `%` not followed by two hex digits)
    /// as `%XX`, so the address is plain ASCII as a PDF link needs.
    public static func percentEncoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        out.reserveCapacity(bytes.count)
        let hex = Array("0123456789ABCDEF")
        func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }
        for (i, b) in bytes.enumerated() {
            let escapedAlready = b == 0x25 && i + 2 < bytes.count && isHex(bytes[i + 1]) && isHex(bytes[i + 2])
            if b > 0x20 && b < 0x7F && b != 0x22 && b != 0x3C && b != 0x3E && b != 0x5C && b != 0x5E && b != 0x60 && b != 0x7B && b != 0x7D && b != 0x7C
                && (b != 0x25 || escapedAlready) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                out.append("%"); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }
}
