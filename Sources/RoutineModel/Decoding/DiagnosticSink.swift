/// Collects the problems found while reading one input, so all of them are reported at once.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}
    /// Records a problem.
    public func report(_ d: Diagnostic) { diagnostics.append(d) }
    /// Records an error at a path and place.
    public func error(_ code: String, _ path: JSONPath, _ location: SourceLocation?, _ message: String, hint: String? = nil) {
        report(Diagnostic(.error, code: code, at: path, location, message, hint: hint))
    }
    /// Whether any error (not warning) was recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
