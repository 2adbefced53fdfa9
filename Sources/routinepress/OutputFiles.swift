import Foundation
import RoutinePress

/// Puts a rendered document where the user asked: a file, numbered PNG files, or stdout.
enum OutputFiles {
    static func write(_ document: RenderedDocument, to destination: String, format: RenderOptions.Format) throws(RoutinePressError) {
        if destination == "-" {
            Standard.output(document.files[0])
            return
        }
        switch format {
        case .pdf:
            try AtomicFile.write(document.files[0], to: destination)
        case .png:
            let url = URL(fileURLWithPath: destination)
            let stem = url.pathExtension.lowercased() == "png" ? url.deletingPathExtension().path : url.path
            for (i, png) in document.files.enumerated() {
                try AtomicFile.write(png, to: "\(stem)-\(i + 1).png")
            }
        }
    }
}
