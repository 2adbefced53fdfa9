import CPango

/// A font program cut down to the glyphs a document uses, by HarfBuzz's subsetter.
///
/// Glyph ids are kept (unused slots are empty), so a glyph's id in the page content is its
/// CID: TrueType fonts map CIDs to glyphs with /Identity, and a CFF font that is not
/// CID-keyed takes CIDs as glyph indices.
enum PDFFontSubset {
    /// The subset font program of `face` holding `glyphs`: the whole TrueType file, or the bare CFF table.
    static func program(_ face: PDFFontFace, glyphs: [UInt32]) throws(RenderError) -> [UInt8] {
        guard let input = hb_subset_input_create_or_fail() else { throw RenderError(.font(face.postScriptName), "cannot be subset: out of memory") }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        hb_set_add(set, 0)
        for g in glyphs { hb_set_add(set, g) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue | HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue)
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for t in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "name", "post", "STAT", "DSIG", "vhea", "vmtx", "VORG", "gasp", "hdmx", "LTSH", "VDMX", "meta"] {
            hb_set_add(drop, PDFFontFace.tag(t))
        }
        guard let subset = hb_subset_or_fail(face.face, input) else { throw RenderError(.font(face.postScriptName), "cannot be subset") }
        defer { hb_face_destroy(subset) }
        let bytes = PDFFontFace.table(subset, face.isCFF ? "CFF " : nil)
        if bytes.isEmpty { throw RenderError(.font(face.postScriptName), "gives an empty subset") }
        return bytes
    }
}
