import PageGraphics
import RoutineModel

/// Chooses which figure views to show and which of their shapes to highlight.
struct FigureSelection {
    var catalog: FigureCatalog
    var views: [String]
    /// Pictures of how each exercise is done; nil leaves them out (as `--no-figures` does).
    var pictures: PictureSource? = nil

    /// The views to use, in layout order, that the figure files provide.
    var available: [FigureView] { views.compactMap(catalog.view) }

    /// The shape ids of `regions` in `view`; `side` left or right keeps that side only.
    func shapes(_ regions: [Region], side: Side?, in view: FigureView) -> [String] {
        var ids: [String] = []
        for r in regions {
            let name = r.rawValue
            if view.shapes.contains(name) { ids.append(name) }
            if side != .right, view.shapes.contains(name + "-left") { ids.append(name + "-left") }
            if side != .left, view.shapes.contains(name + "-right") { ids.append(name + "-right") }
        }
        return ids
    }

    /// Every view, highlighted with the whole routine's regions (secondary only where not primary).
    func summary(primary: [Region], secondary: [Region], height: Points) -> [FigureItem] {
        let secondaryOnly = secondary.filter { !primary.contains($0) }
        return available.map { v in
            FigureItem(view: v.name, primary: shapes(primary, side: nil, in: v), secondary: shapes(secondaryOnly, side: nil, in: v),
                       size: Size(width: v.width(forHeight: height), height: height))
        }
    }

    /// What a card shows beside its text: the exercise's picture at the layout's one scale, or,
    /// for an exercise without one, the muscle figure.
    func art(for item: RoutineItem, layout: Layout) -> FrameItem? {
        if let pictures, let picture = pictures.picture(for: item.exercise, side: item.dose.side) {
            let p = layout.pictures
            let box = Size(width: p.width, height: p.height)
            switch picture {
            case .drawing(let d):
                // As wide as every picture box, so the text beside lines up; no taller than the
                // picture, so a lying figure does not make its card taller than its text.
                let height = Points.min(box.height, d.size.height * p.bodyHeight.value)
                return .drawing(DrawingItem(drawing: d, size: Size(width: box.width, height: height), scale: p.bodyHeight.value))
            case .svg(let path): return .svg(SVGPictureItem(path: path, size: box))
            }
        }
        return card(for: item, height: layout.figures.cardHeight).map { .figure($0) }
    }

    /// The one view showing most of an exercise's main regions (the first view on a tie).
    func card(for item: RoutineItem, height: Points) -> FigureItem? {
        var best: (FigureView, Int)?
        for v in available {
            let score = shapes(item.exercise.muscles, side: item.dose.side, in: v).count * 10
                + shapes(item.exercise.secondary, side: item.dose.side, in: v).count
            if best == nil || score > best!.1 { best = (v, score) }
        }
        guard let (view, _) = best else { return nil }
        return FigureItem(view: view.name, primary: shapes(item.exercise.muscles, side: item.dose.side, in: view),
                          secondary: shapes(item.exercise.secondary.filter { !item.exercise.muscles.contains($0) }, side: item.dose.side, in: view),
                          size: Size(width: view.width(forHeight: height), height: height), detail: .simple)
    }
}
