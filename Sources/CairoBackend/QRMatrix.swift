import CQrencode
import PageGraphics

/// A QR code's modules, from libqrencode: which squares are dark, row by row.
struct QRMatrix {
    /// Modules on a side, without the quiet zone.
    let width: Int
    private let dark: [Bool]

    /// The light modules kept clear on every side, as the QR standard asks.
    static let quietZone = 4

    /// Encodes `text` as bytes with medium error correction (a code still reads with 15 % of it smudged).
    init(_ text: String) throws(RenderError) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else {
            throw RenderError(.document, "could not make a QR code of \(text.count) characters", hint: "use a shorter address")
        }
        defer { QRcode_free(code) }
        let w = Int(code.pointee.width)
        width = w
        dark = (0..<(w * w)).map { code.pointee.data[$0] & 1 == 1 }
    }

    func isDark(_ x: Int, _ y: Int) -> Bool { dark[y * width + x] }

    /// The dark modules as rectangles in a box of side `side` (quiet zone included), each run of
    /// dark modules in a row as one rectangle: (x, y, width, height) from the box's top-left.
    func runs(side: Double) -> [(x: Double, y: Double, w: Double, h: Double)] {
        let module = side / Double(width + 2 * Self.quietZone)
        var out: [(Double, Double, Double, Double)] = []
        for y in 0..<width {
            var x = 0
            while x < width {
                guard isDark(x, y) else { x += 1; continue }
                let start = x
                while x < width, isDark(x, y) { x += 1 }
                out.append((Double(start + Self.quietZone) * module, Double(y + Self.quietZone) * module, Double(x - start) * module, module))
            }
        }
        return out
    }
}
