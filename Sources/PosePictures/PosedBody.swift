import RoutineModel

/// The body placed in the world: every joint's position and every segment's frame for one set of angles.
struct PosedBody {
    typealias P = BodyProportions

    /// One limb side's joints and segment frames.
    struct Limb {
        var root = Vector3.zero, middle = Vector3.zero, end = Vector3.zero, tip = Vector3.zero
        var upperFrame = Rotation.identity, lowerFrame = Rotation.identity, endFrame = Rotation.identity
        var heel = Vector3.zero, sole = Vector3.zero
    }

    var pelvis = Vector3.zero, waist = Vector3.zero, chest = Vector3.zero, neckBase = Vector3.zero, head = Vector3.zero
    var pelvisFrame = Rotation.identity, lumbarFrame = Rotation.identity, thoracicFrame = Rotation.identity, neckFrame = Rotation.identity
    var leftArm = Limb(), rightArm = Limb(), leftLeg = Limb(), rightLeg = Limb()

    /// Places the body; the angles are `values[from...]`, in the order of `JointAngle.all`.
    init(values: [Double], from: Int, tilt: BodyTilt, position: Vector3) {
        func a(_ j: Joint, _ m: JointMotion) -> Double {
            let slot = JointAngle.slots[j.ordinal][m.ordinal]
            return slot < 0 ? 0 : values[from + slot]
        }
        pelvis = position
        pelvisFrame = Rotation.z(tilt.yaw) * Rotation.y(tilt.pitch) * Rotation.x(-tilt.roll)
        let f = a(.spine, .flexion), sb = a(.spine, .sideBend), rot = a(.spine, .rotation)
        lumbarFrame = pelvisFrame * Rotation.y(0.4 * f) * Rotation.x(-0.4 * sb) * Rotation.z(0.4 * rot)
        waist = pelvis + lumbarFrame.apply(Vector3(x: 0, y: 0, z: P.lumbar))
        thoracicFrame = lumbarFrame * Rotation.y(0.6 * f) * Rotation.x(-0.6 * sb) * Rotation.z(0.6 * rot)
        chest = waist + thoracicFrame.apply(Vector3(x: 0.004, y: 0, z: P.thoracic * 0.5))
        neckBase = waist + thoracicFrame.apply(Vector3(x: 0, y: 0, z: P.thoracic))
        neckFrame = thoracicFrame * Rotation.y(a(.neck, .flexion)) * Rotation.x(-a(.neck, .sideBend)) * Rotation.z(a(.neck, .rotation))
        head = neckBase + neckFrame.apply(Vector3(x: 0.012, y: 0, z: P.neck + P.headRadius * 0.9))

        for left in [true, false] {
            let s: Double = left ? 1 : -1
            let sj: Joint = left ? .leftShoulder : .rightShoulder, ej: Joint = left ? .leftElbow : .rightElbow
            var arm = Limb()
            arm.root = neckBase + thoracicFrame.apply(Vector3(x: 0, y: s * P.shoulderHalfWidth, z: -P.shoulderDrop))
            arm.upperFrame = thoracicFrame * Rotation.y(-a(sj, .flexion)) * Rotation.x(s * a(sj, .abduction)) * Rotation.z(s * a(sj, .rotation))
            arm.middle = arm.root + arm.upperFrame.apply(Vector3(x: 0, y: 0, z: -P.upperArm))
            arm.lowerFrame = arm.upperFrame * Rotation.y(-a(ej, .flexion))
            arm.end = arm.middle + arm.lowerFrame.apply(Vector3(x: 0, y: 0, z: -P.forearm))
            arm.endFrame = arm.lowerFrame
            arm.tip = arm.end + arm.lowerFrame.apply(Vector3(x: 0, y: 0, z: -P.hand))
            if left { leftArm = arm } else { rightArm = arm }

            let hj: Joint = left ? .leftHip : .rightHip, kj: Joint = left ? .leftKnee : .rightKnee, aj: Joint = left ? .leftAnkle : .rightAnkle
            var leg = Limb()
            leg.root = pelvis + pelvisFrame.apply(Vector3(x: 0, y: s * P.hipHalfWidth, z: 0))
            leg.upperFrame = pelvisFrame * Rotation.y(-a(hj, .flexion)) * Rotation.x(s * a(hj, .abduction)) * Rotation.z(s * a(hj, .rotation))
            leg.middle = leg.root + leg.upperFrame.apply(Vector3(x: 0, y: 0, z: -P.thigh))
            leg.lowerFrame = leg.upperFrame * Rotation.y(a(kj, .flexion))
            leg.end = leg.middle + leg.lowerFrame.apply(Vector3(x: 0, y: 0, z: -P.shin))
            leg.endFrame = leg.lowerFrame * Rotation.y(-a(aj, .flexion))
            leg.heel = leg.end + leg.endFrame.apply(Vector3(x: -P.heelBack, y: 0, z: -P.ankleHeight + P.heelRadius))
            leg.tip = leg.end + leg.endFrame.apply(Vector3(x: P.toesForward, y: 0, z: -P.ankleHeight + P.toesRadius))
            leg.sole = leg.end + leg.endFrame.apply(Vector3(x: 0.04, y: 0, z: -P.ankleHeight + P.toesRadius))
            if left { leftLeg = leg } else { rightLeg = leg }
        }
    }

    func arm(left: Bool) -> Limb { left ? leftArm : rightArm }
    func leg(left: Bool) -> Limb { left ? leftLeg : rightLeg }

    /// A sphere standing for a place: its centre and radius.
    func sphere(_ place: BodyPlace) -> (center: Vector3, radius: Double) {
        let left = place.rawValue.hasPrefix("left-")
        switch place {
        case .head: return (head, P.headRadius)
        case .chest: return (chest + thoracicFrame.apply(Vector3(x: 0.01, y: 0, z: 0)), P.chestRadius)
        case .seat: return (pelvis + pelvisFrame.apply(Vector3(x: -0.02, y: 0, z: 0.0)), P.pelvisRadius)
        case .upperBack: return (chest, P.chestRadius)
        case .leftShoulder, .rightShoulder: return (arm(left: left).root, P.shoulderRadius)
        case .leftElbow, .rightElbow: return (arm(left: left).middle, P.upperArmRadius.1)
        case .leftForearm, .rightForearm: let a = arm(left: left); return ((a.middle + a.end) * 0.5, (P.forearmRadius.0 + P.forearmRadius.1) / 2)
        case .leftHand, .rightHand: let a = arm(left: left); return ((a.end + a.tip) * 0.5, P.handRadius.0)
        case .leftThigh, .rightThigh: let l = leg(left: left); return ((l.root + l.middle) * 0.5, (P.thighRadius.0 + P.thighRadius.1) / 2)
        case .leftKnee, .rightKnee: return (leg(left: left).middle, P.thighRadius.1)
        case .leftCalf, .rightCalf: let l = leg(left: left); return ((l.middle + l.end) * 0.5, (P.shinRadius.0 + P.shinRadius.1) / 2)
        case .leftAnkle, .rightAnkle: return (leg(left: left).end, P.shinRadius.1)
        case .leftHeel, .rightHeel: return (leg(left: left).heel, P.heelRadius)
        case .leftFoot, .rightFoot: return (leg(left: left).sole, P.toesRadius)
        case .leftToes, .rightToes: return (leg(left: left).tip, P.toesRadius)
        }
    }

    /// The stretch of body a segment place names: its two ends and their radii.
    func segment(_ place: BodyPlace) -> (a: Vector3, b: Vector3, ra: Double, rb: Double)? {
        let left = place.rawValue.hasPrefix("left-")
        switch place {
        case .leftThigh, .rightThigh: let l = leg(left: left); return (l.root, l.middle, P.thighRadius.0, P.thighRadius.1)
        case .leftCalf, .rightCalf: let l = leg(left: left); return (l.middle, l.end, P.shinRadius.0, P.shinRadius.1)
        case .leftForearm, .rightForearm: let a = arm(left: left); return (a.middle, a.end, P.forearmRadius.0, P.forearmRadius.1)
        case .upperBack: return (neckBase + thoracicFrame.apply(Vector3(x: -0.01, y: 0, z: -0.02)), waist, P.chestRadius, P.waistRadius)
        case .seat: return (waist, pelvis + pelvisFrame.apply(Vector3(x: -0.02, y: 0, z: 0)), P.waistRadius, P.pelvisRadius)
        default: return nil
        }
    }

    /// Every sphere of the body, for keeping it above the floor.
    var allSpheres: [(Vector3, Double)] {
        var out: [(Vector3, Double)] = [(head, P.headRadius), (chest, P.chestRadius), (waist, P.waistRadius), (pelvis, P.pelvisRadius * 0.9)]
        for arm in [leftArm, rightArm] {
            out += [(arm.root, P.shoulderRadius), (arm.middle, P.upperArmRadius.1), (arm.end, P.forearmRadius.1), (arm.tip, P.handRadius.1)]
        }
        for leg in [leftLeg, rightLeg] {
            out += [(leg.middle, P.thighRadius.1), (leg.end, P.shinRadius.1), (leg.heel, P.heelRadius), (leg.tip, P.toesRadius)]
        }
        return out
    }
}
