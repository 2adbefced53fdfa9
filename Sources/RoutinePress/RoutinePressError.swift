import CairoBackend
import RoutineModel

/// Everything that can stop a render, each with what the user needs to fix it and where it
/// came from, until `lines` says it.
public enum RoutinePressError: Error, Sendable {
    /// The plan (or a clinic's catalog, layout or fonts) has errors; each names its file, place and JSON path.
    case invalidPlan(DiagnosticList)
    /// The plan file cannot be read.
    case inputUnreadable(file: String, reason: String)
    /// Shards' reports that do not join into one (a plan twice, a plan in none, not a report).
    case reportsDisagree(file: String, reason: String)
    /// The output cannot be written.
    case outputUnwritable(path: String, reason: String)
    /// The tool's own data folders cannot be found.
    case resourcesMissing(String)
    /// One of the tool's own data files does not read: each problem with its file, place and path.
    case brokenResources(DiagnosticList)
    /// One of the tool's own figure files cannot be drawn.
    case brokenFigures(RenderError)
    /// A font of the tool's own cannot be loaded.
    case font(FontError)
    /// Drawing or writing failed inside the libraries, for the plan named (when there is one).
    case render(RenderError, plan: String?)

    /// The lines to print, one per problem.
    public var lines: [String] {
        switch self {
        case .invalidPlan(let list): return list.diagnostics.map(\.line)
        case .inputUnreadable(let file, let reason): return ["\(file): cannot read the plan: \(reason)"]
        case .outputUnwritable(let path, let reason): return ["\(path): cannot write the output: \(reason)"]
        case .reportsDisagree(let file, let reason): return ["\(file): cannot merge the reports: \(reason)"]
        case .resourcesMissing(let message): return ["routinepress: \(message)"]
        case .brokenResources(let list): return list.diagnostics.map { "routinepress: a data file of the tool is broken: \($0.line)" }
        case .brokenFigures(let error): return ["routinepress: a data file of the tool is broken: \(error)"]
        case .font(let error): return ["routinepress: a font cannot be loaded: \(error)"]
        case .render(let error, let plan): return ["routinepress: internal error while rendering\(plan.map { " " + $0 } ?? ""): \(error)"]
        }
    }
}
