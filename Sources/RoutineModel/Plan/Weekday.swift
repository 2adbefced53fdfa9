/// A day of the week, as tracker columns name them.
public enum Weekday: String, CaseIterable, Hashable, Sendable, Codable {
    case mon, tue, wed, thu, fri, sat, sun

    /// "Mon", for column headings.
    public var shortName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// "Monday".
    public var longName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][Weekday.allCases.firstIndex(of: self)!]
    }
}
