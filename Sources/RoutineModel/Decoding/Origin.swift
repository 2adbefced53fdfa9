/// Where a decoded value came from: its JSON path and its place in the file.
public struct Origin: Hashable, Sendable {
    public var path: JSONPath
    public var location: SourceLocation?
    public init(path: JSONPath, location: SourceLocation?) { self.path = path; self.location = location }
    public static let unknown = Origin(path: .root, location: nil)
}
