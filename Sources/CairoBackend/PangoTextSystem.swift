import CCairo
import CPango
import Foundation
import PageGraphics

/// Pango on the private fonts: one font map and context, used by one thread at a time.
/// Implements `TextMeasuring` and makes the layouts the renderer draws, so both agree.
public final class PangoTextSystem: TextMeasuring {
    private let fonts: FontConfiguration
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private let fallback: String
    private var descriptions: [DescriptionKey: OpaquePointer] = [:]
    private var layouts: [LayoutKey: TextLayout] = [:]
    private var olderLayouts: [LayoutKey: TextLayout] = [:]
    private var coverageCache: [UInt32: Bool] = [:]
    private lazy var composer = ParagraphComposer { [unowned self] text, style in self.makeLayout(text, style: style, width: nil) }
    /// The faces the shaped text came from, for PDF output.
    let pdfFonts = PDFFontRegistry()
    /// How many shaped layouts are kept in each of two generations; text repeats a lot across a
    /// batch (names, cues, headings). When the newer generation is full it becomes the older one,
    /// so text still in use (measured for layout, then drawn) is never shaped twice.
    static let layoutCacheLimit = 1024

    private struct DescriptionKey: Hashable { var family: String; var weight: TextStyle.Weight; var size: Double }
    private struct LayoutKey: Hashable { var text: String; var style: TextStyle; var width: Points? }

    /// Loads the fonts in `manifest` into a private font map.
    public init(manifest: FontManifest) throws(FontError) {
        fonts = try FontConfiguration(manifest: manifest)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw FontError(file: nil, message: "Pango could not create a font map")
        }
        fontMap = map
        pango_fc_font_map_set_config(OpaquePointer(map), fonts.pointer)
        context = pango_font_map_create_context(map)
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        fallback = manifest.families.dropFirst().joined(separator: ",")
        try checkFamily(manifest.families[0])
    }

    deinit {
        for d in descriptions.values { pango_font_description_free(d) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Fails when `family` is not among the loaded fonts (Pango would silently substitute).
    public func checkFamily(_ family: String) throws(FontError) {
        let desc = pango_font_description_from_string(family)
        defer { pango_font_description_free(desc) }
        guard let font = pango_font_map_load_font(fontMap, context, desc) else {
            throw FontError(file: nil, message: "no font could be loaded for \"\(family)\"")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let loaded = pango_font_describe(font)
        defer { pango_font_description_free(loaded) }
        let name = pango_font_description_get_family(loaded).map { String(cString: $0) } ?? ""
        if name.lowercased() != family.lowercased() {
            throw FontError(file: nil, message: "the font family \"\(family)\" is not installed (got \"\(name)\")", hint: "install fonts-inter, or run `make setup`")
        }
    }

    private func description(for style: TextStyle) -> OpaquePointer {
        let key = DescriptionKey(family: style.family, weight: style.weight, size: style.size.value)
        if let d = descriptions[key] { return d }
        let d = pango_font_description_new()!
        let families = fallback.isEmpty ? style.family : style.family + "," + fallback
        pango_font_description_set_family(d, families)
        pango_font_description_set_absolute_size(d, style.size.value * Double(PANGO_SCALE))
        let weight: PangoWeight
        switch style.weight {
        case .regular: weight = PANGO_WEIGHT_NORMAL
        case .medium: weight = PANGO_WEIGHT_MEDIUM
        case .semibold: weight = PANGO_WEIGHT_SEMIBOLD
        case .bold: weight = PANGO_WEIGHT_BOLD
        }
        pango_font_description_set_weight(d, weight)
        descriptions[key] = d
        return d
    }

    /// The shaped layout of `text` in `style` at `width`, made once and reused for measuring and drawing.
    func layout(_ text: String, style: TextStyle, width: Points?) -> TextLayout {
        let key = LayoutKey(text: text, style: style, width: width)
        if let cached = layouts[key] { return cached }
        if layouts.count >= Self.layoutCacheLimit {
            olderLayouts = layouts
            layouts = [:]
            layouts.reserveCapacity(Self.layoutCacheLimit)
        }
        if let older = olderLayouts.removeValue(forKey: key) {
            layouts[key] = older
            return older
        }
        let made: TextLayout
        if let width, let composed = composer.compose(text, style: style, width: width) {
            made = TextLayout(composed: composed, text: text) { [unowned self] in self.makeLayout(text, style: style, width: width) }
        } else {
            made = makeLayout(text, style: style, width: width)
        }
        layouts[key] = made
        return made
    }

    /// A new layout of `text` in `style`; `TextLayout` frees it.
    func makeLayout(_ text: String, style: TextStyle, width: Points?) -> TextLayout {
        let layout = TextLayout(pango_layout_new(context)!)
        let l = layout.pointer
        pango_layout_set_font_description(l, description(for: style))
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
        if let width { pango_layout_set_width(l, Int32((width.value * Double(PANGO_SCALE)).rounded(.down))) } else { pango_layout_set_width(l, -1) }
        switch style.alignment {
        case .left: pango_layout_set_alignment(l, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(l, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT)
        }
        let attrs = pango_attr_list_new()
        pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute(Int32(style.size.value * style.lineHeight * Double(PANGO_SCALE))))
        if style.letterSpacing != 0 {
            pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(Int32(style.letterSpacing.value * Double(PANGO_SCALE))))
        }
        if let language = style.language { pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string(language))) }
        pango_layout_set_attributes(l, attrs)
        pango_attr_list_unref(attrs)
        pango_layout_set_text(l, text, -1)
        return layout
    }

    /// Whether the fonts can draw every visible character of `text` (checked against their character sets, without shaping).
    public func canDraw(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 { if !asciiDrawable[Int(v)] { return false }; continue }
            if let known = coverageCache[v] { if !known { return false }; continue }
            let drawable = isDrawable(scalar)
            coverageCache[v] = drawable
            if !drawable { return false }
        }
        return true
    }

    /// Whether a character needs no glyph (spaces, controls, invisible marks) or has one.
    private func isDrawable(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        if p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format || p.isDefaultIgnorableCodePoint { return true }
        return fonts.covers(scalar)
    }

    private lazy var asciiDrawable: [Bool] = (0..<128).map { isDrawable(Unicode.Scalar(UInt8($0))) }

    public func measure(_ text: String, style: TextStyle, width: Points?) -> TextMeasurement {
        layout(text, style: style, width: width).measurement
    }
}

/// Owns one `PangoLayout` and remembers its measurement; a composed paragraph makes its Pango layout only when drawn by Cairo.
final class TextLayout {
    private let owned: OpaquePointer?
    private let make: (() -> TextLayout)?
    private var made: TextLayout?
    private let composed: ParagraphComposer.Composed?
    private let text: String

    init(_ pointer: OpaquePointer) { owned = pointer; make = nil; composed = nil; text = "" }

    /// A paragraph laid out from shaped pieces; `make` gives the same layout from Pango.
    init(composed: ParagraphComposer.Composed, text: String, make: @escaping () -> TextLayout) {
        owned = nil; self.composed = composed; self.text = text; self.make = make
    }

    deinit { if let owned { g_object_unref(UnsafeMutableRawPointer(owned)) } }

    /// The Pango layout (made now if this paragraph was composed).
    var pointer: OpaquePointer {
        if let owned { return owned }
        if let made { return made.pointer }
        let layout = make!()
        made = layout
        return layout.pointer
    }

    private var pdf: PDFTextProgram?

    /// The text as PDF glyph runs (computed once).
    func pdfProgram(size: Double, fonts: PDFFontRegistry) -> PDFTextProgram {
        if let pdf { return pdf }
        let made = composed.map { Self.program($0, text: text, size: size, fonts: fonts) } ?? PDFTextProgram(layout: pointer, size: size, fonts: fonts)
        pdf = made
        return made
    }

    private static func program(_ c: ParagraphComposer.Composed, text: String, size: Double, fonts: PDFFontRegistry) -> PDFTextProgram {
        let scale = Double(PANGO_SCALE)
        let bytes = Array(text.utf8)
        var program = PDFTextProgram()
        for (i, line) in c.lines.enumerated() {
            program.lineTops.append(Double(line.top) / scale)
            let baseline = Double(line.baseline) / scale
            if program.addLine(of: c.pieces[line.pieces], wrapped: line.wrapped, text: bytes, from: line.start, font: c.font,
                               baseline: baseline, line: i, size: size, fonts: fonts) { continue }
            let (glyphs, clusters) = c.glyphs(ofLine: i)
            glyphs.withUnsafeBufferPointer { glyphs in
                clusters.withUnsafeBufferPointer { clusters in
                    program.add(PDFTextProgram.ShapedRun(font: c.font, glyphs: glyphs, clusters: clusters, offset: line.start, length: line.length,
                                                         x: 0, baseline: baseline),
                                line: i, text: bytes, size: size, fonts: fonts)
                }
            }
        }
        return program
    }

    /// Size, lines and missing glyphs of the laid-out text (computed once).
    private(set) lazy var measurement: TextMeasurement = composed?.measurement ?? measure()

    private func measure() -> TextMeasurement {
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(pointer, &w, &h)
        let scale = Double(PANGO_SCALE)
        var lines: [TextLine] = []
        let iter = pango_layout_get_iter(pointer)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var y0: Int32 = 0, y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            let line = pango_layout_iter_get_line_readonly(iter)
            let start = Int(pango_layout_line_get_start_index(line))
            let length = Int(pango_layout_line_get_length(line))
            lines.append(TextLine(utf8Range: start..<(start + length), top: Points(Double(y0) / scale), height: Points(Double(y1 - y0) / scale)))
        } while pango_layout_iter_next_line(iter) != 0
        let missing = Int(pango_layout_get_unknown_glyphs_count(pointer))
        return TextMeasurement(size: Size(width: Points(Double(w) / scale), height: Points(Double(h) / scale)), lines: lines, missingGlyphs: missing)
    }
}
