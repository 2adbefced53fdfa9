/// Writes numbered PDF objects and, at the end, the cross-reference table and trailer.
///
/// Objects may be reserved before they are written (a page names its parent before the page
/// tree exists); `finish` checks that every reserved object was written.
final class PDFObjectWriter {
    private let sink: PDFSink
    /// Every object's place, and the objects waiting for the next object stream: one value, so
    /// writing an object is one access to the writer's state.
    private var table = PDFObjectTable()

    init(sink: PDFSink) throws(RenderError) {
        self.sink = sink
        var header = PDFBytes()
        header.append("%PDF-1.7\n%")
        header.append(bytes: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        try sink.write(header.bytes)
    }

    /// A new object number, to be written later.
    func reserve() -> Int { table.reserve(1) }

    /// `count` new object numbers in a row, to be written later; returns the first.
    func reserve(_ count: Int) -> Int { table.reserve(count) }

    /// How many objects one object stream holds: a whole sheet's, as a rule.
    static let objectsPerStream = 1000

    /// Writes object `number` with `body` (a dictionary, array or other value). It goes into a
    /// compressed object stream with others: structure elements, pages and fonts' dictionaries
    /// are many and small.
    func write(_ number: Int, body: PDFBytes) throws(RenderError) {
        if table.add(number, body: body) >= Self.objectsPerStream { try flushObjects() }
    }

    /// Writes objects `first`, `first + 1`, … whose bodies are `bodies` cut at `ends` (the end of
    /// each, after its separator, a line end): many small objects (a structure tree's elements)
    /// in one call.
    func write(from first: Int, bodies: PDFBytes, ends: [Int]) throws(RenderError) {
        var done = 0
        while done < ends.count {
            done += table.add(from: first, bodies: bodies, ends: ends, at: done, limit: Self.objectsPerStream)
            if table.waitingCount >= Self.objectsPerStream { try flushObjects() }
        }
    }

    /// Writes the waiting objects as one object stream, at level 1. A sheet's few hundred
    /// objects (mostly structure elements) fit in one stream, which makes them as small as level 6
    /// made them in streams of a hundred, at about a third of the time.
    private func flushObjects() throws(RenderError) {
        guard let (stream, count, first, data) = table.takeObjectStream() else { return }
        var entries = PDFBytes()
        entries.append("/Type /ObjStm /N "); entries.append(count); entries.append(" /First "); entries.append(first)
        entries.append(" /Filter /FlateDecode")
        try writeStream(stream, entries: entries, data: try Deflate.compress(data, level: 1))
    }

    /// Writes object `number` as a stream: `entries` go inside its dictionary, beside /Length.
    func writeStream(_ number: Int, entries: PDFBytes, data: [UInt8]) throws(RenderError) {
        var out = PDFBytes(capacity: data.count + entries.count + 64)
        out.append(number); out.append(" 0 obj\n<< ")
        out.append(entries)
        out.append(" /Length "); out.append(data.count); out.append(" >>\nstream\n")
        out.append(bytes: data)
        out.append("\nendstream\nendobj\n")
        try place(number, out.take())
    }

    private func place(_ number: Int, _ bytes: [UInt8]) throws(RenderError) {
        table.place(number, at: sink.offset)
        try sink.write(bytes)
    }

    /// Writes the cross-reference stream, which is also the trailer, naming `root` and `info`.
    func finish(root: Int, info: Int, id: [UInt8]) throws(RenderError) {
        try flushObjects()
        let xref = reserve()
        let start = sink.offset
        table.place(xref, at: start)
        let (offsets, packed) = table.finished()
        // Each entry: type (1 byte), offset or object stream (as few bytes as the file's length
        // needs), generation or index (2 bytes); each row is written as its difference from the
        // row above (the PNG "up" predictor), which leaves mostly zeros to compress.
        let width = max(1, (Int.bitWidth - start.leadingZeroBitCount + 7) / 8)
        let row = 1 + width + 2
        let step = row + 1
        var rows = [UInt8](repeating: 0, count: offsets.count * step)
        rows.withUnsafeMutableBufferPointer { r in
            offsets.withUnsafeBufferPointer { offsets in
                packed.withUnsafeBufferPointer { packed in
                    let base = r.baseAddress!
                    base[0] = 2; base[step - 2] = 0xFF; base[step - 1] = 0xFF  // object 0: free, generation 65535
                    for number in 1..<offsets.count {
                        let p = base + number * step, place = packed[number]
                        // In an object stream: type 2, the stream, the place in it; else type 1, the offset.
                        let field = place != 0 ? place >> 16 : offsets[number], last = place != 0 ? place & 0xFFFF : 0
                        p[0] = 2; p[1] = place != 0 ? 2 : 1
                        var shift = 8 * (width - 1)
                        for i in 0..<width { p[2 + i] = UInt8(truncatingIfNeeded: field >> shift); shift -= 8 }
                        p[step - 2] = UInt8(truncatingIfNeeded: last >> 8); p[step - 1] = UInt8(truncatingIfNeeded: last)
                    }
                    // The up predictor, from the bottom, so each row is taken from the one above it unchanged.
                    for n in Swift.stride(from: offsets.count - 1, through: 1, by: -1) {
                        let row = base + n * step
                        for i in 1..<step { row[i] &-= row[i - step] }
                    }
                }
            }
        }
        var entries = PDFBytes(capacity: 200)
        entries.append("/Type /XRef /Size "); entries.append(offsets.count); entries.append(" /W [1 "); entries.append(width)
        entries.append(" 2] /Root "); entries.append(root)
        entries.append(" 0 R /Info "); entries.append(info); entries.append(" 0 R /ID [<")
        for b in id { entries.appendHex(Int(b), digits: 2) }
        entries.append("> <")
        for b in id { entries.appendHex(Int(b), digits: 2) }
        entries.append(">] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns "); entries.append(row); entries.append(" >>")
        let data = try Deflate.compress(rows, level: 1)
        var out = PDFBytes(capacity: data.count + 256)
        out.append(xref); out.append(" 0 obj\n<< ")
        out.append(entries)
        out.append(" /Length "); out.append(data.count); out.append(" >>\nstream\n")
        out.append(bytes: data)
        out.append("\nendstream\nendobj\nstartxref\n"); out.append(start); out.append("\n%%EOF\n")
        try sink.write(out.take())
    }
}
