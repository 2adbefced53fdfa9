import PageGraphics
import RoutineModel

/// Front and back figures shaded with everything a set of exercises works, with a legend.
struct FigureSummary {
    var items: [RoutineItem]
    var layout: Layout
    var figures: FigureSelection

    /// The figures `height` tall above the legend; nil without figures or muscles. The legend
    /// may take `room` across before a bilingual one is set one entry under the other.
    func frame(height: Points, room: Points, measurer: TextMeasuring) -> Frame? {
        var primary: [Region] = [], secondary: [Region] = []
        for item in items {
            for r in item.exercise.muscles where !primary.contains(r) { primary.append(r) }
            for r in item.exercise.secondary where !secondary.contains(r) { secondary.append(r) }
        }
        let views = figures.summary(primary: primary, secondary: secondary, height: height)
        guard !views.isEmpty, !primary.isEmpty else { return nil }
        let gap = layout.figures.summaryGap
        let figuresWidth = views.reduce(Points.zero) { $0 + $1.size.width } + gap * Double(views.count - 1)
        let legend = Legend(layout: layout, measurer: measurer, showSecondary: secondary.contains { !primary.contains($0) },
                            room: Points.max(figuresWidth, room)).frame()
        let boxWidth = Points.max(figuresWidth, legend.size.width)
        var frame = Frame(size: Size(width: boxWidth, height: height + layout.figures.legendGap + legend.size.height))
        var x = (boxWidth - figuresWidth) * 0.5
        let alt = AltText.bodyFigure(primary: primary, secondary: secondary, views: views.map(\.view), words: layout.words)
        for f in views {
            frame.add(.figure(f), at: Point(x: x, y: 0), tag: .figure(alt: alt, 1_000_000))
            x += f.size.width + gap
        }
        frame.append(legend, at: Point(x: (boxWidth - legend.size.width) * 0.5, y: height + layout.figures.legendGap))
        return frame
    }
}
