import CairoBackend
import Foundation
import RoutineModel

/// What a resumed batch compares to tell a finished plan from one to render again: a digest of
/// the run's settings (render options, the program itself, and every file of the layouts,
/// catalog and fonts list it reads), and per plan a digest of those settings with the plan's
/// bytes, where it was read (messages name it), the logo file it names, and today's date when
/// the sheet prints it (no `date` in the plan, no `--date`): so a worker restarted after
/// midnight redoes only the sheets whose printed date would change.
struct BatchFingerprint: Sendable {
    /// The settings' digest, in hex.
    let settings: String
    /// The date a plan without its own prints, when no `--date` fixes it.
    private let today: String?

    init(_ options: BatchOptions) {
        let c = Checksum()
        let r = options.render
        c.add(Array("paper \(r.paper.map { "\($0)" } ?? "plan's") format \(r.format.rawValue) dpi \(r.dpi) figures \(r.figures) patient \(r.patientInMetadata) date \(r.creationDate.map { "\($0)" } ?? "today")\n".utf8))
        var files = Self.files(under: options.resources.layouts) + [options.resources.fonts.appendingPathComponent("fonts.json")]
        for extra in [options.extraCatalog, options.layout] { if let extra { files.append(extra) } }
        if let fonts = options.fonts { files += Self.files(under: fonts) }
        for file in files {
            c.add(Array(file.lastPathComponent.utf8))
            if let data = FileManager.default.contents(atPath: file.path) { c.add(Array(data)) }
        }
        // Another build draws other sheets: its output is not this one's.
        if let id = Self.buildID(of: "/proc/self/exe") { c.add(Array("build ".utf8) + id) } else { Self.addFile("/proc/self/exe", to: c) }
        settings = c.hex()
        today = r.creationDate == nil ? "\(RenderEngine.today())" : nil
    }

    /// The digest of one plan, read from `source`, under these settings.
    func input(_ plan: [UInt8], from source: BatchSource) -> String {
        let c = Checksum()
        c.add(Array(settings.utf8))
        c.add(Array("source \(source.displayName)\n".utf8))
        let printed = PlanIdentity.printed(in: plan)
        if let today, !printed.dated { c.add(Array("today \(today)\n".utf8)) }
        if let logo = printed.logoFile {
            c.add(Array("logo \(logo)\n".utf8))
            Self.addFile(NamedFile.url(logo, relativeTo: source.baseDirectory).path, to: c)
        }
        c.add(plan)
        return c.hex()
    }

    /// The GNU build ID the linker wrote into an ELF program's notes (near the file's start),
    /// or nil: a digest of the linked program, so reading it stands for reading the whole file.
    private static func buildID(of path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 16).map(Array.init) else { return nil }
        // A note: name size 4, descriptor size, type 3 (NT_GNU_BUILD_ID), "GNU\0", then the ID.
        let marker: [UInt8] = [3, 0, 0, 0, 0x47, 0x4E, 0x55, 0]
        var i = 8
        while i + marker.count <= head.count {
            if head[i] == 3, head[i..<i + marker.count].elementsEqual(marker), head[i - 8] == 4, head[i - 7] == 0, head[i - 6] == 0, head[i - 5] == 0 {
                let size = Int(head[i - 4]) | Int(head[i - 3]) << 8
                let start = i + marker.count
                if (8...64).contains(size), start + size <= head.count { return Array(head[start..<start + size]) }
            }
            i += 1
        }
        return nil
    }

    /// Adds a file's bytes to `c`, read in pieces (or a mark that it could not be read).
    private static func addFile(_ path: String, to c: Checksum) {
        guard let handle = FileHandle(forReadingAtPath: path) else { c.add(Array("unreadable\n".utf8)); return }
        defer { try? handle.close() }
        while let piece = try? handle.read(upToCount: 1 << 20), !piece.isEmpty { c.add(Array(piece)) }
    }

    /// Every file below `folder` (or `folder` itself when it is a file), in a fixed order.
    private static func files(under folder: URL) -> [URL] {
        guard let status = FileStatus.of(folder.path) else { return [] }
        guard status.kind == .directory else { return [folder] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { FileStatus.of($0.path)?.kind == .regular }
    }
}
