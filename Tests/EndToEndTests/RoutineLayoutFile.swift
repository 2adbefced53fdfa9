import Foundation
import RoutineLayout

/// The repository's take-home layout.
enum RoutineLayoutFile {
    static func load() throws -> Layout { try Layout.load(contentsOf: Tools.root.appendingPathComponent("Layouts/take-home.json")) }
}
