import CPango

/// One font face used in PDFs (a file and face index), with the metrics its PDF font needs.
///
/// Owns a reference to Pango's HarfBuzz face and a HarfBuzz font at the face's own units.
final class PDFFontFace {
    /// The face's position in its worker's registry.
    let index: Int
    let face: OpaquePointer
    private let font: OpaquePointer
    let unitsPerEm: Double
    /// Whether the outlines are CFF ('CFF ' table), embedded as CIDFontType0C; else TrueType.
    let isCFF: Bool
    /// Whether the face has outlines a PDF can embed (CFF or TrueType).
    let hasEmbeddableOutlines: Bool
    let postScriptName: String
    /// FontBBox, ascent, descent and cap height, in thousandths of an em.
    let boundingBox: (Double, Double, Double, Double)
    let ascent: Double, descent: Double, capHeight: Double
    private var widths: [UInt32: Double] = [:]
    private var programs: [[UInt32]: (data: [UInt8], length: Int)] = [:]
    private var programOrder: [[UInt32]] = []
    /// How many subset programs a face keeps between documents.
    static let programCacheLimit = 16

    /// Adopts a new reference to `face`.
    init(index: Int, borrowing face: OpaquePointer) {
        self.index = index
        self.face = hb_face_reference(face)
        let font = hb_font_create(face)!
        self.font = font
        unitsPerEm = Double(max(1, hb_face_get_upem(face)))
        isCFF = Self.tableLength(face, "CFF ") > 0
        hasEmbeddableOutlines = isCFF || Self.tableLength(face, "glyf") > 0
        var length: UInt32 = 64
        var name = [CChar](repeating: 0, count: 64)
        hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), hb_language_from_string("en", -1), &length, &name)
        let raw = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        postScriptName = raw.isEmpty ? "Font" + Self.fingerprint(face) : String(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F && !"()<>[]{}/%#".unicodeScalars.contains($0) })
        let scale = 1000 / unitsPerEm
        let head = Self.table(face, "head")
        func int16(_ at: Int) -> Double { head.count >= at + 2 ? Double(Int16(bitPattern: UInt16(head[at]) << 8 | UInt16(head[at + 1]))) : 0 }
        boundingBox = (int16(36) * scale, int16(38) * scale, int16(40) * scale, int16(42) * scale)
        let bbox = boundingBox
        func metric(_ tag: hb_ot_metrics_tag_t, _ fallback: Double) -> Double {
            var v: hb_position_t = 0
            return hb_ot_metrics_get_position(font, tag, &v) != 0 ? Double(v) * scale : fallback
        }
        ascent = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, bbox.3)
        descent = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, bbox.1)
        capHeight = metric(HB_OT_METRICS_TAG_CAP_HEIGHT, bbox.3 * 0.7)
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    /// The advance width of glyph `gid`, in thousandths of an em.
    func width(_ gid: UInt32) -> Double {
        if let w = widths[gid] { return w }
        let w = Double(hb_font_get_glyph_h_advance(font, gid)) * 1000 / unitsPerEm
        widths[gid] = w
        return w
    }

    /// The plain space's glyph, shown where a line breaks at a space.
    private(set) lazy var spaceGlyph: UInt32? = {
        var g: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, 0x20, &g) != 0 ? g : nil
    }()

    /// The glyphs every subset of this face holds: those of printable ASCII, the accented
    /// letters of Latin-1, common typographic punctuation, and the alternates the font's default
    /// features put between capitals. Most sheets need nothing else, so most documents reuse
    /// one finished program instead of subsetting the font again.
    private(set) lazy var baseGlyphs: Set<UInt32> = {
        var set: Set<UInt32> = [0]
        let scalars = Array(0x20...0x7E) + [0xA0, 0xB7, 0xD7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2192]
        for s in scalars {
            var g: hb_codepoint_t = 0
            if hb_font_get_nominal_glyph(font, hb_codepoint_t(s), &g) != 0 { set.insert(g) }
        }
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        let sample = Array("A-A A–A A—A (A) [A] A:A A·A 1-2 1:2 1×2".utf8).map { CChar(bitPattern: $0) }
        hb_buffer_add_utf8(buffer, sample, Int32(sample.count), 0, Int32(sample.count))
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        if let infos = hb_buffer_get_glyph_infos(buffer, &count) {
            for i in 0..<Int(count) { set.insert(infos[i].codepoint) }
        }
        return set
    }()

    /// The subset program holding `glyphs`, compressed, and its length before compression; made once per glyph set.
    func program(holding glyphs: [UInt32]) throws(RenderError) -> (data: [UInt8], length: Int) {
        if let p = programs[glyphs] { return p }
        let raw = try PDFFontSubset.program(self, glyphs: glyphs)
        let program = (data: try Deflate.compress(raw, level: 6), length: raw.count)
        if programOrder.count >= Self.programCacheLimit { programs[programOrder.removeFirst()] = nil }
        programs[glyphs] = program
        programOrder.append(glyphs)
        return program
    }

    static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    /// Eight hex digits that depend only on the font file, to name a font that has no name.
    static func fingerprint(_ face: OpaquePointer) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for b in table(face, nil) { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
        return String(hash, radix: 16, uppercase: true)
    }

    static func tableLength(_ face: OpaquePointer, _ name: String) -> Int {
        let blob = hb_face_reference_table(face, tag(name))
        defer { hb_blob_destroy(blob) }
        return Int(hb_blob_get_length(blob))
    }

    /// The bytes of a table, or of the whole font file when `name` is nil.
    static func table(_ face: OpaquePointer, _ name: String?) -> [UInt8] {
        let blob = name.map { hb_face_reference_table(face, tag($0)) } ?? hb_face_reference_blob(face)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }
}
