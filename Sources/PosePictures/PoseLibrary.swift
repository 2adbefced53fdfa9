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
}
