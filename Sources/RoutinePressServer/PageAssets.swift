import Foundation
import RoutinePress
import RoutineModel

/// The page's few files (HTML, CSS, JavaScript), read once at start and served from memory:
/// nothing on disk is reachable through a URL.
struct PageAssets: Sendable {
    struct Asset: Sendable {
        var bytes: [UInt8]
        var contentType: String
    }

    /// By URL path: `/` is the page itself.
    let files: [String: Asset]

    static let served: [(path: String, file: String, type: String)] = [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
    ]

    /// Reads the files from `folder`; the error names the one that is missing.
    init(folder: URL) throws(ServerStartError) {
        var files: [String: Asset] = [:]
        for s in Self.served {
            let url = folder.appendingPathComponent(s.file)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .pageFileMissing(url.path) }
            files[s.path] = Asset(bytes: Array(data), contentType: s.type)
        }
        self.files = files
    }
}

/// Why the server could not start, in one line.
public enum ServerStartError: Error, Sendable {
    /// A file of the page itself (HTML, script, style) is missing from the install.
    case pageFileMissing(String)
    /// The `--clinic` file's object has problems, each at its JSON path (under `clinic`).
    case clinic(DiagnosticList)
    /// The engine could not start: the tool's files, or a clinic's catalog, layout or fonts.
    case engine(RoutinePressError)

    public var message: String {
        switch self {
        case .pageFileMissing(let path): return "the page file \(path) is missing"
        case .clinic(let list): return list.diagnostics.map(\.line).joined(separator: "\n")
        case .engine(let e): return e.lines.joined(separator: "\n")
        }
    }
}
