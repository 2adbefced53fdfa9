/// What the batch did with one plan, as the report lists it.
public struct BatchRecord: Sendable, Hashable {
    /// Whether the plan was rendered.
    public enum Status: String, Sendable { case rendered, failed }
    public var input: String
    /// The plan's position in the whole input, from 0: shards' reports merge by it.
    public var position: Int
    /// The files written, relative to the output folder.
    public var outputs: [String]
    public var pages: Int
    public var status: Status
    /// Every error line, `FILE[:LINE]: json.path: message`.
    public var errors: [String]
    public var warnings: [String]
    /// Whether the plan could not be read at all (a missing file), rather than being invalid.
    public var unreadable: Bool

    /// The record as a JSON object, one line.
    var json: String {
        func list(_ items: [String]) -> JSONNode { .array(items.map(JSONNode.string)) }
        return JSONWriter.line(.object([
            ("input", .string(input)), ("position", .int(position)), ("output", .string(outputs.first)), ("outputs", list(outputs)), ("pages", .int(pages)),
            ("status", .string(status.rawValue)), ("error", .string(errors.first)), ("errors", list(errors)), ("warnings", list(warnings)),
        ]))
    }
}

/// The totals of a batch run.
public struct BatchSummary: Sendable, Hashable {
    public var rendered = 0
    /// Of those rendered, the plans an earlier run had finished (`--resume`).
    public var kept = 0
    public var failed = 0
    public var unreadable = 0
    /// Plans whose files could not be written.
    public var unwritable = 0
    public var pages = 0
    public var seconds = 0.0
    /// Whether the run was stopped before every plan was done.
    public var interrupted = false
    /// Pages in the merged PDF, when one was asked for.
    public var mergedPages: Int?
}

import RoutineModel
