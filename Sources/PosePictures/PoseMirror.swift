import RoutineModel

/// The same pose done with the other side of the body.
enum PoseMirror {
    static func mirrored(_ pose: Pose) -> Pose {
        var p = pose
        p.start = angles(pose.start)
        p.end = pose.end.map(angles)
        p.body = BodyTilt(pitch: pose.body.pitch, roll: -pose.body.roll, yaw: -pose.body.yaw)
        p.camera = CameraTurn(turn: -pose.camera.turn, tilt: pose.camera.tilt)
        p.props = pose.props.map { PoseProp(kind: $0.kind, place: $0.place.mirrored, at: $0.at) }
        p.contacts = pose.contacts.map { c in
            switch c.on {
            case .place(let other): return PoseContact(c.place.mirrored, on: .place(other.mirrored))
            default: return PoseContact(c.place.mirrored, on: c.on)
            }
        }
        p.motion = pose.motion.map {
            switch $0 {
            case .roll: return .roll
            case .swing(let place): return .swing(place.mirrored)
            case .circle(let place): return .circle(place.mirrored)
            }
        }
        return p
    }

    static func angles(_ a: [JointAngle: Double]) -> [JointAngle: Double] {
        var out: [JointAngle: Double] = [:]
        for (k, v) in a {
            let midline = k.joint == .spine || k.joint == .neck
            let flips = midline && (k.motion == .sideBend || k.motion == .rotation)
            out[JointAngle(k.joint.mirrored, k.motion)] = flips ? -v : v
        }
        return out
    }
}
