/// A stable, readable text form of laid-out pages, for snapshot tests and debugging:
/// `p1 text "Calf stretch" @(72,96) w=180`.
public enum PageDump {
    /// One line per item, pages in order.
    public static func text(_ pages: [Page]) -> String {
        var out = ""
        for (i, page) in pages.enumerated() {
            out += "page \(i + 1) \(page.size.width)x\(page.size.height)\n"
            for p in page.frame.items {
                let at = "@(\(p.origin.x),\(p.origin.y))"
                switch p.item {
                case .text(let t):
                    let shown = t.visibleText.count > 60 ? String(t.visibleText.prefix(57)) + "..." : t.visibleText
                    out += "p\(i + 1) text \"\(shown.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n"))\" \(at) w=\(t.width.map(\.description) ?? "-") \(t.style.size)pt \(t.style.weight.rawValue)\n"
                case .shape(let s):
                    out += "p\(i + 1) shape \(at) \(s.path.elements.count) elements\(s.fill != nil ? " fill" : "")\(s.stroke != nil ? " stroke" : "")\n"
                case .image(let img):
                    out += "p\(i + 1) image \(at) \(img.size.width)x\(img.size.height)\n"
                case .svg(let s):
                    out += "p\(i + 1) svg \(s.path) \(at) \(s.size.width)x\(s.size.height)\n"
                case .drawing(let d):
                    out += "p\(i + 1) drawing \(d.drawing.key) \(at) \(d.size.width)x\(d.size.height)\n"
                case .qrCode(let q):
                    out += "p\(i + 1) qr \(q.text) \(at) \(q.side)\n"
                case .figure(let f):
                    out += "p\(i + 1) figure \(f.view) \(at) \(f.size.width)x\(f.size.height) primary=\(f.primary.joined(separator: ",")) secondary=\(f.secondary.joined(separator: ","))\n"
                }
            }
        }
        return out
    }
}
