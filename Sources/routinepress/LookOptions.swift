import ArgumentParser
import Foundation
import RoutinePress

/// A clinic's own look: a layout file over ours, and a folder of its fonts.
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A clinic's layout: a JSON file with \"extends\": \"take-home\" and only the keys it changes (colours, sizes, the logo box). It applies to every sheet.", valueName: "file"))
    var layout: String?

    @Option(help: ArgumentHelp("A folder with a fonts.json like Fonts/fonts.json, adding the clinic's faces; a layout style names them with \"family\".", valueName: "dir"))
    var fonts: String?

    /// The layout file and fonts folder, checked to be there.
    func located() throws(RoutinePressError) -> (layout: URL?, fonts: URL?) {
        if let layout, !FileManager.default.isReadableFile(atPath: layout) { throw .inputUnreadable(file: layout, reason: "no such layout file") }
        var isDir: ObjCBool = false
        if let fonts, !(FileManager.default.fileExists(atPath: fonts, isDirectory: &isDir) && isDir.boolValue) {
            throw .inputUnreadable(file: fonts, reason: "no such fonts folder")
        }
        return (layout.map { URL(fileURLWithPath: $0) }, fonts.map { URL(fileURLWithPath: $0) })
    }
}
