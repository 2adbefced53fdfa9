import RoutineModel

/// A solved key frame's geometry, for tests and checks.
public struct SolvedPose {
    let scene: PoseScene
    /// How far each contact is from touching, in body heights.
    public let gaps: [Double]
    init(scene: PoseScene, gaps: [Double]) { self.scene = scene; self.gaps = gaps }

    /// The lowest point of the body above the floor (negative when something sinks), in body heights.
    public var lowestPoint: Double { scene.body.allSpheres.map { $0.0.z - $0.1 }.min() ?? 0 }
    /// The angles the solver settled on.
    public var angles: [JointAngle: Double] { scene.angles }
    /// The length of each limb segment, by name, in body heights.
    public var segmentLengths: [String: Double] {
        var out: [String: Double] = [:]
        for (name, left) in [("left", true), ("right", false)] {
            let leg = scene.body.leg(left: left), arm = scene.body.arm(left: left)
            out["\(name)-thigh"] = (leg.middle - leg.root).length
            out["\(name)-shin"] = (leg.end - leg.middle).length
            out["\(name)-upper-arm"] = (arm.middle - arm.root).length
            out["\(name)-forearm"] = (arm.end - arm.middle).length
        }
        out["trunk"] = (scene.body.waist - scene.body.pelvis).length + (scene.body.neckBase - scene.body.waist).length
        return out
    }
    /// The height of a place's lowest point above the floor, in body heights.
    public func height(of place: BodyPlace) -> Double { let s = scene.body.sphere(place); return s.center.z - s.radius }
    /// The lowest point of every prop: 0 when it stands on the floor.
    public var propBottoms: [Double] {
        scene.props.map { p in p.kind == .roller ? p.center.z - BodyProportions.rollerRadius : 0 }
    }
}
