/// Pixels of a rasterised page, row by row, as 0xRRGGBB.
public struct Bitmap: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt32]
    public init(width: Int, height: Int, pixels: [UInt32]) { self.width = width; self.height = height; self.pixels = pixels }
    /// The colour at a pixel.
    public subscript(x: Int, y: Int) -> UInt32 { pixels[y * width + x] }
}
