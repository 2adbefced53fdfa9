import Foundation

/// Reads one entry of a catalog file.
enum CatalogEntry {
    static let keys = ["id", "name", "kind", "muscles", "secondary", "cue", "instructions", "dose", "pose", "picture", "video"]
    /// The largest pose or picture file read.
    static let maximumFileBytes = 2 * 1024 * 1024

    /// Reads an entry; `folder` is where the catalog file is, for the pose and picture files it names.
    static func read(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink, folder: URL?) -> Exercise? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: keys, what: "an exercise") else { return nil }
        let id = r.string("id", required: true, what: "the exercise id")
        if let id, !ExerciseID.isValid(id) {
            sink.error("bad-id", path.appending("id"), r.value("id")?.location, "the id \"\(id)\" is not lower-case words joined by '-'",
                       hint: "for example \"calf-stretch\"")
        }
        var exercise = Exercise.readFields(from: r, id: id ?? "")
        if let d = r.object("dose", allowed: Dose.fields.map(\.key) + ["side"], what: "a dose") {
            exercise?.dose = Dose.read(from: d)
        }
        if r.has("pose") && r.has("picture") {
            sink.error("two-pictures", path.appending("picture"), r.value("picture")?.location, "an exercise has a pose or a picture file, not both",
                       hint: "remove one of them")
        } else if let v = r.value("pose") {
            if let pose = readPose(v, at: path.appending("pose"), sink: sink, folder: folder) { exercise?.picture = .pose(pose) }
        } else if let file = r.string("picture", required: r.has("picture"), what: "the path of an SVG file") {
            if let svg = checkSVG(file, at: path.appending("picture"), r.value("picture")?.location, sink: sink, folder: folder) { exercise?.picture = .svg(svg) }
        }
        guard let id, ExerciseID.isValid(id) else { return nil }
        return exercise
    }
}

/// The spelling rules for exercise ids.
public enum ExerciseID {
    /// Lower-case letters, digits and single hyphens, 1 to 64 characters.
    public static func isValid(_ id: String) -> Bool {
        guard (1...64).contains(id.count), !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
