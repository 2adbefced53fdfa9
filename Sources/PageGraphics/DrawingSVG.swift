import Foundation

/// Writes a drawing as a standalone SVG file (for clinics to reuse or edit a picture).
public enum DrawingSVG {
    /// The SVG text of `d` drawn at `scale` points per unit.
    public static func text(_ d: Drawing, scale: Double) -> String {
        func n(_ v: Double) -> String {
            let r = (v * 100).rounded() / 100
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        func hex(_ c: Color) -> String {
            func b(_ v: Double) -> String { let s = String(Int((v * 255).rounded()), radix: 16); return s.count == 1 ? "0" + s : s }
            return "#" + b(c.red) + b(c.green) + b(c.blue)
        }
        let w = d.size.width.value * scale, h = d.size.height.value * scale
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(w))pt\" height=\"\(n(h))pt\" viewBox=\"0 0 \(n(w)) \(n(h))\">\n"
        out += "  <title>\(escaped(d.description))</title>\n"
        for s in d.shapes {
            var path = ""
            for e in s.path.elements {
                switch e {
                case .move(let p): path += "M\(n(p.x.value * scale)),\(n(p.y.value * scale))"
                case .line(let p): path += "L\(n(p.x.value * scale)),\(n(p.y.value * scale))"
                case .curve(let a, let b, let c):
                    path += "C\(n(a.x.value * scale)),\(n(a.y.value * scale)) \(n(b.x.value * scale)),\(n(b.y.value * scale)) \(n(c.x.value * scale)),\(n(c.y.value * scale))"
                case .close: path += "Z"
                }
            }
            let fill = s.fill.map(hex) ?? "none"
            let stroke = s.stroke.map { " stroke=\"\(hex($0))\" stroke-width=\"\(n(s.lineWidth.value * scale))\"" } ?? ""
            out += "  <path d=\"\(path)\" fill=\"\(fill)\"\(stroke)/>\n"
        }
        out += "</svg>\n"
        return out
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
