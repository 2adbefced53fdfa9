import RoutineModel

/// Everything that can stop a render, each with what the user needs to fix it.
public enum RoutinePressError: Error, Sendable {
    /// The plan has errors; each names its file, place and JSON path.
    case invalidPlan(DiagnosticList)
    /// The plan file cannot be read.
    case inputUnreadable(file: String, reason: String)
    /// The output cannot be written.
    case outputUnwritable(path: String, reason: String)
    /// The tool's own data files (layouts, fonts, catalog) are missing or broken.
    case resources(String)
    /// One of the tool's own data files does not read: each problem with its file, place and path.
    case brokenResources(DiagnosticList)
    /// Drawing or writing failed inside the libraries.
    case render(String)

    /// The lines to print, one per problem.
    public var lines: [String] {
        switch self {
        case .invalidPlan(let list): return list.diagnostics.map(\.line)
        case .inputUnreadable(let file, let reason): return ["\(file): cannot read the plan: \(reason)"]
        case .outputUnwritable(let path, let reason): return ["\(path): cannot write the output: \(reason)"]
        case .resources(let message): return ["routinepress: \(message)"]
        case .brokenResources(let list): return list.diagnostics.map { "routinepress: a data file of the tool is broken: \($0.line)" }
        case .render(let message): return ["routinepress: internal error while rendering: \(message)"]
        }
    }
}
