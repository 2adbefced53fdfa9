/// A vector picture made once and painted many times (an exercise picture): shapes in its own
/// units, y growing downwards from the top-left of `size`.
///
/// A drawing is known by its `key`: two drawings with one key are the same picture, so a PDF
/// writer keeps one form per key and every page that shows the picture reuses it.
public final class Drawing: Hashable, Sendable {
    /// Names the picture uniquely ("pose:calf-stretch:left").
    public let key: String
    public let size: Size
    /// Opaque shapes, bottom to top.
    public let shapes: [ShapeItem]
    /// What the picture shows, in words.
    public let description: String

    public init(key: String, size: Size, shapes: [ShapeItem], description: String) {
        self.key = key; self.size = size; self.shapes = shapes; self.description = description
    }

    public static func == (a: Drawing, b: Drawing) -> Bool { a.key == b.key }
    public func hash(into h: inout Hasher) { h.combine(key) }
}

/// A drawing placed in a box: drawn at `scale` (points per drawing unit), centred in the box.
public struct DrawingItem: Hashable, Sendable {
    public var drawing: Drawing
    public var size: Size
    public var scale: Double
    public init(drawing: Drawing, size: Size, scale: Double) { self.drawing = drawing; self.size = size; self.scale = scale }

    /// The scale actually used: `scale`, or smaller when the drawing would not fit the box.
    public var fittedScale: Double {
        min(scale, size.width.value / max(drawing.size.width.value, 1e-9), size.height.value / max(drawing.size.height.value, 1e-9))
    }

    /// Where the drawing's top-left corner goes inside the box: centred both ways.
    public var offset: Point {
        let s = fittedScale
        return Point(x: Points((size.width.value - drawing.size.width.value * s) / 2), y: Points((size.height.value - drawing.size.height.value * s) / 2))
    }
}
