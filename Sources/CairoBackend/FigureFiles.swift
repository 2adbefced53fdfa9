import Foundation

/// The body-figure SVG files, read once; each thread's `FigureLibrary` parses them.
public struct FigureFiles: Sendable {
    /// One view's file.
    public struct View: Sendable {
        public var name: String
        public var path: String
        public var bytes: [UInt8]
    }

    public var views: [View]

    /// Reads `names` (such as front, back) from `folder`, as `name.svg`.
    public init(folder: URL, names: [String]) throws(RenderError) {
        views = []
        for name in names {
            let path = folder.appendingPathComponent(name + ".svg").path
            guard let data = FileManager.default.contents(atPath: path) else { throw RenderError(.figure(file: path), "is missing", hint: "reinstall the tool's Figures folder") }
            views.append(View(name: name, path: path, bytes: Array(data)))
        }
    }
}
