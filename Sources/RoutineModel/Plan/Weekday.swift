/// A day of the week, as tracker columns name them (their words come from the strings files).
public enum Weekday: String, CaseIterable, Hashable, Sendable, Codable {
    case mon, tue, wed, thu, fri, sat, sun
}
