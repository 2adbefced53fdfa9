import PageGraphics

/// The colours of exercise pictures, from the layout.
public struct PictureStyle: Hashable, Sendable {
    /// The body's limbs nearest the viewer, the torso and the head.
    public var body: Color
    /// Limbs on the far side of the body (a shade lighter, so crossed limbs read).
    public var farBody: Color
    /// The start position drawn behind the end position.
    public var faintBody: Color
    /// The paper, used for the thin gaps that keep overlapping limbs apart.
    public var paper: Color
    public var prop: Color
    public var propLight: Color
    public var floor: Color
    /// The mat under a figure seen from above.
    public var mat: Color
    public var arrow: Color
    public var primary: Color
    public var secondary: Color

    public init(body: Color, farBody: Color, faintBody: Color, paper: Color, prop: Color, propLight: Color, floor: Color, mat: Color, arrow: Color,
                primary: Color, secondary: Color) {
        self.body = body; self.farBody = farBody; self.faintBody = faintBody; self.paper = paper; self.prop = prop
        self.propLight = propLight; self.floor = floor; self.mat = mat; self.arrow = arrow; self.primary = primary; self.secondary = secondary
    }
}
