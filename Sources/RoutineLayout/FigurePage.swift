import PageGraphics
import RoutineModel

/// A page holding just the body figures with chosen regions highlighted: for checking edited
/// figure files and for pictures in documentation.
public struct FigurePage {
    public var layout: Layout
    public var figures: FigureCatalog
    public init(layout: Layout, figures: FigureCatalog) { self.layout = layout; self.figures = figures }

    /// Every view side by side, `height` tall, with a margin and a legend.
    public func page(primary: [Region], secondary: [Region], side: Side?, height: Points, measurer: TextMeasuring) -> Page {
        let selection = FigureSelection(catalog: figures, views: layout.figures.views)
        let margin: Points = 18, gap: Points = 24
        let secondaryOnly = secondary.filter { !primary.contains($0) }
        let items = selection.available.map { v in
            FigureItem(view: v.name, primary: selection.shapes(primary, side: side, in: v), secondary: selection.shapes(secondaryOnly, side: side, in: v),
                       size: Size(width: v.width(forHeight: height), height: height))
        }
        let legend = Legend(layout: layout, measurer: measurer, showSecondary: !secondaryOnly.isEmpty).frame()
        let figuresWidth = items.reduce(Points.zero) { $0 + $1.size.width } + gap * Double(max(0, items.count - 1))
        let width = Points.max(figuresWidth, legend.size.width) + margin * 2
        var frame = Frame(size: Size(width: width, height: height + legend.size.height + margin * 2 + 10))
        var x = (width - figuresWidth) * 0.5
        for item in items {
            frame.add(.figure(item), at: Point(x: x, y: margin))
            x += item.size.width + gap
        }
        if !primary.isEmpty { frame.append(legend, at: Point(x: (width - legend.size.width) * 0.5, y: margin + height + 10)) }
        return Page(size: frame.size, frame: frame)
    }
}
