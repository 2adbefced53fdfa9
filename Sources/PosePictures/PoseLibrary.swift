import PageGraphics
import RoutineModel

/// Exercise pictures drawn from poses, each solved and drawn once and then reused (one per worker).
public final class PoseLibrary {
    public let style: PictureStyle
    /// Poses solved ahead of time; others are solved when drawn.
    public let solutions: PoseSolutions
    private var drawings: [String: Drawing] = [:]

    public init(style: PictureStyle, solutions: PoseSolutions = PoseSolutions()) { self.style = style; self.solutions = solutions }

    /// The picture of an exercise done with `side` (left or right lights and shows that side;
    /// otherwise the picture faces right and lights both sides). `frame` draws one key frame only.
    public func picture(_ pose: Pose, id: String, muscles: [Region], secondary: [Region], side: Side?, frame: PoseFrame? = nil) -> Drawing {
        // Each side apart, and "each" (the working limb lit) apart from both sides lit.
        let sideName = side?.rawValue ?? Side.both.rawValue
        let key = "pose:\(id):\(sideName):\(frame?.rawValue ?? "all"):\(muscles.map(\.rawValue).joined(separator: ",")):\(secondary.map(\.rawValue).joined(separator: ","))"
        if let d = drawings[key] { return d }
        let d = Self.drawer(pose, muscles: muscles, secondary: secondary, side: side, frame: frame, style: style, solutions: solutions)
            .drawing(key: key, description: pose.description)
        if drawings.count > 512 { drawings.removeAll() }
        drawings[key] = d
        return d
    }

    /// What the solver did to each key frame, in words: contacts that do not touch, parts below
    /// the floor, and every angle it moved by more than 2 degrees.
    public static func explain(_ pose: Pose, side: Side?) -> [String] {
        let p = side == .left ? pose : PoseMirror.mirrored(pose)
        let solver = PoseSolver(pose: p)
        var lines: [String] = []
        for (frame, scene) in zip(p.frames, solver.solveAll(p.frames)) {
            lines.append("\(frame.rawValue) frame:")
            for (what, gap) in solver.labelledGaps(scene) {
                let mm = gap * 1700
                lines.append(abs(gap) <= PoseSolver.tolerance ? "  touches: \(what)" : "  does not touch by \(Int(mm.rounded())) mm: \(what)")
            }
            let low = scene.body.allSpheres.map { $0.0.z - $0.1 }.min() ?? 0
            if low < -PoseSolver.tolerance { lines.append("  sinks \(Int((-low * 1700).rounded())) mm below the floor") }
            let wanted = p.angles(frame)
            for k in JointAngle.all {
                let a = wanted[k] ?? 0, b = scene.angles[k] ?? 0
                if abs(a - b) > 2 { lines.append("  moved \(k.joint.rawValue) \(k.motion.rawValue) from \(Int(a.rounded())) to \(Int(b.rounded()))") }
            }
            if abs(scene.tilt.pitch - p.body.pitch) > 2 { lines.append("  moved the body's pitch from \(Int(p.body.pitch.rounded())) to \(Int(scene.tilt.pitch.rounded()))") }
            if abs(scene.tilt.roll - p.body.roll) > 2 { lines.append("  moved the body's roll from \(Int(p.body.roll.rounded())) to \(Int(scene.tilt.roll.rounded()))") }
        }
        return lines
    }

    /// The solved key frame, for checking the geometry.
    public static func solve(_ pose: Pose, solutions: PoseSolutions = PoseSolutions()) -> [SolvedPose] {
        let solver = PoseSolver(pose: pose)
        let scenes = solutions.stored(pose).map(solver.scenes) ?? solver.solveAll(pose.frames)
        return scenes.map { SolvedPose(scene: $0, gaps: solver.contactGaps($0)) }
    }

    /// The muscle regions a picture shows lit (for checking that they are the exercise's).
    public static func litPatches(_ pose: Pose, muscles: [Region], secondary: [Region], side: Side?, style: PictureStyle,
                                  solutions: PoseSolutions = PoseSolutions()) -> [LitPatch] {
        drawer(pose, muscles: muscles, secondary: secondary, side: side, frame: nil, style: style, solutions: solutions).litPatches
    }

    static func draw(_ authored: Pose, key: String, muscles: [Region], secondary: [Region], side: Side?, frame: PoseFrame?, style: PictureStyle) -> Drawing {
        drawer(authored, muscles: muscles, secondary: secondary, side: side, frame: frame, style: style).drawing(key: key, description: authored.description)
    }

    static func drawer(_ authored: Pose, muscles: [Region], secondary: [Region], side: Side?, frame: PoseFrame?, style: PictureStyle,
                       solutions: PoseSolutions = PoseSolutions()) -> PictureDrawer {
        // Poses are written for the left side; the right side is their mirror image.
        let showLeft = side == .left
        let pose = showLeft ? authored : PoseMirror.mirrored(authored)
        let camera = Camera(view: pose.view, fromLeft: showLeft, turn: pose.camera)
        var lit: [Region: FigureItem.Strength] = [:]
        for r in secondary { lit[r] = .secondary }
        for r in muscles { lit[r] = .primary }
        // One side at a time (left, right, each) lights the working limb only; both sides at once lights both.
        let litSide: Bool? = side == .left ? true : (side == .right || side == .each) ? false : nil
        var drawer = PictureDrawer(style: style, camera: camera, lit: lit, litSide: litSide, nearLeft: showLeft)
        let solver = PoseSolver(pose: pose)
        let all = solutions.stored(pose).map(solver.scenes) ?? solver.solveAll(pose.frames)
        let scenes = frame.map { f in [all[pose.frames.firstIndex(of: f) ?? 0]] } ?? all
        for (i, scene) in scenes.enumerated() { drawer.body(scene, faint: i < scenes.count - 1) }
        if let last = scenes.last { marks(pose, scenes: scenes, last: last, into: &drawer, camera: camera) }
        drawer.floor()
        return drawer
    }

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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
