import Foundation
@testable import RoutineModel

/// Files of the repository that tests read.
enum Fixtures {
    /// The repository's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bytes of a file in Examples/.
    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("Examples").appendingPathComponent(name)))
    }

    /// The words of a shipped language.
    static func wording(_ code: String) -> Wording {
        Wording(try! LanguageStrings.load(contentsOf: root.appendingPathComponent("Layouts/strings/\(code).json")))
    }
    static let english = wording("en")

    /// The built-in catalog file's URL.
    static var catalog: URL { root.appendingPathComponent("Layouts/exercises.json") }
}
