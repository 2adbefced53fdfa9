/// A place on a page that opens an address when clicked (the clinic's website, e-mail, phone,
/// an exercise's video): a rectangle over the words or code that show it.
public struct LinkArea: Hashable, Sendable {
    /// The address opened: `https:`, `mailto:` or `tel:`.
    public var uri: String
    /// What the link does, in words, for readers who cannot see it ("E-mail the clinic").
    public var description: String
    /// The clickable area, in the frame's coordinates.
    public var rect: Rect
    /// The Link element the area belongs to (with its words, where the words are tagged).
    public var element: StructurePath

    public init(uri: String, description: String, rect: Rect, element: StructurePath) {
        self.uri = uri; self.description = description; self.rect = rect; self.element = element
    }
}
