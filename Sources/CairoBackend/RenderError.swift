/// A failure while drawing or writing output, naming the page and the file, picture, image or
/// font involved, so the one translator can say where it came from.
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What a render error concerns.
    public enum Subject: Sendable, Hashable {
        /// A body-figure SVG file.
        case figure(file: String)
        /// An exercise picture: an SVG file, or a pose drawing by its key.
        case picture(String)
        /// A PNG image (a logo), by its path or the name its bytes travel under.
        case image(String)
        /// A font face, by its PostScript name.
        case font(String)
        /// The file being written.
        case output(file: String)
        /// The document as a whole, or the libraries drawing it.
        case document
    }

    public var subject: Subject
    /// What went wrong, as the end of a sentence that starts with the subject.
    public var reason: String
    /// The page, counted from 1, when the failure happened while drawing one.
    public var page: Int?
    /// What the user can do about it, when there is something.
    public var hint: String?

    public init(_ subject: Subject, _ reason: String, hint: String? = nil) {
        self.subject = subject; self.reason = reason; self.hint = hint
    }

    /// This error placed on page `number`, unless it already names a page.
    public func onPage(_ number: Int) -> RenderError {
        var e = self
        if e.page == nil { e.page = number }
        return e
    }

    /// The subject and the reason, as one sentence without the page.
    public var message: String {
        switch subject {
        case .figure(let file): return "the figure \(file) \(reason)"
        case .picture(let name): return "the picture \(name) \(reason)"
        case .image(let name): return "the image \(name) \(reason)"
        case .font(let name): return "the font \(name) \(reason)"
        case .output(let file): return "\(file) \(reason)"
        case .document: return reason
        }
    }

    public var description: String {
        (page.map { "page \($0): " } ?? "") + message + (hint.map { " (\($0))" } ?? "")
    }
}
