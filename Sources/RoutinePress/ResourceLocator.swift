import Foundation

/// Finds the folder holding `Layouts/` and `Fonts/`: an explicit path, `ROUTINEPRESS_HOME`,
/// the folders above the executable (a build inside the repository), or the install location.
public struct ResourceLocator: Sendable {
    /// The folder holding `Layouts/` and `Fonts/`.
    public var root: URL

    public init(root: URL) { self.root = root }

    public var layouts: URL { root.appendingPathComponent("Layouts") }
    public var fonts: URL { root.appendingPathComponent("Fonts") }
    public var catalog: URL { layouts.appendingPathComponent("exercises.json") }
    public var schema: URL { layouts.appendingPathComponent("plan.schema.json") }
    public var figures: URL { layouts.appendingPathComponent("figures") }
    /// The built-in poses, solved ahead of time.
    public var solvedPoses: URL { layouts.appendingPathComponent("solved-poses.json") }
    public var raceWeekDefaults: URL { layouts.appendingPathComponent("race-week-defaults.json") }
    /// The words of each language a sheet can be printed in.
    public var strings: URL { layouts.appendingPathComponent("strings") }
    public func layout(_ name: String) -> URL { layouts.appendingPathComponent(name + ".json") }

    /// Looks in the usual places; the error says where it looked.
    public static func find(explicit: String? = nil) throws(RoutinePressError) -> ResourceLocator {
        var tried: [String] = []
        func usable(_ url: URL) -> Bool {
            tried.append(url.path)
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("Layouts/take-home.json").path)
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            if usable(url) { return ResourceLocator(root: url) }
            throw .resourcesMissing("no Layouts/take-home.json under \(explicit)")
        }
        if let home = ProcessInfo.processInfo.environment["ROUTINEPRESS_HOME"], !home.isEmpty {
            let url = URL(fileURLWithPath: home)
            if usable(url) { return ResourceLocator(root: url) }
        }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first.map(Self.resolvedExecutable) ?? "").deletingLastPathComponent()
        for _ in 0..<6 {
            if usable(dir) { return ResourceLocator(root: dir) }
            dir.deleteLastPathComponent()
        }
        for path in ["/usr/local/share/routinepress", "/usr/share/routinepress"] where usable(URL(fileURLWithPath: path)) {
            return ResourceLocator(root: URL(fileURLWithPath: path))
        }
        throw .resourcesMissing("cannot find the Layouts and Fonts folders (looked in \(tried.joined(separator: ", "))); set ROUTINEPRESS_HOME to the folder that holds them")
    }

    /// The executable's real path, following symbolic links.
    static func resolvedExecutable(_ arg0: String) -> String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return URL(fileURLWithPath: arg0).resolvingSymlinksInPath().path
    }
}
