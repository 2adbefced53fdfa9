import Foundation

/// Where one plan of a batch came from: a file, or a line of a JSON Lines file.
public struct BatchSource: Sendable, Hashable {
    /// The input as the user named it (`-` for standard input).
    public var file: String
    /// The line in a JSON Lines input, from 1.
    public var line: Int?
    /// The folder relative paths in the plan start from.
    public var baseDirectory: URL?
    /// The output name when the plan gives no `id`: the file's name, or name and line.
    public var fallbackName: String

    /// `FILE` or `FILE:LINE`, as messages name it.
    public var displayName: String { line.map { "\(file):\($0)" } ?? file }
}

/// One plan to render, numbered in input order.
struct BatchJob: Sendable {
    var index: Int
    var source: BatchSource
    /// The plan's bytes, or why they could not be read.
    var input: Result<[UInt8], RoutinePressError>
}

/// What became of one plan.
struct BatchOutcome: Sendable {
    var index: Int
    var source: BatchSource
    var result: Result<RenderedDocument, RoutinePressError>
}
