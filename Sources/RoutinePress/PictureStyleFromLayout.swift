import PosePictures
import RoutineLayout

extension Layout {
    /// The colours of exercise pictures, named in the layout's `pictures` and `colors`.
    var pictureStyle: PictureStyle {
        PictureStyle(body: color(pictures.body), farBody: color(pictures.farBody), faintBody: color(pictures.faintBody), paper: .white,
                     prop: color(pictures.prop), propLight: color(pictures.propLight), floor: color(pictures.floor), mat: color(pictures.mat), arrow: color(pictures.arrow),
                     primary: color("figurePrimaryFill"), secondary: color("figureSecondaryFill"))
    }
}
