import CPango

/// A laid-out text as PDF text operators: positioned glyph runs, and what each glyph stands for.
///
/// Made once per shaped layout and reused wherever that text is printed, in any document.
struct PDFTextProgram {
    /// Glyphs of one face shown from one starting point.
    struct Run {
        /// The face's index in the worker's `PDFFontRegistry`.
        var face: Int
        var size: Double
        /// The starting point: x from the layout's left, y the baseline from its top.
        var x: Double, y: Double
        /// The `TJ` operation showing the glyphs, with kerning adjustments.
        var show: [UInt8]
        /// The line the run is on, counted from 0.
        var line: Int
    }

    /// A glyph and the text it stands for (for copying and searching the PDF).
    struct Glyph: Hashable {
        var face: Int
        var id: UInt32
        var text: String
    }

    /// One shaped run of a line, as Pango gives it: glyphs of one font for the text's bytes `offset..<offset + length`.
    struct ShapedRun {
        var font: UnsafeMutablePointer<PangoFont>
        var glyphs: UnsafeBufferPointer<PangoGlyphInfo>
        /// Each glyph's first byte, from `offset`.
        var clusters: UnsafeBufferPointer<Int32>
        var offset: Int, length: Int
        /// The run's left edge and baseline, in points from the layout's top-left.
        var x: Double, baseline: Double
    }

    var runs: [Run] = []
    var glyphs: [Glyph] = []
    /// Where characters no font has go, from the layout's top-left: drawn as empty boxes, as on screen.
    var missing: [(x: Double, y: Double, width: Double, height: Double, line: Int)] = []
    /// The top of each line, from the layout's top.
    var lineTops: [Double] = []

    /// The texts each glyph (face and id) already stands for in `glyphs`.
    private var seen: [UInt64: [String]] = [:]

    /// An empty program; lines and runs are added in order.
    init() {}

    /// Reads the glyph runs of `layout`, shaped at `size` points.
    init(layout: OpaquePointer, size: Double, fonts: PDFFontRegistry) {
        let scale = Double(PANGO_SCALE)
        let text = pango_layout_get_text(layout).map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) } ?? []
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        var line = 0
        var y0: Int32 = 0
        pango_layout_iter_get_line_yrange(iter, &y0, nil)
        lineTops.append(Double(y0) / scale)
        while true {
            let current = pango_layout_iter_get_run_readonly(iter)
            if let run = current, let font = run.pointee.item.pointee.analysis.font {
                var logical = PangoRectangle()
                pango_layout_iter_get_run_extents(iter, nil, &logical)
                let item = run.pointee.item.pointee
                let glyphString = run.pointee.glyphs.pointee
                let count = Int(glyphString.num_glyphs)
                add(ShapedRun(font: font, glyphs: UnsafeBufferPointer(start: glyphString.glyphs, count: count),
                              clusters: UnsafeBufferPointer(start: glyphString.log_clusters, count: count),
                              offset: Int(item.offset), length: Int(item.length),
                              x: Double(logical.x) / scale, baseline: Double(pango_layout_iter_get_baseline(iter)) / scale),
                    line: line, text: text, size: size, fonts: fonts)
            }
            if pango_layout_iter_next_run(iter) == 0 { break }
            if current == nil {
                // The previous run was the end of a line: this one starts the next line.
                line += 1
                var top: Int32 = 0
                pango_layout_iter_get_line_yrange(iter, &top, nil)
                lineTops.append(Double(top) / scale)
            }
        }
    }

    /// Adds the PDF runs and glyphs of one shaped run on line `line` of `text`.
    mutating func add(_ shaped: ShapedRun, line: Int, text: [UInt8], size: Double, fonts: PDFFontRegistry) {
        let scale = Double(PANGO_SCALE)
        let face = fonts.face(for: shaped.font)
        let infos = shaped.glyphs, clusters = shaped.clusters
        let count = infos.count
        // Left-to-right text has its clusters in order: a cluster ends where the next glyph's starts.
        var ordered = true
        for i in 1..<max(1, count) where clusters[i] < clusters[i - 1] { ordered = false; break }
        let starts = ordered ? [] : Set(clusters).sorted()
        let itemEnd = shaped.offset + shaped.length
        let baseline = shaped.baseline

        var x = shaped.x
        var current: (x: Double, y: Double, bytes: PDFBytes)?
        func close() {
            guard var c = current else { return }
            c.bytes.append("]TJ")
            runs.append(Run(face: face.index, size: size, x: c.x, y: c.y, show: c.bytes.bytes, line: line))
            current = nil
        }
        for i in 0..<count {
            let info = infos[i]
            let advance = Double(info.geometry.width) / scale
            defer { x += advance }
            var gid = info.glyph, keptSpace = false
            // Pango shows the space where it broke a line as no glyph; the PDF keeps the
            // space there (invisible at the line's end), so text read aloud or copied
            // keeps the words on either side apart.
            if gid == PANGO_GLYPH_EMPTY, let space = face.spaceGlyph {
                let at = shaped.offset + Int(clusters[i])
                if at >= 0, at < text.count, text[at] == 0x20 || text[at] == 0x0A { gid = space; keptSpace = true }
            }
            if gid & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                missing.append((x + advance * 0.1, baseline - size * 0.7, advance * 0.8, size * 0.7, line))
            }
            if gid >= PANGO_GLYPH_EMPTY || gid & PANGO_GLYPH_UNKNOWN_FLAG != 0 { close(); continue }
            let dx = Double(info.geometry.x_offset) / scale, dy = Double(info.geometry.y_offset) / scale
            let offset = dx != 0 || dy != 0
            if offset || current == nil { close(); var b = PDFBytes(); b.append("["); current = (x + dx, baseline + dy, b) }
            current!.bytes.append("<"); current!.bytes.appendHex(Int(gid), digits: 4); current!.bytes.append(">")
            let adjust = (face.width(gid) - advance * 1000 / size)
            if abs(adjust) >= 0.05 { current!.bytes.append(number: adjust) }
            if offset { close() }

            // Every glyph goes into the subset and the widths; the first of a cluster also
            // stands for the cluster's text, the others for nothing.
            var piece: ArraySlice<UInt8> = []
            if keptSpace { piece = [0x20] } else if i == 0 || clusters[i - 1] != clusters[i] {
                var next = itemEnd
                if ordered {
                    var j = i + 1
                    while j < count, clusters[j] == clusters[i] { j += 1 }
                    if j < count { next = shaped.offset + Int(clusters[j]) }
                } else if let above = Self.firstAbove(clusters[i], in: starts) { next = shaped.offset + Int(above) }
                let from = shaped.offset + Int(clusters[i])
                if from >= 0, from < next, next <= text.count { piece = text[from..<next] }
            }
            note(face: face.index, id: gid, text: piece)
        }
        // A line the text itself breaks ("\n") ends with a space in the PDF's text, so
        // the words on either side of the break stay apart when read.
        if itemEnd < text.count, text[itemEnd] == 0x0A, let space = face.spaceGlyph {
            if current == nil { var b = PDFBytes(); b.append("["); current = (x, baseline, b) }
            current!.bytes.append("<"); current!.bytes.appendHex(Int(space), digits: 4); current!.bytes.append(">")
            note(face: face.index, id: space, text: [0x20])
        }
        close()
    }

    /// Adds a composed line as one run from the PDF text of its pieces, made once per piece;
    /// false, with nothing added, when a piece has glyphs that need a run of their own
    /// (moved off the baseline, invisible, or missing), which `add` then handles glyph by glyph.
    mutating func addLine(of pieces: ArraySlice<ParagraphComposer.Piece>, wrapped: Bool, text: [UInt8], from start: Int,
                          font: UnsafeMutablePointer<PangoFont>, baseline: Double, line: Int, size: Double, fonts: PDFFontRegistry) -> Bool {
        let face = fonts.face(for: font)
        var texts: [ParagraphComposer.PieceText.Text] = []
        texts.reserveCapacity(pieces.count)
        var at = start
        for (k, piece) in zip(pieces.indices, pieces) {
            let atEnd = wrapped && k == pieces.endIndex - 1 && piece.trailingWhite != 0
            let known = atEnd ? piece.pdf.atEnd : piece.pdf.inside
            guard let made = known ?? Self.pieceText(piece, text: text[at..<(at + piece.length)], atEnd: atEnd, face: face, size: size) else { return false }
            if known == nil { if atEnd { piece.pdf.atEnd = made } else { piece.pdf.inside = made } }
            texts.append(made)
            at += piece.length
        }
        var show = PDFBytes()
        show.append("[")
        for t in texts { show.append(bytes: t.show) }
        show.append("]TJ")
        runs.append(Run(face: face.index, size: size, x: 0, y: baseline, show: show.bytes, line: line))
        for t in texts { for g in t.glyphs { note(face: g.face, id: g.id, text: g.text) } }
        return true
    }

    /// A piece's glyphs as `TJ` operands and subset glyphs, or nil when one needs a run of its own.
    private static func pieceText(_ piece: ParagraphComposer.Piece, text: ArraySlice<UInt8>, atEnd: Bool, face: PDFFontFace, size: Double) -> ParagraphComposer.PieceText.Text? {
        let scale = Double(PANGO_SCALE)
        let count = piece.glyphs.count
        var show = PDFBytes()
        var glyphs: [Glyph] = []
        for i in 0..<count {
            let info = piece.glyphs[i]
            var gid = info.glyph, advance = Double(info.geometry.width) / scale
            let shownAsNothing = atEnd && i == count - 1
            if shownAsNothing { guard let space = face.spaceGlyph else { return nil }; gid = space; advance = 0 }
            guard gid < PANGO_GLYPH_EMPTY, gid & PANGO_GLYPH_UNKNOWN_FLAG == 0, info.geometry.x_offset == 0, info.geometry.y_offset == 0,
                  i == 0 || piece.clusters[i] >= piece.clusters[i - 1] else { return nil }
            show.append("<"); show.appendHex(Int(gid), digits: 4); show.append(">")
            let adjust = face.width(gid) - advance * 1000 / size
            if abs(adjust) >= 0.05 { show.append(number: adjust) }
            var piece_: String = ""
            if shownAsNothing { piece_ = " " } else if i == 0 || piece.clusters[i - 1] != piece.clusters[i] {
                var j = i + 1
                while j < count, piece.clusters[j] == piece.clusters[i] { j += 1 }
                let from = text.startIndex + Int(piece.clusters[i]), next = j < count ? text.startIndex + Int(piece.clusters[j]) : text.endIndex
                if from < next, next <= text.endIndex { piece_ = String(decoding: text[from..<next], as: UTF8.self) }
            }
            let glyph = Glyph(face: face.index, id: gid, text: piece_)
            if !glyphs.contains(glyph) { glyphs.append(glyph) }
        }
        return ParagraphComposer.PieceText.Text(show: show.bytes, glyphs: glyphs)
    }

    private mutating func note(face: Int, id: UInt32, text: String) {
        let key = UInt64(face) << 32 | UInt64(id)
        if let known = seen[key], known.contains(text) { return }
        seen[key, default: []].append(text)
        glyphs.append(Glyph(face: face, id: id, text: text))
    }

    /// Adds the glyph standing for `text` to `glyphs`, unless it is there already.
    private mutating func note(face: Int, id: UInt32, text: ArraySlice<UInt8>) {
        let key = UInt64(face) << 32 | UInt64(id)
        if let known = seen[key], known.contains(where: { $0.utf8.elementsEqual(text) }) { return }
        let string = String(decoding: text, as: UTF8.self)
        seen[key, default: []].append(string)
        glyphs.append(Glyph(face: face, id: id, text: string))
    }

    /// The smallest of the sorted `values` above `value` (a binary search: a run may be a long line).
    private static func firstAbove(_ value: Int32, in values: [Int32]) -> Int32? {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] > value { high = mid } else { low = mid + 1 }
        }
        return low < values.count ? values[low] : nil
    }
}
