/// The picture of how an exercise is done.
public enum ExercisePicture: Hashable, Sendable {
    /// Drawn from a pose by RoutinePress.
    case pose(Pose)
    /// An SVG file a clinic drew, by absolute path.
    case svg(String)
}
