/// A paper size a plan can be printed on.
public enum Paper: String, CaseIterable, Hashable, Sendable, Codable {
    case letter, a4, a5
}
