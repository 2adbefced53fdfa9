/// One problem found in an input: where it is, what is wrong, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Error {
    /// Whether the problem stops the plan from rendering.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    /// The input file's name as the user gave it (`-` for standard input); nil when unknown.
    public var file: String?
    public var location: SourceLocation?
    public var path: JSONPath
    public var message: String
    public var hint: String?
    /// A stable short name for the kind of problem (`unknown-key`, `static-before-run`, ...).
    public var code: String

    public init(_ severity: Severity = .error, code: String, at path: JSONPath, _ location: SourceLocation?,
                _ message: String, hint: String? = nil, file: String? = nil) {
        self.severity = severity; self.code = code; self.path = path; self.location = location
        self.message = message; self.hint = hint; self.file = file
    }

    /// The same diagnostic attributed to a file.
    public func inFile(_ name: String?) -> Diagnostic { var d = self; d.file = name; return d }

    /// The one-line form `FILE:LINE:COL: json.path: message (hint)`; warnings say so.
    public var line: String {
        var s = ""
        if let file { s += file + ":" }
        if let location { s += "\(location.line):\(location.column):" }
        if !s.isEmpty { s += " " }
        s += "\(path): "
        if severity == .warning { s += "warning: " }
        s += message
        if let hint { s += " (\(hint))" }
        return s
    }
}

/// Every problem found in one input, in the order of the input.
public struct DiagnosticList: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
