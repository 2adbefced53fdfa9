import RoutineModel

/// The marks that show how an exercise moves: a double arrow along a rolled limb, an arc for a swing, a circle.
extension PoseLibrary {
    /// The arrows that show the movement.
    static func marks(_ pose: Pose, scenes: [PoseScene], last: PoseScene, into drawer: inout PictureDrawer, camera: Camera) {
        for mark in pose.motion {
            switch mark {
            case .roll:
                guard let roller = last.props.first(where: { $0.kind == .roller }), let seg = last.body.segment(roller.place) else { continue }
                let a = camera.project(seg.a), b = camera.project(seg.b)
                let du = b.u - a.u, dv = b.v - a.v, len = max(1e-6, (du * du + dv * dv).squareRoot())
                let t = PlanePoint(u: du / len, v: dv / len)
                // The arrow goes on the side of the limb away from the roller.
                let at = pose.props.first(where: { $0.kind == .roller })?.at ?? 0.5
                let mid = PlanePoint(u: a.u + du * at, v: a.v + dv * at)
                let rc = camera.project(roller.center)
                var n = PlanePoint(u: -t.v, v: t.u)
                if (rc.u - mid.u) * n.u + (rc.v - mid.v) * n.v > 0 { n = PlanePoint(u: -n.u, v: -n.v) }
                let r = seg.ra + (seg.rb - seg.ra) * at
                let off = r + 0.05
                let half = max(0.075, min(0.13, len * 0.32))
                let c = PlanePoint(u: mid.u + n.u * off, v: mid.v + n.v * off)
                drawer.doubleArrow(PlanePoint(u: c.u - t.u * half, v: c.v - t.v * half), PlanePoint(u: c.u + t.u * half, v: c.v + t.v * half))
            case .swing(let place):
                guard scenes.count == 2 else { continue }
                let s = camera.project(scenes[0].body.sphere(place).center), e = camera.project(last.body.sphere(place).center)
                let pivotPlace: Vector3 = place.rawValue.contains("hand") || place.rawValue.contains("elbow") || place.rawValue.contains("forearm")
                    ? last.body.arm(left: place.rawValue.hasPrefix("left")).root : last.body.leg(left: place.rawValue.hasPrefix("left")).root
                let pv = camera.project(pivotPlace)
                let a0 = atan2(s.v - pv.v, s.u - pv.u), a1raw = atan2(e.v - pv.v, e.u - pv.u)
                var a1 = a1raw
                while a1 - a0 > .pi { a1 -= 2 * .pi }
                while a1 - a0 < -.pi { a1 += 2 * .pi }
                let reach = max(((s.u - pv.u) * (s.u - pv.u) + (s.v - pv.v) * (s.v - pv.v)).squareRoot(),
                                ((e.u - pv.u) * (e.u - pv.u) + (e.v - pv.v) * (e.v - pv.v)).squareRoot())
                // Just beyond the place, unless that would dip below the floor: then just inside it.
                let lowest = pv.v - (reach + 0.07)
                let radius = lowest < 0.02 && camera.up.z > 0.6 ? reach - 0.07 : reach + 0.07
                let margin = 0.12 * (a1 > a0 ? 1 : -1)
                let from = a0 + margin, to = a1 - margin
                let pts = (0...20).map { i -> PlanePoint in
                    let a = from + (to - from) * Double(i) / 20
                    return PlanePoint(u: pv.u + radius * cos(a), v: pv.v + radius * sin(a))
                }
                drawer.curvedArrow(pts, both: true)
            case .circle(let place):
                // Just beyond the place, away from the joint it turns about, so the arrow does not cover it.
                let at = last.body.sphere(place).center
                let left = place.rawValue.hasPrefix("left")
                let from = place.rawValue.contains("knee") ? last.body.leg(left: left).root
                    : place.rawValue.contains("toes") || place.rawValue.contains("foot") ? last.body.leg(left: left).end : last.body.pelvis
                let p0 = camera.project(at), p1 = camera.project(from)
                let du = p0.u - p1.u, dv = p0.v - p1.v, l = max(1e-6, (du * du + dv * dv).squareRoot())
                let c = PlanePoint(u: p0.u + du / l * 0.06, v: p0.v + dv / l * 0.06)
                let pts = (0...24).map { i -> PlanePoint in
                    let a = 0.5 + Double(i) / 24 * 5.2
                    return PlanePoint(u: c.u + 0.075 * cos(a), v: c.v + 0.05 * sin(a))
                }
                drawer.curvedArrow(pts, both: false)
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
