import RoutineModel

/// Problems as JSON for programs: one object per problem.
public enum DiagnosticJSON {
    /// An array of problem objects, unreadable files last.
    public static func array(_ diagnostics: [Diagnostic], unreadable: [String] = []) -> String {
        func q(_ s: String?) -> String { s.map(JSONWriter.quoted) ?? "null" }
        var objects = diagnostics.map { d in
            "{\"file\": \(q(d.file)), \"line\": \(d.location.map { String($0.line) } ?? "null"), \"column\": \(d.location.map { String($0.column) } ?? "null"), "
                + "\"path\": \(q(d.path.description)), \"severity\": \(q(d.severity.rawValue)), \"code\": \(q(d.code)), "
                + "\"message\": \(q(d.message)), \"hint\": \(q(d.hint))}"
        }
        objects += unreadable.map { "{\"severity\": \"error\", \"code\": \"unreadable\", \"message\": \(q($0))}" }
        return "[" + (objects.isEmpty ? "" : "\n  " + objects.joined(separator: ",\n  ") + "\n") + "]\n"
    }
}
