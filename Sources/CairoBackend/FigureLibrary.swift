import CCairo
import Foundation
import PageGraphics

/// The body figures (SVG files drawn by librsvg). Placeholder until figures are wired in.
final class FigureLibrary {
    init() {}
    func draw(_ f: FigureItem, at origin: Point, into cr: CairoContext) throws(RenderError) {}
}
