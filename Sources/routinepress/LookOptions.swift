import ArgumentParser
import Foundation
import RoutinePress

/// A clinic's own look: a layout file over ours, and a folder of its fonts.
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A clinic's layout: a JSON file with \"extends\": \"take-home\" and only the keys it changes (colours, sizes, the logo box). It applies to every sheet.", valueName: "file"))
    var layout: String?

    @Option(help: ArgumentHelp("A folder with a fonts.json like Fonts/fonts.json, adding the clinic's faces; a layout style names them with \"family\".", valueName: "dir"))
    var fonts: String?

    @Flag(help: ArgumentHelp("Large print, for readers who need bigger type: body text 18 pt, headings 24 pt, nothing below 14 pt, one column, pictures and tick boxes grown to match (Layouts/take-home-large.json). A clinic's --layout can have it too, with \"extends\": \"take-home-large\"."))
    var largePrint = false

    func validate() throws {
        if largePrint, layout != nil {
            throw ValidationError("--large-print and --layout cannot be given together; write \"extends\": \"take-home-large\" in the layout file instead")
        }
    }

    /// The layout file and fonts folder, checked to be there; large print is our own layout file.
    func located(_ locator: ResourceLocator) throws(RoutinePressError) -> (layout: URL?, fonts: URL?) {
        if largePrint { return (locator.layout("take-home-large"), try fontsFolder()) }
        if let layout, !FileManager.default.isReadableFile(atPath: layout) { throw .inputUnreadable(file: layout, reason: "no such layout file") }
        return (layout.map { URL(fileURLWithPath: $0) }, try fontsFolder())
    }

    private func fontsFolder() throws(RoutinePressError) -> URL? {
        var isDir: ObjCBool = false
        if let fonts, !(FileManager.default.fileExists(atPath: fonts, isDirectory: &isDir) && isDir.boolValue) {
            throw .inputUnreadable(file: fonts, reason: "no such fonts folder")
        }
        return fonts.map { URL(fileURLWithPath: $0) }
    }
}
