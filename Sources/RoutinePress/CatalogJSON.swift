import RoutineModel

/// The catalog written back as JSON, in the same shape as the catalog file.
public enum CatalogJSON {
    /// The whole catalog; `pictureURL` adds the address of each entry's picture (for the web page).
    public static func encode(_ catalog: Catalog, pictureURL: ((Exercise) -> String?)? = nil) -> String {
        let entries: [JSONNode] = catalog.exercises.map { e in
            let d = e.dose
            let dose = JSONNode.object([("duration", d.duration.map(JSONNode.int)), ("passes", d.passes.map(JSONNode.int)), ("reps", d.reps.map(JSONNode.int)),
                                        ("sets", d.sets.map(JSONNode.int)), ("hold", d.hold.map(JSONNode.int)), ("side", d.side.map { .string($0.rawValue) })])
            return JSONNode.object([
                ("id", .string(e.id)), ("name", .string(e.name)), ("kind", e.kind.map { .string($0.rawValue) }),
                ("muscles", .array(e.muscles.map { .string($0.rawValue) })), ("secondary", .array(e.secondary.map { .string($0.rawValue) })),
                ("dose", dose), ("cue", e.cue.map(JSONNode.string)), ("instructions", e.instructions.map(JSONNode.string)),
                ("video", e.video.map { .string($0.written) }), ("picture", pictureURL?(e).map(JSONNode.string)),
            ])
        }
        return JSONWriter.text(.object([("version", .int(1)), ("exercises", .array(entries))]))
    }
}
