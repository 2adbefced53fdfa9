/// What the body figures offer: each view's size and the ids of the shapes it can highlight.
/// The backend reads it from the SVG files; layout uses it to pick views and shape ids.
public struct FigureCatalog: Sendable, Hashable {
    public var views: [FigureView]
    public init(views: [FigureView]) { self.views = views }

    /// The view with this name.
    public func view(_ name: String) -> FigureView? { views.first { $0.name == name } }

    /// No figures: layouts leave figure space out.
    public static let empty = FigureCatalog(views: [])
}

/// One drawing of the body (front or back).
public struct FigureView: Sendable, Hashable {
    /// The file's base name ("front").
    public var name: String
    /// The drawing's own size (its viewBox), which fixes its aspect ratio.
    public var size: Size
    /// The ids of highlightable shapes (`quads-left`, `neck`, ...).
    public var shapes: Set<String>
    public init(name: String, size: Size, shapes: Set<String>) { self.name = name; self.size = size; self.shapes = shapes }

    /// The width of the view drawn `height` tall.
    public func width(forHeight height: Points) -> Points { height * (size.width / size.height) }
}

/// The colours of highlighted regions: strong for muscles worked most, light for the others.
public struct FigureStyle: Sendable, Hashable {
    public var primaryFill: Color
    public var secondaryFill: Color
    public init(primaryFill: Color, secondaryFill: Color) {
        self.primaryFill = primaryFill; self.secondaryFill = secondaryFill
    }
}
