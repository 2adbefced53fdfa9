import RoutineModel

/// Solved key frames kept from an earlier run, by pose: solving takes milliseconds per pose,
/// so the built-in poses ship solved (`Layouts/solved-poses.json`) and a worker only draws them.
///
/// A pose that changed since (another fingerprint) or a clinic's own pose is solved when drawn.
public struct PoseSolutions: Sendable {
    /// Changes whenever the solver or the body's proportions do, so old solutions are not used.
    public static let solverVersion = 1

    /// The solved numbers of each frame, by key.
    private(set) var frames: [String: [[Double]]] = [:]

    public init() {}

    static func key(_ pose: Pose) -> String { "v\(solverVersion)-\(pose.fingerprint)" }

    /// The stored frames of a pose, when they are there and complete.
    func stored(_ pose: Pose) -> [[Double]]? {
        guard let f = frames[Self.key(pose)], f.count == pose.frames.count,
              f.allSatisfy({ $0.count == PoseSolver.variableCount && $0.allSatisfy(\.isFinite) }) else { return nil }
        return f
    }

    /// Solves each pose, for the left side and the right (its mirror image).
    public static func solving(_ poses: [Pose]) -> PoseSolutions {
        var out = PoseSolutions()
        for pose in poses {
            for p in [pose, PoseMirror.mirrored(pose)] {
                out.frames[key(p)] = PoseSolver(pose: p).solveAllNumbers(p.frames)
            }
        }
        return out
    }

    /// A number to millionths (a thousandth of a millimetre, or of a degree, is far finer than
    /// any picture shows), trailing zeros dropped: short numbers read fast at start-up.
    static func written(_ value: Double) -> String {
        let millionths = Int64((value * 1_000_000).rounded())
        let sign = millionths < 0 ? "-" : "", magnitude = millionths.magnitude
        let whole = magnitude / 1_000_000, fraction = magnitude % 1_000_000
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 6 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    /// The file's text: one line per pose, in key order, numbers to millionths.
    public var text: String {
        var s = "{\n  \"version\": \(Self.solverVersion),\n  \"frames\": {\n"
        let keys = frames.keys.sorted()
        for (i, k) in keys.enumerated() {
            let rows = frames[k]!.map { "[" + $0.map(Self.written).joined(separator: ", ") + "]" }.joined(separator: ", ")
            s += "    \"\(k)\": [\(rows)]" + (i == keys.count - 1 ? "\n" : ",\n")
        }
        return s + "  }\n}\n"
    }

    /// Reads the file; nil when it is not one (the caller says which file).
    public static func decode(_ bytes: [UInt8]) -> PoseSolutions? {
        guard let root = try? JSONParser.parse(bytes), case .object(let top) = root.value,
              let framesNode = top.first(where: { $0.key == "frames" })?.value, case .object(let entries) = framesNode.value else { return nil }
        var out = PoseSolutions()
        for e in entries {
            guard case .array(let list) = e.value.value else { return nil }
            var rows: [[Double]] = []
            for row in list {
                guard case .array(let numbers) = row.value else { return nil }
                var values: [Double] = []
                for n in numbers { guard case .number(let d, _) = n.value else { return nil }; values.append(d) }
                rows.append(values)
            }
            out.frames[e.key] = rows
        }
        return out
    }
}
