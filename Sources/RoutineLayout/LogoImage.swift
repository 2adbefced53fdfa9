import PageGraphics
import RoutineModel

extension ImageItem {
    /// The clinic's logo fitted into `size`: its file, or the bytes that came with the plan.
    public init(logo: Logo, size: Size) {
        switch logo.source {
        case .file(let path): self.init(path: path, size: size)
        case .png(let name, let bytes): self.init(path: name, png: PNGBytes(name: name, bytes: bytes), size: size)
        }
    }
}

