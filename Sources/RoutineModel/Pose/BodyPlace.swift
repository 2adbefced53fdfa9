/// A named place on the body that can touch the floor, a prop or another place.
public enum BodyPlace: String, CaseIterable, Hashable, Sendable {
    case head, chest, seat
    case upperBack = "upper-back"
    case leftShoulder = "left-shoulder", rightShoulder = "right-shoulder"
    case leftElbow = "left-elbow", rightElbow = "right-elbow"
    case leftForearm = "left-forearm", rightForearm = "right-forearm"
    case leftHand = "left-hand", rightHand = "right-hand"
    case leftThigh = "left-thigh", rightThigh = "right-thigh"
    case leftKnee = "left-knee", rightKnee = "right-knee"
    case leftCalf = "left-calf", rightCalf = "right-calf"
    case leftAnkle = "left-ankle", rightAnkle = "right-ankle"
    case leftHeel = "left-heel", rightHeel = "right-heel"
    case leftFoot = "left-foot", rightFoot = "right-foot"
    case leftToes = "left-toes", rightToes = "right-toes"

    /// Whether the place is a stretch of a limb (a roller can lie under it and roll along it).
    public var isSegment: Bool {
        switch self {
        case .leftForearm, .rightForearm, .leftThigh, .rightThigh, .leftCalf, .rightCalf, .upperBack, .seat: return true
        default: return false
        }
    }

    /// The same place on the other side of the body.
    public var mirrored: BodyPlace {
        let r = rawValue
        if r.hasPrefix("left-") { return BodyPlace(rawValue: "right-" + r.dropFirst(5))! }
        if r.hasPrefix("right-") { return BodyPlace(rawValue: "left-" + r.dropFirst(6))! }
        return self
    }
}
