import RoutineModel

/// Projects the world onto the picture plane (orthographic): right, up, and toward the viewer.
struct Camera {
    var right: Vector3, up: Vector3, toward: Vector3

    /// The camera of a view; `fromLeft` puts a side view's camera on the person's left.
    init(view: Pose.View, fromLeft: Bool, turn: CameraTurn) {
        switch view {
        case .side:
            toward = Vector3(x: 0, y: fromLeft ? 1 : -1, z: 0)
            up = Vector3(x: 0, y: 0, z: 1)
        case .front:
            toward = Vector3(x: 1, y: 0, z: 0)
            up = Vector3(x: 0, y: 0, z: 1)
        case .top:
            toward = Vector3(x: 0, y: 0, z: 1)
            up = Vector3(x: 0, y: fromLeft ? 1 : -1, z: 0)
        }
        if turn.turn != 0 {
            let r = Rotation.z(turn.turn)
            toward = r.apply(toward); up = r.apply(up)
        }
        if turn.tilt != 0 {
            let a = turn.tilt * .pi / 180
            let t = toward * cos(a) + up * sin(a)
            up = up * cos(a) - toward * sin(a)
            toward = t
        }
        right = up.cross(toward).normalized
    }

    func project(_ p: Vector3) -> PlanePoint { PlanePoint(u: p.dot(right), v: p.dot(up)) }
    func depth(_ p: Vector3) -> Double { p.dot(toward) }
    func circle(_ c: Vector3, _ r: Double) -> PlaneCircle { PlaneCircle(center: project(c), radius: r) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
