import PageGraphics
import PosePictures
import RoutineLayout
import RoutineModel

/// The pictures of catalog exercises, for layout: drawn from their poses, once per worker.
final class CatalogPictures: PictureSource {
    let poses: PoseLibrary
    init(poses: PoseLibrary) { self.poses = poses }

    func picture(for exercise: Exercise, side: Side?) -> CardPicture? {
        switch exercise.picture {
        case .pose(let pose): return .drawing(poses.picture(pose, id: exercise.id, muscles: exercise.muscles, secondary: exercise.secondary, side: side))
        case .svg(let path): return .svg(path: path)
        case nil: return nil
        }
    }
}
