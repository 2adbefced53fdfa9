import RoutineModel

/// Problems as JSON for programs: one object per problem.
public enum DiagnosticJSON {
    /// The problem objects, unreadable files last.
    public static func nodes(_ diagnostics: [Diagnostic], unreadable: [String] = []) -> [JSONNode] {
        diagnostics.map { d in
            JSONNode.object([
                ("file", .string(d.file)), ("line", d.location.map { .int($0.line) } ?? .null), ("column", d.location.map { .int($0.column) } ?? .null),
                ("path", .string(d.path.description)), ("severity", .string(d.severity.rawValue)), ("code", .string(d.code)),
                ("message", .string(d.message)), ("hint", .string(d.hint)),
            ])
        } + unreadable.map { JSONNode.object([("severity", .string("error")), ("code", .string("unreadable")), ("message", .string($0))]) }
    }

    /// An array of problem objects, one per line, unreadable files last.
    public static func array(_ diagnostics: [Diagnostic], unreadable: [String] = []) -> String {
        let objects = nodes(diagnostics, unreadable: unreadable).map(JSONWriter.line)
        return "[" + (objects.isEmpty ? "" : "\n  " + objects.joined(separator: ",\n  ") + "\n") + "]\n"
    }
}
