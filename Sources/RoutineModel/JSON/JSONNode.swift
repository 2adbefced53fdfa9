/// A parsed JSON value that remembers where it stood in the source text.
public struct JSONNode: Hashable, Sendable {
    /// The kinds of JSON value, with object members kept in source order.
    public enum Value: Hashable, Sendable {
        case null
        case bool(Bool)
        /// A number with its source text, so integers can be told from fractions.
        case number(Double, text: String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One key and value of an object.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONNode
    }

    public var value: Value
    public var location: SourceLocation
    public init(value: Value, location: SourceLocation) { self.value = value; self.location = location }

}

extension JSONNode.Value {
    /// The keys of an object, in source order; nil for other values.
    public var objectKeys: [String]? {
        if case .object(let members) = self { return members.map(\.key) }
        return nil
    }
}

extension JSONNode {
    /// A word for the value's type, as used in messages ("a string", "an object").
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
