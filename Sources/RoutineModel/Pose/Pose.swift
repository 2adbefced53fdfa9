/// How to draw an exercise: the view, the body's joint angles for one or two key frames, the props
/// and what touches what, and the marks that show the movement.
public struct Pose: Hashable, Sendable {
    /// Where the picture is seen from.
    public enum View: String, CaseIterable, Hashable, Sendable {
        /// From the side of the working limb (most exercises).
        case side
        /// From in front of the person.
        case front
        /// From above.
        case top
    }

    public var view: View
    /// What the person is doing, in a sentence (the picture's alternative text).
    public var description: String
    /// The whole body's tilt: `pitch` leans forward (90 lies face down, -90 on the back),
    /// `roll` tips toward the left side, `yaw` turns toward the left; degrees.
    public var body: BodyTilt
    /// The angles of the first (or only) key frame; angles not given are 0, standing neutral.
    public var start: [JointAngle: Double]
    /// The angles that differ in the end frame, when the exercise moves between two positions.
    public var end: [JointAngle: Double]?
    public var props: [PoseProp]
    /// Places that rest on the floor, a prop or another place; the drawing is solved so they touch.
    public var contacts: [PoseContact]
    public var motion: [PoseMotion]
    /// Turns the view a little for a clearer picture: `turn` about the vertical, `tilt` from above; degrees.
    public var camera: CameraTurn

    public init(view: View, description: String, body: BodyTilt = BodyTilt(), start: [JointAngle: Double], end: [JointAngle: Double]? = nil,
                props: [PoseProp] = [], contacts: [PoseContact] = [], motion: [PoseMotion] = [], camera: CameraTurn = CameraTurn()) {
        self.view = view; self.description = description; self.body = body; self.start = start; self.end = end
        self.props = props; self.contacts = contacts; self.motion = motion; self.camera = camera
    }

    /// The angles of a frame: the start, with the end's changes for the end frame.
    public func angles(_ frame: PoseFrame) -> [JointAngle: Double] {
        guard frame == .end, let end else { return start }
        return start.merging(end) { _, e in e }
    }

    /// The key frames this pose has.
    public var frames: [PoseFrame] { end == nil ? [.start] : [.start, .end] }
}

/// One of a pose's key frames.
public enum PoseFrame: String, CaseIterable, Hashable, Sendable { case start, end }

/// The whole body's orientation, in degrees.
public struct BodyTilt: Hashable, Sendable {
    public var pitch: Double, roll: Double, yaw: Double
    public init(pitch: Double = 0, roll: Double = 0, yaw: Double = 0) { self.pitch = pitch; self.roll = roll; self.yaw = yaw }
}

/// A small turn of the camera away from the pose's view, in degrees.
public struct CameraTurn: Hashable, Sendable {
    public var turn: Double, tilt: Double
    public init(turn: Double = 0, tilt: Double = 0) { self.turn = turn; self.tilt = tilt }
}

/// Something the body uses: a foam roller, a wall, a step or a chair (the floor is always there).
public struct PoseProp: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// A foam roller, 15 cm across, lying across the floor under a limb.
        case roller
        /// A wall the body leans or holds on.
        case wall
        /// A step, 18 cm high, under a heel or foot.
        case step
        /// A chair whose back a hand holds, or whose seat the body sits on.
        case chair
        /// A cushion under a knee.
        case cushion
    }
    public var kind: Kind
    /// The place the prop lies under (roller, step, cushion) or that touches it (wall, chair).
    public var place: BodyPlace
    /// Where along a limb the roller lies, from its upper end (0) to its lower end (1).
    public var at: Double
    public init(kind: Kind, place: BodyPlace, at: Double = 0.5) { self.kind = kind; self.place = place; self.at = at }
}

/// A place of the body resting on something.
public struct PoseContact: Hashable, Sendable {
    /// What a place rests on.
    public enum Support: Hashable, Sendable {
        case floor
        case prop(PoseProp.Kind)
        case place(BodyPlace)
    }
    public var place: BodyPlace
    public var on: Support
    public init(_ place: BodyPlace, on: Support) { self.place = place; self.on = on }
}

/// A mark that shows how the exercise moves.
public enum PoseMotion: Hashable, Sendable {
    /// A double arrow along the limb on the roller.
    case roll
    /// A curved arrow that follows `place` from the start frame to the end frame.
    case swing(BodyPlace)
    /// A circular arrow around `place`.
    case circle(BodyPlace)
}
