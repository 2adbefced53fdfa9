import RoutineModel

/// The words that stand for a picture when it cannot be seen, written from the data.
enum AltText {
    /// "Front and back body figure: calves and quads worked most; glutes also worked."
    static func bodyFigure(primary: [Region], secondary: [Region], views: [String]) -> String {
        let shown = views.count == 2 ? "Front and back body figure" : views.count == 1 ? "Body figure, \(views[0]) view" : "Body figures"
        let also = secondary.filter { !primary.contains($0) }
        var s = "\(shown): \(list(primary.map(\.displayName).map { $0.lowercased() })) worked most"
        if !also.isEmpty { s += "; \(list(also.map(\.displayName).map { $0.lowercased() })) also worked" }
        return s + "."
    }

    /// What the person in an exercise's picture is doing: the pose's own description.
    static func picture(_ exercise: Exercise) -> String {
        switch exercise.picture {
        case .pose(let pose)?: return "\(exercise.name): \(pose.description)"
        case .svg?, nil: return "Picture of how to do \(exercise.name)."
        }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
    }
}
