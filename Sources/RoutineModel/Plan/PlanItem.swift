/// One exercise line of a plan: a catalog id or an exercise written inline, with its dose.
public struct PlanItem: Hashable, Sendable {
    /// Where the exercise comes from.
    public enum Source: Hashable, Sendable {
        /// An id to look up in the catalog.
        case catalog(String)
        /// An exercise defined in the plan itself.
        case inline(Exercise)
    }

    public var source: Source
    public var dose: Dose
    /// A cue that replaces the catalog's.
    public var cue: String?
    /// A video that replaces the catalog's (for a catalog exercise; an inline one carries its own).
    public var video: WebAddress?
    public var origin: Origin

    public init(source: Source, dose: Dose = Dose(), cue: String? = nil, origin: Origin = .unknown) {
        self.source = source; self.dose = dose; self.cue = cue; self.origin = origin
    }

    static let keys = ["exercise", "name", "kind", "muscles", "secondary", "instructions", "cue", "video"] + Dose.fields.map(\.key) + ["side"]

    /// Reads an item object; nil when it cannot be used.
    static func read(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink) -> PlanItem? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: keys, what: "an exercise item") else { return nil }
        let dose = Dose.read(from: r)
        let origin = Origin(path: path, location: node.location)
        if r.has("exercise") {
            for key in ["name", "muscles", "secondary", "instructions", "kind"] where r.has(key) {
                sink.error("mixed-item", path.appending(key), r.value(key)?.location,
                           "\"\(key)\" belongs to an exercise written inline, but this item names the catalog exercise",
                           hint: "remove \"\(key)\", or remove \"exercise\" to write the exercise inline")
            }
            let id = r.string("exercise", required: true, what: "an exercise id")
            let cue = r.string("cue")
            let video = r.webAddress("video", what: "the video's address", example: "https://clinic.example/videos/calf-roll")
            guard let id else { return nil }
            var item = PlanItem(source: .catalog(id), dose: dose, cue: cue, origin: origin)
            item.video = video
            return item
        }
        guard r.has("name") else {
            sink.error("missing-key", path.appending("exercise"), node.location, "the item names no exercise",
                       hint: "give \"exercise\" (a catalog id) or \"name\" and \"muscles\" for an inline exercise")
            return nil
        }
        guard var e = Exercise.readFields(from: r, id: "") else { return nil }
        e.dose = Dose()
        return PlanItem(source: .inline(e), dose: dose, cue: nil, origin: origin)
    }
}
