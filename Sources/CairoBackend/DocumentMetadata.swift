/// What the PDF says about itself. The creation date is fixed so the same input gives the same bytes.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String
    public var author: String?
    public var subject: String?
    /// ISO 8601, such as `2026-11-29T00:00:00Z`.
    public var creationDate: String
    public var creator: String
    /// The document's language, a BCP-47 tag such as `en` or `es`.
    public var language: String
    /// A bilingual document's second language: its Span elements say so.
    public var secondLanguage: String?

    public init(title: String, author: String? = nil, subject: String? = nil, creationDate: String, creator: String = "RoutinePress", language: String = "en") {
        self.title = title; self.author = author; self.subject = subject; self.creationDate = creationDate; self.creator = creator
        self.language = language
    }
}
