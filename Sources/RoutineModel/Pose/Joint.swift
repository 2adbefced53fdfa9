/// A joint of the pose skeleton, with the movements it allows and their ranges in degrees.
///
/// Ranges are typical active ranges from neutral standing (AAOS norms): a pose that needs more is
/// drawn wrong or asks too much of the patient.
public enum Joint: String, CaseIterable, Hashable, Sendable {
    case spine, neck
    case leftShoulder = "left-shoulder", rightShoulder = "right-shoulder"
    case leftElbow = "left-elbow", rightElbow = "right-elbow"
    case leftHip = "left-hip", rightHip = "right-hip"
    case leftKnee = "left-knee", rightKnee = "right-knee"
    case leftAnkle = "left-ankle", rightAnkle = "right-ankle"

    /// The movements this joint allows, each with its range in degrees.
    public var ranges: [(JointMotion, ClosedRange<Double>)] {
        switch self {
        case .spine: return [(.flexion, -25...80), (.sideBend, -35...35), (.rotation, -45...45)]
        case .neck: return [(.flexion, -45...45), (.sideBend, -45...45), (.rotation, -70...70)]
        case .leftShoulder, .rightShoulder: return [(.flexion, -60...180), (.abduction, -30...180), (.rotation, -90...90)]
        case .leftElbow, .rightElbow: return [(.flexion, 0...150)]
        case .leftHip, .rightHip: return [(.flexion, -30...120), (.abduction, -30...45), (.rotation, -45...45)]
        case .leftKnee, .rightKnee: return [(.flexion, 0...135)]
        case .leftAnkle, .rightAnkle: return [(.flexion, -50...20)]
        }
    }

    /// The joint's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .spine: return 0
        case .neck: return 1
        case .leftShoulder: return 2
        case .rightShoulder: return 3
        case .leftElbow: return 4
        case .rightElbow: return 5
        case .leftHip: return 6
        case .rightHip: return 7
        case .leftKnee: return 8
        case .rightKnee: return 9
        case .leftAnkle: return 10
        case .rightAnkle: return 11
        }
    }

    /// The range of one movement, or nil when the joint does not make it.
    public func range(_ motion: JointMotion) -> ClosedRange<Double>? { ranges.first { $0.0 == motion }?.1 }

    /// The same joint on the other side of the body (the spine and neck are their own mirror).
    public var mirrored: Joint {
        let r = rawValue
        if r.hasPrefix("left-") { return Joint(rawValue: "right-" + r.dropFirst(5))! }
        if r.hasPrefix("right-") { return Joint(rawValue: "left-" + r.dropFirst(6))! }
        return self
    }
}

/// A way a joint moves. Flexion of the ankle means lifting the toes (dorsiflexion); negative values
/// are the opposite movement (extension, adduction, inward rotation, pointing the toes).
public enum JointMotion: String, CaseIterable, Hashable, Sendable {
    case flexion, abduction, rotation
    case sideBend = "side-bend"

    /// The motion's position in `allCases`.
    public var ordinal: Int {
        switch self {
        case .flexion: return 0
        case .abduction: return 1
        case .rotation: return 2
        case .sideBend: return 3
        }
    }
}

/// One number of a pose: how far a joint is moved in one way, in degrees.
public struct JointAngle: Hashable, Sendable, Comparable {
    public var joint: Joint
    public var motion: JointMotion
    public init(_ joint: Joint, _ motion: JointMotion) { self.joint = joint; self.motion = motion }

    public static func < (a: JointAngle, b: JointAngle) -> Bool {
        (a.joint.rawValue, a.motion.rawValue) < (b.joint.rawValue, b.motion.rawValue)
    }

    /// Every angle the skeleton has, in a fixed order.
    public static let all: [JointAngle] = Joint.allCases.flatMap { j in j.ranges.map { JointAngle(j, $0.0) } }

    /// Each angle's place in `all`, by joint then motion (-1 where the joint does not make it).
    public static let slots: [[Int]] = Joint.allCases.map { j in
        JointMotion.allCases.map { m in all.firstIndex(of: JointAngle(j, m)) ?? -1 }
    }

    /// This angle's place in `all`.
    public var slot: Int { Self.slots[joint.ordinal][motion.ordinal] }
}
