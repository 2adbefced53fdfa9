import CPango

/// The font faces one worker has put in PDFs, found from the fonts Pango shaped with.
final class PDFFontRegistry {
    private(set) var faces: [PDFFontFace] = []
    private var byFace: [OpaquePointer: Int] = [:]

    /// The face Pango drew `font` from.
    func face(for font: UnsafeMutablePointer<PangoFont>) -> PDFFontFace {
        let hbFace = hb_font_get_face(pango_font_get_hb_font(font))!
        if let i = byFace[hbFace] { return faces[i] }
        let face = PDFFontFace(index: faces.count, borrowing: hbFace)
        faces.append(face)
        byFace[hbFace] = face.index
        return face
    }
}
