import RoutineModel

/// The words that stand for a picture when it cannot be seen, written from the data in the sheet's language.
enum AltText {
    /// "Front and back body figure: calves and quads worked most; glutes also worked."
    static func bodyFigure(primary: [Region], secondary: [Region], views: [String], words: Wording) -> String {
        let shown = views.count == 2 ? words(.altFrontAndBack)
            : views.count == 1 ? words(.altOneView, ["view": words.named("alt.view." + views[0])]) : words(.altViews)
        let also = secondary.filter { !primary.contains($0) }
        func names(_ list: [Region]) -> String { words.list(list.map { words.name($0).lowercased() }) }
        var s = "\(shown): " + words(.altWorkedMost, ["list": names(primary)])
        if !also.isEmpty { s += "; " + words(.altAlsoWorked, ["list": names(also)]) }
        return s + "."
    }

    /// What the person in an exercise's picture is doing: the pose's own description.
    static func picture(_ exercise: Exercise, words: Wording) -> String {
        switch exercise.picture {
        case .pose(let pose)?: return words(.altPose, ["name": exercise.name, "description": pose.description])
        case .svg?, nil: return words(.altPicture, ["name": exercise.name])
        }
    }
}
