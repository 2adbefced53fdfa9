import CairoBackend
import Foundation
import PageGraphics
import PosePictures
import RoutineLayout
import RoutineModel

/// The pictures of catalog exercises, for layout: drawn from their poses, once per worker.
///
/// A single document can have its pictures drawn ahead on a second thread (`drawAhead`) while
/// the first lays out its text; the lock keeps the pose library to one thread at a time.
final class CatalogPictures: PictureSource, @unchecked Sendable {
    private let poses: PoseLibrary
    private let lock = NSLock()
    init(poses: PoseLibrary) { self.poses = poses }

    func picture(for exercise: Exercise, side: Side?) -> CardPicture? {
        switch exercise.picture {
        case .pose(let pose):
            return .drawing(lock.withLock { poses.picture(pose, id: exercise.id, muscles: exercise.muscles, secondary: exercise.secondary, side: side) })
        case .svg(let path): return .svg(path: path)
        case nil: return nil
        }
    }

    /// One picture of the pose library under the lock (a pose page, a single frame).
    func withPoses<T>(_ body: (PoseLibrary) -> T) -> T { lock.withLock { body(poses) } }

    /// Starts drawing the items' pictures, in order, and encoding their PDF forms into `forms`;
    /// `wait` on the result before the engine is used for anything else.
    func drawAhead(_ items: [RoutineItem], forms: DrawingForms) -> Background<Void, Never> {
        Background { [self] in
            for item in items {
                if case .drawing(let d)? = picture(for: item.exercise, side: item.dose.side) { forms.prepare(d) }
            }
        }
    }
}
