import RoutineModel

/// A solid piece of the figure: the convex outline around some spheres.
struct BodyPart {
    var spheres: [(Vector3, Double)]
}

/// A muscle region on one face of a part: a rounded band between two points, on the side the
/// face's normal points to. Seen head-on it fills most of the limb; seen edge-on it is a strip
/// along that edge; facing away it is hidden.
struct RegionPatch {
    var region: Region
    /// Which side of the body it is on (nil on the midline).
    var left: Bool?
    var a: Vector3, b: Vector3
    var ra: Double, rb: Double
    /// The face's outward direction, or nil for a region that wraps the whole part.
    var normal: Vector3?
}

/// The parts that move together and are drawn as one piece: a leg, an arm, the torso, the head.
struct BodyChain {
    enum Kind: Hashable { case leg(left: Bool), arm(left: Bool), torso, head }
    var kind: Kind
    var parts: [BodyPart]
    var patches: [RegionPatch]

    var left: Bool? {
        switch kind {
        case .leg(let l), .arm(let l): return l
        case .torso, .head: return nil
        }
    }

    /// Every chain of a posed body, each with its muscle regions.
    static func chains(of b: PosedBody) -> [BodyChain] {
        typealias P = BodyProportions
        var out: [BodyChain] = []
        func lerp(_ a: Vector3, _ c: Vector3, _ t: Double) -> Vector3 { a + (c - a) * t }
        func lerp(_ a: Double, _ c: Double, _ t: Double) -> Double { a + (c - a) * t }
        func band(_ region: Region, _ left: Bool?, _ a: Vector3, _ c: Vector3, _ r: (Double, Double), _ t0: Double, _ t1: Double, _ n: Vector3?) -> RegionPatch {
            RegionPatch(region: region, left: left, a: lerp(a, c, t0), b: lerp(a, c, t1), ra: lerp(r.0, r.1, t0), rb: lerp(r.0, r.1, t1), normal: n)
        }

        // The torso: lower (pelvis to waist) and upper (waist to shoulders), each with its regions.
        let pf = b.pelvisFrame, lf = b.lumbarFrame, tf = b.thoracicFrame
        let hipL = b.leftLeg.root, hipR = b.rightLeg.root
        let lowerTorso = BodyPart(spheres: [(hipL, P.hipRadius), (hipR, P.hipRadius), (b.pelvis + pf.apply(Vector3(x: -0.012, y: 0, z: 0.01)), P.pelvisRadius),
                                            (b.waist + lf.apply(Vector3(x: 0, y: 0.052, z: 0)), P.waistRadius * 0.8),
                                            (b.waist + lf.apply(Vector3(x: 0, y: -0.052, z: 0)), P.waistRadius * 0.8)])
        let upperTorso = BodyPart(spheres: [(b.leftArm.root, P.shoulderRadius), (b.rightArm.root, P.shoulderRadius),
                                            (b.chest + tf.apply(Vector3(x: 0, y: 0.045, z: 0)), P.chestRadius * 0.92),
                                            (b.chest + tf.apply(Vector3(x: 0, y: -0.045, z: 0)), P.chestRadius * 0.92),
                                            (b.waist + lf.apply(Vector3(x: 0, y: 0.05, z: 0.01)), P.waistRadius * 0.82),
                                            (b.waist + lf.apply(Vector3(x: 0, y: -0.05, z: 0.01)), P.waistRadius * 0.82)])
        let neck = BodyPart(spheres: [(b.neckBase, P.neckRadius * 1.1), (b.neckBase + b.neckFrame.apply(Vector3(x: 0.008, y: 0, z: P.neck * 0.8)), P.neckRadius)])
        var torsoPatches: [RegionPatch] = []
        for left in [true, false] {
            let s: Double = left ? 1 : -1
            let side = Vector3(x: 0, y: s * 0.045, z: 0)
            // Seat: the back of the pelvis.
            torsoPatches.append(band(.glutes, left, b.pelvis + pf.apply(side + Vector3(x: 0, y: 0, z: -0.045)), b.pelvis + pf.apply(side + Vector3(x: 0, y: 0, z: 0.05)),
                                     (0.062, 0.06), 0, 1, pf.apply(Vector3(x: -1, y: 0, z: 0))))
            torsoPatches.append(band(.hipFlexors, left, b.pelvis + pf.apply(side * 1.3 + Vector3(x: 0, y: 0, z: -0.01)), b.waist + lf.apply(side * 1.1),
                                     (0.05, 0.05), 0, 0.8, pf.apply(Vector3(x: 1, y: 0, z: 0))))
            torsoPatches.append(band(.lowerBack, left, b.pelvis + pf.apply(side * 0.6), b.waist + lf.apply(side * 0.6 + Vector3(x: 0, y: 0, z: 0.03)),
                                     (0.05, 0.05), 0.25, 1, lf.apply(Vector3(x: -1, y: 0, z: 0))))
            torsoPatches.append(band(.abs, left, b.pelvis + pf.apply(side * 0.55), b.chest + tf.apply(side * 0.55),
                                     (0.05, 0.055), 0.2, 0.85, lf.apply(Vector3(x: 1, y: 0, z: 0))))
            torsoPatches.append(band(.obliques, left, b.pelvis + pf.apply(side), b.chest + tf.apply(side),
                                     (0.05, 0.05), 0.25, 0.7, lf.apply(Vector3(x: 0, y: s, z: 0))))
            torsoPatches.append(band(.upperBack, left, b.waist + lf.apply(side * 0.8), b.neckBase + tf.apply(side * 0.9),
                                     (0.055, 0.045), 0.3, 0.95, tf.apply(Vector3(x: -1, y: 0, z: 0))))
            torsoPatches.append(band(.lats, left, b.waist + tf.apply(side * 1.2), b.neckBase + tf.apply(side * 1.3),
                                     (0.05, 0.045), 0.05, 0.6, tf.apply(Vector3(x: -0.6, y: s * 0.8, z: 0))))
            torsoPatches.append(band(.chest, left, b.waist + tf.apply(side), b.neckBase + tf.apply(side),
                                     (0.055, 0.05), 0.5, 0.92, tf.apply(Vector3(x: 1, y: 0, z: 0))))
        }
        torsoPatches.append(RegionPatch(region: .neck, left: nil, a: neck.spheres[0].0, b: neck.spheres[1].0, ra: P.neckRadius * 1.1, rb: P.neckRadius, normal: nil))
        out.append(BodyChain(kind: .torso, parts: [lowerTorso, upperTorso, neck], patches: torsoPatches))
        out.append(BodyChain(kind: .head, parts: [BodyPart(spheres: [(b.head, P.headRadius)])], patches: []))

        for left in [true, false] {
            let s: Double = left ? 1 : -1
            let leg = b.leg(left: left)
            let uf = leg.upperFrame, lwf = leg.lowerFrame
            let front = uf.apply(Vector3(x: 1, y: 0, z: 0)), outer = uf.apply(Vector3(x: 0, y: s, z: 0))
            let shinFront = lwf.apply(Vector3(x: 1, y: 0, z: 0))
            let thigh = BodyPart(spheres: [(leg.root, P.thighRadius.0), (lerp(leg.root, leg.middle, 0.45), (P.thighRadius.0 + P.thighRadius.1) / 2 + 0.002), (leg.middle, P.thighRadius.1)])
            let calfBelly = lerp(leg.middle, leg.end, 0.3) + lwf.apply(Vector3(x: -0.008, y: 0, z: 0))
            let shin = BodyPart(spheres: [(leg.middle, P.shinRadius.0 * 0.98), (calfBelly, P.shinRadius.0 * 0.98), (leg.end, P.shinRadius.1)])
            let foot = BodyPart(spheres: [(leg.end, P.shinRadius.1 * 0.95), (leg.heel, P.heelRadius), (leg.tip, P.toesRadius)])
            let patches = [
                band(.quads, left, leg.root, leg.middle, P.thighRadius, 0.3, 0.92, front),
                band(.hipFlexors, left, leg.root, leg.middle, P.thighRadius, 0.0, 0.28, front),
                band(.hamstrings, left, leg.root, leg.middle, P.thighRadius, 0.12, 0.9, front * -1),
                // The seat reaches below the hip joint to the gluteal fold, behind and a little outside:
                // a bent hip (a figure-four, lying on the back) shows it there, not on the pelvis.
                band(.glutes, left, leg.root, leg.middle, P.thighRadius, 0.0, 0.22, (front * -1 + outer * 0.5).normalized),
                band(.adductors, left, leg.root, leg.middle, P.thighRadius, 0.05, 0.75, outer * -1),
                band(.outerThigh, left, leg.root, leg.middle, P.thighRadius, 0.05, 0.9, outer),
                band(.calves, left, leg.middle, leg.end, (P.shinRadius.0, P.shinRadius.1), 0.08, 0.62, shinFront * -1),
                band(.shins, left, leg.middle, leg.end, (P.shinRadius.0, P.shinRadius.1), 0.12, 0.9, shinFront),
                RegionPatch(region: .feet, left: left, a: leg.heel, b: leg.tip, ra: P.heelRadius * 0.9, rb: P.toesRadius * 0.9, normal: nil),
            ]
            out.append(BodyChain(kind: .leg(left: left), parts: [thigh, shin, foot], patches: patches))

            let arm = b.arm(left: left)
            let af = arm.upperFrame
            let upper = BodyPart(spheres: [(arm.root, P.upperArmRadius.0), (arm.middle, P.upperArmRadius.1)])
            let fore = BodyPart(spheres: [(arm.middle, P.forearmRadius.0), (arm.end, P.forearmRadius.1)])
            let hand = BodyPart(spheres: [(arm.end, P.handRadius.0), (lerp(arm.end, arm.tip, 0.75), P.handRadius.1)])
            let armFront = af.apply(Vector3(x: 1, y: 0, z: 0))
            let armPatches = [
                RegionPatch(region: .shoulders, left: left, a: arm.root, b: lerp(arm.root, arm.middle, 0.28), ra: P.shoulderRadius * 0.95, rb: P.upperArmRadius.0 * 0.9, normal: nil),
                band(.biceps, left, arm.root, arm.middle, P.upperArmRadius, 0.35, 0.9, armFront),
                band(.triceps, left, arm.root, arm.middle, P.upperArmRadius, 0.35, 0.9, armFront * -1),
                RegionPatch(region: .forearms, left: left, a: lerp(arm.middle, arm.end, 0.1), b: lerp(arm.middle, arm.end, 0.85),
                            ra: P.forearmRadius.0 * 0.8, rb: P.forearmRadius.1 * 0.8, normal: nil),
            ]
            out.append(BodyChain(kind: .arm(left: left), parts: [upper, fore, hand], patches: armPatches))
        }
        return out
    }
}
