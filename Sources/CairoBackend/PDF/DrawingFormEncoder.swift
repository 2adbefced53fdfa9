import PageGraphics

/// The content stream of a drawing's form: its opaque shapes in whole thousandths of its units,
/// y flipped (the form's matrix scales it back). Needs no document, so any thread can make it.
enum DrawingFormEncoder {
    /// How many form units a drawing unit is.
    static let units = 1000.0

    static func content(_ d: Drawing) throws(RenderError) -> [UInt8] {
        var out = PDFBytes(capacity: 8 * 1024)
        let k = units, height = (d.size.height.value * k).rounded()
        var fill: Color?, stroke: Color?, lineWidth: Double?
        func point(_ p: Point, _ op: StaticString, into out: inout PDFBytes) {
            out.append(numbers: (p.x.value * k).rounded(), height - (p.y.value * k).rounded(), op: op)
        }
        for s in d.shapes {
            if (s.fill?.alpha ?? 1) < 1 || (s.stroke?.alpha ?? 1) < 1 { throw RenderError(.picture(d.key), "uses a see-through colour; pictures are opaque") }
            // Colours and line width first: between a path's first point and its painting
            // operator only path operators are allowed.
            if let f = s.fill, f != fill { out.append(numbers: f.red, f.green, f.blue, op: "rg"); fill = f }
            if let st = s.stroke {
                if st != stroke { out.append(numbers: st.red, st.green, st.blue, op: "RG"); stroke = st }
                let width = (s.lineWidth.value * k).rounded()
                if width != lineWidth { out.append(numbers: width, op: "w"); lineWidth = width }
            }
            for e in s.path.elements {
                switch e {
                case .move(let p): point(p, "m", into: &out)
                case .line(let p): point(p, "l", into: &out)
                case .curve(let a, let b, let c):
                    out.append(numbers: (a.x.value * k).rounded(), height - (a.y.value * k).rounded(),
                               (b.x.value * k).rounded(), height - (b.y.value * k).rounded(),
                               (c.x.value * k).rounded(), height - (c.y.value * k).rounded(), op: "c")
                case .close: out.append("h\n")
                }
            }
            switch (s.fill, s.stroke) {
            case (.some, .some): out.append("B\n")
            case (.some, nil): out.append("f\n")
            case (nil, .some): out.append("S\n")
            case (nil, nil): out.append("n\n")
            }
        }
        return out.take()
    }

    /// The content, compressed as it goes into the PDF.
    static func compressed(_ d: Drawing) throws(RenderError) -> [UInt8] { try Deflate.compress(try content(d), level: 6) }
}
