/// A muscle region: the vocabulary that plans, the catalog and the body figures share.
public enum Region: String, CaseIterable, Hashable, Sendable, Codable {
    case calves, shins, feet, quads, hamstrings, glutes
    case hipFlexors = "hip-flexors"
    case adductors
    case outerThigh = "outer-thigh"
    case lowerBack = "lower-back"
    case upperBack = "upper-back"
    case lats, chest, shoulders, neck, abs, obliques, biceps, triceps, forearms
}
