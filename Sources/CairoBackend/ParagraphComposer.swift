import CPango
import PageGraphics

/// Lays out long plain paragraphs from pieces shaped once per worker, line for line as Pango would.
///
/// Notes and intros repeat words and sentences across a batch but rarely whole paragraphs, so
/// the layout cache misses them and each would be shaped anew. Here a paragraph is cut at its
/// line-break opportunities (Pango's own), each piece is shaped once and remembered, and lines
/// are filled with Pango's rule: as many pieces as fit, a line's final space not counted. Only
/// text where that gives Pango's result is taken: one font, left-aligned, no letter spacing,
/// Latin letters and common punctuation, no piece wider than the line; anything else returns nil
/// and is laid out by Pango whole. `Tests/CairoBackendTests` compares both on every catalog text.
final class ParagraphComposer {
    /// One shaped piece of text: its glyphs as Pango gives them, with its width in Pango units.
    struct Piece {
        var glyphs: [PangoGlyphInfo]
        /// Each glyph's first byte, from the piece's start.
        var clusters: [Int32]
        var width: Int32
        /// Its length in bytes.
        var length: Int
        /// The width of a final white-space character (left out at a line's end), or 0.
        var trailingWhite: Int32
        var font: UnsafeMutablePointer<PangoFont>
        /// The height of a line and its baseline from the line's top, in Pango units.
        var lineHeight: Int32, baseline: Int32
        /// The piece's PDF text, made once when first drawn (shared by every copy of the piece).
        let pdf = PieceText()
    }

    /// A piece as PDF text: the glyphs of a `TJ` operation and the glyphs for the font subset,
    /// as it shows inside a line and at a line's end (its final space shown as nothing).
    final class PieceText {
        struct Text { var show: [UInt8]; var glyphs: [PDFTextProgram.Glyph] }
        var inside: Text?, atEnd: Text?
    }

    /// A paragraph laid out: its measurement, and each line's glyphs for drawing.
    struct Composed {
        struct Line {
            var start: Int, length: Int
            /// The line's pieces (in `Composed.pieces`), and whether the line ends before the text does.
            var pieces: Range<Int>, wrapped: Bool
            var top: Int32, baseline: Int32
        }
        var measurement: TextMeasurement
        var lines: [Line]
        var pieces: [Piece]
        var font: UnsafeMutablePointer<PangoFont>

        /// The glyphs of line `i` as one Pango run (clusters from the line's start), the space where it breaks shown as nothing, as Pango does.
        func glyphs(ofLine i: Int) -> (glyphs: [PangoGlyphInfo], clusters: [Int32]) {
            let line = lines[i]
            var glyphs: [PangoGlyphInfo] = [], clusters: [Int32] = []
            var shift: Int32 = 0
            for p in pieces[line.pieces] {
                glyphs.append(contentsOf: p.glyphs)
                clusters.append(contentsOf: p.clusters.map { $0 + shift })
                shift += Int32(p.length)
            }
            if line.wrapped, pieces[line.pieces.upperBound - 1].trailingWhite != 0 {
                glyphs[glyphs.count - 1].geometry.width = 0
                glyphs[glyphs.count - 1].glyph = PANGO_GLYPH_EMPTY
            }
            return (glyphs, clusters)
        }
    }

    private struct PieceKey: Hashable { var text: String; var style: TextStyle }

    /// Paragraphs shorter than this (in bytes) are left to Pango: short text repeats whole and hits the layout cache.
    static let minimumLength = 120
    /// How many pieces are kept in each of two generations.
    static let pieceCacheLimit = 8192

    private let shapeLine: (String, TextStyle) -> TextLayout
    private var pieces: [PieceKey: Piece?] = [:]
    private var olderPieces: [PieceKey: Piece?] = [:]
    private var heldFonts: [UnsafeMutablePointer<PangoFont>: Bool] = [:]

    /// `shapeLine` lays out one line of text in a style, with no width (the pieces' shaping).
    init(shapeLine: @escaping (String, TextStyle) -> TextLayout) { self.shapeLine = shapeLine }

    deinit { for font in heldFonts.keys { g_object_unref(UnsafeMutableRawPointer(font)) } }

    /// `text` in `style` broken into lines of at most `width`, or nil when Pango must lay it out.
    func compose(_ text: String, style: TextStyle, width: Points) -> Composed? {
        // Checked on the shipped text face only: another face may shape other neighbours together.
        guard style.alignment == .left, style.letterSpacing == 0, !style.uppercase, style.family.lowercased() == "inter" else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count >= Self.minimumLength, let chars = Self.plainCharacterCount(bytes) else { return nil }
        var attrs = [PangoLogAttr](repeating: PangoLogAttr(), count: chars + 1)
        text.withCString { pango_default_break($0, Int32(bytes.count), nil, &attrs, Int32(chars + 1)) }

        // Cut at every line-break opportunity; a piece keeps the spaces it ends with.
        var cuts: [Int] = [0]
        var char = 0, i = 0
        while i < bytes.count {
            i += Self.scalarLength(bytes[i]); char += 1
            guard i < bytes.count, attrs[char].is_line_break != 0 else { continue }
            if attrs[char].break_inserts_hyphen != 0 || attrs[char].break_removes_preceding != 0 { return nil }
            cuts.append(i)
        }
        cuts.append(bytes.count)
        var shaped: [Piece] = []
        shaped.reserveCapacity(cuts.count - 1)
        for k in 0..<(cuts.count - 1) {
            let piece = String(decoding: bytes[cuts[k]..<cuts[k + 1]], as: UTF8.self)
            guard let p = self.piece(piece, style: style) else { return nil }
            if let first = shaped.first, p.font != first.font || p.lineHeight != first.lineHeight || p.baseline != first.baseline { return nil }
            shaped.append(p)
        }
        guard let first = shaped.first, shaped.last!.trailingWhite == 0 else { return nil }

        // Pango's rule: the most pieces that fit, the last one's final space not counted.
        let limit = Int64((width.value * Double(PANGO_SCALE)).rounded(.down))
        var lines: [Composed.Line] = []
        var widest: Int64 = 0
        var start = 0
        while start < shaped.count {
            var end = start, sum: Int64 = 0, fitted: Int64 = -1
            while end < shaped.count {
                let p = shaped[end]
                let wrappedWidth = sum + Int64(p.width) - Int64(p.trailingWhite)
                if wrappedWidth > limit { break }
                sum += Int64(p.width); fitted = wrappedWidth; end += 1
            }
            if end == start { return nil }
            var line = Composed.Line(start: cuts[start], length: cuts[end] - cuts[start], pieces: start..<end, wrapped: end < shaped.count,
                                     top: Int32(lines.count) * first.lineHeight, baseline: 0)
            line.baseline = line.top + first.baseline
            widest = max(widest, end < shaped.count ? fitted : sum)
            lines.append(line)
            start = end
        }
        let scale = Double(PANGO_SCALE)
        let measured = lines.map { TextLine(utf8Range: $0.start..<($0.start + $0.length), top: Points(Double($0.top) / scale), height: Points(Double(first.lineHeight) / scale)) }
        let size = Size(width: Points(Double(widest) / scale), height: Points(Double(Int32(lines.count) * first.lineHeight) / scale))
        return Composed(measurement: TextMeasurement(size: size, lines: measured, missingGlyphs: 0), lines: lines, pieces: shaped, font: first.font)
    }

    /// The shaped piece, made once; nil when it is not one run of one font with every glyph found.
    private func piece(_ text: String, style: TextStyle) -> Piece? {
        let key = PieceKey(text: text, style: style)
        if let known = pieces[key] { return known }
        if pieces.count >= Self.pieceCacheLimit {
            olderPieces = pieces
            pieces = [:]
            pieces.reserveCapacity(Self.pieceCacheLimit)
        }
        let made = olderPieces.removeValue(forKey: key) ?? shape(text, style: style)
        pieces[key] = made
        return made
    }

    private func shape(_ text: String, style: TextStyle) -> Piece? {
        let line = shapeLine(text, style)
        defer { withExtendedLifetime(line) {} }
        let layout = line.pointer
        guard pango_layout_get_line_count(layout) == 1, pango_layout_get_unknown_glyphs_count(layout) == 0 else { return nil }
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        guard let run = pango_layout_iter_get_run_readonly(iter), let font = run.pointee.item.pointee.analysis.font,
              run.pointee.item.pointee.offset == 0, Int(run.pointee.item.pointee.length) == text.utf8.count else { return nil }
        pango_layout_iter_next_run(iter)
        guard pango_layout_iter_get_run_readonly(iter) == nil else { return nil }
        var top: Int32 = 0, bottom: Int32 = 0
        pango_layout_iter_get_line_yrange(iter, &top, &bottom)
        let baseline = pango_layout_iter_get_baseline(iter)
        let g = run.pointee.glyphs.pointee
        let count = Int(g.num_glyphs)
        let glyphs = Array(UnsafeBufferPointer(start: g.glyphs, count: count))
        let clusters = Array(UnsafeBufferPointer(start: g.log_clusters, count: count))
        let width = glyphs.reduce(Int32(0)) { $0 + $1.geometry.width }
        var trailing: Int32 = 0
        if text.utf8.last == 0x20, let last = clusters.last {
            // The final space must be a cluster of its own, as Pango needs to hide it at a line's end.
            guard Int(last) == text.utf8.count - 1, count < 2 || clusters[count - 2] != last else { return nil }
            trailing = glyphs[count - 1].geometry.width
        }
        if heldFonts[font] == nil { g_object_ref(UnsafeMutableRawPointer(font)); heldFonts[font] = true }
        return Piece(glyphs: glyphs, clusters: clusters, width: width, length: text.utf8.count, trailingWhite: trailing, font: font,
                     lineHeight: bottom - top, baseline: baseline - top)
    }

    /// The number of characters of `bytes` when every one is plain: letters of Latin script,
    /// common punctuation and single spaces between words; nil otherwise. Left out too: what the
    /// text face shapes with its neighbours, even across a space, so that pieces shaped alone
    /// would differ: digits ("6 x 200" becomes a multiplication), dashes, "+" and "@" next to
    /// capitals (raised to their height), and arrows and other symbols ("->").
    static func plainCharacterCount(_ bytes: [UInt8]) -> Int? {
        guard let first = bytes.first, first != 0x20, bytes.last != 0x20 else { return nil }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let n = scalarLength(b)
            guard i + n <= bytes.count else { return nil }
            var v = UInt32(b)
            if n > 1 {
                v &= n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07
                for k in 1..<n { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
            }
            guard isPlain(v), v != 0x20 || scalars.last != 0x20 else { return nil }
            scalars.append(v)
            i += n
        }
        for (k, v) in scalars.enumerated() where isCaseSensitive(v) {
            var before = k - 1, after = k + 1
            while before >= 0, scalars[before] == 0x20 { before -= 1 }
            while after < scalars.count, scalars[after] == 0x20 { after += 1 }
            if before >= 0, isCapital(scalars[before]) || after < scalars.count && isCapital(scalars[after]) { return nil }
        }
        return scalars.count
    }

    /// Letters, punctuation and spaces the composer takes: ASCII but digits and symbols, Latin-1
    /// and Latin Extended letters (not the soft hyphen), dashes, quotes, bullets, the ellipsis and the word joiner.
    private static func isPlain(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return v >= 0x20 && v != 0x7F && !(0x30...0x39).contains(v) && !"<>=|~^\\`{}[]#*$".unicodeScalars.contains { $0.value == v }
        }
        return (0xA0...0x24F).contains(v) && v != 0xAD && v != 0xD7 && v != 0xF7 && v != 0xB1 || (0x2010...0x2026).contains(v) || v == 0x2060
    }

    /// Characters the text face raises next to capitals: hyphens, dashes, "+", "@", middle dots and bullets.
    private static func isCaseSensitive(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2B || v == 0x40 || v == 0xB7 || (0x2010...0x2015).contains(v) || v == 0x2022 || v == 0x2027
    }

    private static func isCapital(_ v: UInt32) -> Bool { v < 0x80 ? (0x41...0x5A).contains(v) : Unicode.Scalar(v)?.properties.isUppercase ?? false }

    static func scalarLength(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
}
