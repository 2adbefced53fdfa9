/// What sort of exercise an entry is; decides its place in the recommended order.
public enum ExerciseKind: String, CaseIterable, Hashable, Sendable, Codable {
    case foamRolling = "foam-rolling"
    case dynamic
    case staticStretch = "static-stretch"
    case mobility
    case strength

    /// The position in the recommended order: rolling, then dynamic drills, then static stretching.
    public var orderRank: Int {
        switch self {
        case .foamRolling: return 0
        case .dynamic, .mobility, .strength: return 1
        case .staticStretch: return 2
        }
    }
}
