import Foundation

/// One share of a batch, for job engines that start N workers with an index each: the plans
/// whose position in the input (counted from 0) leaves `index` when divided by `count`.
///
/// Positions follow the inputs as given, folders in name order and JSON Lines by line, so every
/// machine deals the same plans to the same shard, and the shards together hold each plan once.
public struct BatchShard: Sendable, Hashable {
    /// From 0 to `count - 1`.
    public let index: Int
    public let count: Int

    /// The environment variables that carry a worker's 0-based index, in the order they are read.
    public static let indexVariables = ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "AWS_BATCH_JOB_ARRAY_INDEX"]
    /// The most shards a batch is split into.
    public static let maximumCount = 100_000

    public init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index))
        self.index = index; self.count = count
    }

    /// Whether the plan at input position `position` is this shard's.
    public func holds(_ position: Int) -> Bool { position % count == index }

    /// How many of `total` plans fall to this shard.
    public func share(of total: Int) -> Int { total > index ? (total - index + count - 1) / count : 0 }

    /// `K/N` as written on the command line, K from 1 to N; the error says what is wrong.
    public static func parse(_ text: String) -> Result<BatchShard, ShardError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return .failure(.notAShard(text)) }
        guard (1...maximumCount).contains(n) else { return .failure(.badCount(n)) }
        guard (1...n).contains(k) else { return .failure(.outOfRange(text, n)) }
        return .success(BatchShard(index: k - 1, count: n))
    }

    /// The shard the job engine gave this worker, from its 0-based index in the environment (a
    /// Slurm array is numbered from 0, `--array=0-(N-1)`: a task run again alone keeps its number).
    public static func fromEnvironment(_ environment: [String: String], count: Int) -> Result<BatchShard, ShardError> {
        guard (1...maximumCount).contains(count) else { return .failure(.badCount(count)) }
        guard let name = indexVariables.first(where: { environment[$0] != nil }), let raw = environment[name] else {
            return .failure(.noIndex)
        }
        guard let index = Int(raw.trimmingCharacters(in: .whitespaces)) else { return .failure(.badIndex(name, raw, count)) }
        guard (0..<count).contains(index) else { return .failure(.badIndex(name, raw, count)) }
        return .success(BatchShard(index: index, count: count))
    }

    /// What is wrong with a shard as given.
    public enum ShardError: Error, Sendable, Hashable, CustomStringConvertible {
        case notAShard(String)
        case badCount(Int)
        case outOfRange(String, Int)
        case noIndex
        case badIndex(String, String, Int)

        public var description: String {
            switch self {
            case .notAShard(let t): return "--shard \(t): expected K/N, as in --shard 2/8"
            case .badCount(let n): return "\(n) shards: use 1 to \(BatchShard.maximumCount)"
            case .outOfRange(let t, let n): return "--shard \(t): K goes from 1 to \(n)"
            case .noIndex: return "--shard-from-env: none of \(BatchShard.indexVariables.joined(separator: ", ")) is set (run it as a job array, or use --shard K/N)"
            case .badIndex(let name, let raw, let n): return "--shard-from-env: \(name)=\(raw) is not an index from 0 to \(n - 1) (is --shards right?"
                    + (name == "SLURM_ARRAY_TASK_ID" ? " a Slurm array is numbered from 0: --array=0-\(n - 1))" : ")")
            }
        }
    }
}
