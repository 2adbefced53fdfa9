/// An exercise as a patient is taught it: what it is called, what it works, how to do it.
public struct Exercise: Hashable, Sendable {
    /// The catalog id (`calf-stretch`); empty for an exercise written inline in a plan.
    public var id: String
    public var name: String
    public var kind: ExerciseKind?
    /// Regions the exercise mainly works.
    public var muscles: [Region]
    /// Regions it works less.
    public var secondary: [Region]
    /// One short sentence to remember.
    public var cue: String?
    /// Plain-language steps.
    public var instructions: String?
    /// The amount to do when a plan gives none.
    public var dose: Dose
    /// How to draw the exercise: a pose, an SVG picture, or nothing (the muscle figure stands in).
    public var picture: ExercisePicture?
    /// A video of the exercise, printed as a code to scan on its card.
    public var video: WebAddress?

    public init(id: String, name: String, kind: ExerciseKind?, muscles: [Region], secondary: [Region] = [],
                cue: String? = nil, instructions: String? = nil, dose: Dose = Dose()) {
        self.id = id; self.name = name; self.kind = kind; self.muscles = muscles; self.secondary = secondary
        self.cue = cue; self.instructions = instructions; self.dose = dose
    }

    /// Reads the exercise fields shared by catalog entries and inline plan items.
    static func readFields(from r: ObjectReader, id: String) -> Exercise? {
        let name = r.string("name", required: true, what: "the exercise's name")
        let kind = r.choice("kind", ExerciseKind.self, what: "exercise kind")
        let muscles = readRegions(r, "muscles", required: true)
        let secondary = readRegions(r, "secondary", required: false)
        let cue = r.string("cue", limit: .short)
        let instructions = r.string("instructions", limit: .long)
        let video = r.webAddress("video", what: "the video's address", example: "https://clinic.example/videos/calf-roll")
        guard let name, let muscles else { return nil }
        var e = Exercise(id: id, name: name, kind: kind, muscles: muscles, secondary: secondary ?? [],
                         cue: cue, instructions: instructions, dose: Dose())
        e.video = video
        return e
    }

    private static func readRegions(_ r: ObjectReader, _ key: String, required: Bool) -> [Region]? {
        guard let list = r.array(key, required: required, what: "a list of muscle regions", maxCount: Region.allCases.count) else { return nil }
        if required && list.isEmpty {
            r.sink.error("empty-list", r.path.appending(key), r.value(key)?.location, "name at least one muscle region",
                         hint: "regions: " + Region.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        var out: [Region] = []
        for (node, path) in list {
            guard let region = ObjectReader.choice(node, Region.self, at: path, sink: r.sink, what: "muscle region") else { continue }
            if out.contains(region) {
                r.sink.error("repeated", path, node.location, "\"\(region.rawValue)\" is listed twice", hint: "list each region once")
            } else { out.append(region) }
        }
        return out
    }
}
