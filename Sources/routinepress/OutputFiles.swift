import Foundation
import RoutinePress

/// Puts a rendered document where the user asked: a file, numbered PNG files, or stdout.
enum OutputFiles {
    /// Fails early, before any work, when `path`'s folder is missing or read-only.
    static func checkWritable(_ path: String) throws(RoutinePressError) {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw .outputUnwritable(path: path, reason: "the folder \(dir) does not exist")
        }
        if access(dir, W_OK) != 0 { throw .outputUnwritable(path: path, reason: "the folder \(dir) is not writable") }
    }

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
