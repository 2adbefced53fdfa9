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

/// One plan of the input, numbered by its position there.
struct BatchJob: Sendable {
    /// The position in the whole input, from 0 (the same in every shard).
    var index: Int
    var source: BatchSource
    /// The plan's bytes, or why they could not be read (empty for a file another shard renders).
    var input: Result<[UInt8], RoutinePressError>
    /// The output name, claimed in input order whether or not the plan renders.
    var name = ""
    /// Its place among the plans this run renders, from 0.
    var order = 0
}

/// What became of one plan.
struct BatchOutcome: Sendable {
    var index: Int
    var order: Int
    var name: String
    var source: BatchSource
    var result: Result<RenderedDocument, RoutinePressError>
    /// For a resumable run: the input's digest and each output file's.
    var digests: (input: String, outputs: [String])?
}
