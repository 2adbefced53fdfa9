import PageGraphics
import RoutineModel

/// Where layout gets an exercise's picture of how it is done (drawn from its pose or file).
public protocol PictureSource: AnyObject {
    /// The picture of `exercise` done on `side`, or nil when the exercise has none.
    func picture(for exercise: Exercise, side: Side?) -> CardPicture?
}

/// An exercise's picture as layout places it.
public enum CardPicture {
    /// Drawn from a pose, at the layout's one scale.
    case drawing(Drawing)
    /// A clinic's SVG file, fitted into the picture box.
    case svg(path: String)
}
