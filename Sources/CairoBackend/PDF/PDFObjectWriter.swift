/// Writes numbered PDF objects and, at the end, the cross-reference table and trailer.
///
/// Objects may be reserved before they are written (a page names its parent before the page
/// tree exists); `finish` checks that every reserved object was written.
final class PDFObjectWriter {
    private let sink: PDFSink
    private var offsets: [Int] = [0]

    init(sink: PDFSink) throws(RenderError) {
        self.sink = sink
        var header = PDFBytes()
        header.append("%PDF-1.7\n%")
        header.append(bytes: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        try sink.write(header.bytes)
    }

    /// A new object number, to be written later.
    func reserve() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Objects written into object streams: the stream's number and the place in it.
    private var packed: [Int: (stream: Int, index: Int)] = [:]
    /// Objects waiting for the next object stream.
    private var pending: [(number: Int, body: [UInt8])] = []
    /// How many objects one object stream holds.
    static let objectsPerStream = 100

    /// Writes object `number` with `body` (a dictionary, array or other value). It goes into a
    /// compressed object stream with others: structure elements, pages and fonts' dictionaries
    /// are many and small.
    func write(_ number: Int, body: PDFBytes) throws(RenderError) {
        precondition(offsets[number] == -1, "PDF object \(number) written twice or never reserved")
        offsets[number] = -2
        pending.append((number, body.bytes))
        if pending.count >= Self.objectsPerStream { try flushObjects() }
    }

    /// Writes the waiting objects as one object stream.
    private func flushObjects() throws(RenderError) {
        guard !pending.isEmpty else { return }
        let stream = reserve()
        var head = PDFBytes(capacity: pending.count * 12), data = PDFBytes(capacity: pending.reduce(0) { $0 + $1.body.count + 1 })
        for (i, object) in pending.enumerated() {
            head.append(object.number); head.append(" "); head.append(data.count); head.append(" ")
            data.append(bytes: object.body); data.append("\n")
            packed[object.number] = (stream, i)
        }
        var entries = PDFBytes()
        entries.append("/Type /ObjStm /N "); entries.append(pending.count); entries.append(" /First "); entries.append(head.count)
        entries.append(" /Filter /FlateDecode")
        pending.removeAll(keepingCapacity: true)
        try writeStream(stream, entries: entries, data: try Deflate.compress(head.bytes + data.bytes))
    }

    /// Writes object `number` as a stream: `entries` go inside its dictionary, beside /Length.
    func writeStream(_ number: Int, entries: PDFBytes, data: [UInt8]) throws(RenderError) {
        var out = PDFBytes(capacity: data.count + entries.count + 64)
        out.append(number); out.append(" 0 obj\n<< ")
        out.append(bytes: entries.bytes)
        out.append(" /Length "); out.append(data.count); out.append(" >>\nstream\n")
        out.append(bytes: data)
        out.append("\nendstream\nendobj\n")
        try place(number, out.bytes)
    }

    private func place(_ number: Int, _ bytes: [UInt8]) throws(RenderError) {
        precondition(offsets[number] == -1, "PDF object \(number) written twice or never reserved")
        offsets[number] = sink.offset
        try sink.write(bytes)
    }

    /// Writes the cross-reference stream, which is also the trailer, naming `root` and `info`.
    func finish(root: Int, info: Int, id: [UInt8]) throws(RenderError) {
        try flushObjects()
        let xref = reserve()
        if let missing = offsets.indices.dropFirst().first(where: { offsets[$0] == -1 && $0 != xref }) {
            preconditionFailure("PDF object \(missing) was reserved but never written")
        }
        let start = sink.offset
        offsets[xref] = start
        // Each entry: type (1 byte), offset or object stream (5 bytes), generation or index (2 bytes).
        var table = [UInt8](); table.reserveCapacity(offsets.count * 8)
        func entry(_ type: UInt8, _ field: Int, _ last: Int) {
            table.append(type)
            for shift in stride(from: 32, through: 0, by: -8) { table.append(UInt8((field >> shift) & 0xFF)) }
            table.append(UInt8((last >> 8) & 0xFF)); table.append(UInt8(last & 0xFF))
        }
        entry(0, 0, 0xFFFF)
        for number in offsets.indices.dropFirst() {
            if let p = packed[number] { entry(2, p.stream, p.index) } else { entry(1, offsets[number], 0) }
        }
        var entries = PDFBytes(capacity: 160)
        entries.append("/Type /XRef /Size "); entries.append(offsets.count); entries.append(" /W [1 5 2] /Root "); entries.append(root)
        entries.append(" 0 R /Info "); entries.append(info); entries.append(" 0 R /ID [<")
        for b in id { entries.appendHex(Int(b), digits: 2) }
        entries.append("> <")
        for b in id { entries.appendHex(Int(b), digits: 2) }
        entries.append(">] /Filter /FlateDecode")
        let data = try Deflate.compress(table)
        var out = PDFBytes(capacity: data.count + 256)
        out.append(xref); out.append(" 0 obj\n<< ")
        out.append(bytes: entries.bytes)
        out.append(" /Length "); out.append(data.count); out.append(" >>\nstream\n")
        out.append(bytes: data)
        out.append("\nendstream\nendobj\nstartxref\n"); out.append(start); out.append("\n%%EOF\n")
        try sink.write(out.bytes)
    }
}
