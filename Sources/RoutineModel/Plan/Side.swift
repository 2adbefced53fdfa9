/// Which side of the body an exercise is done on.
public enum Side: String, CaseIterable, Hashable, Sendable, Codable {
    /// The left side only.
    case left
    /// The right side only.
    case right
    /// One side, then the other.
    case each
    /// Both sides at once.
    case both
}
