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

    /// Writes object `number` with `body` (a dictionary, array or other value).
    func write(_ number: Int, body: PDFBytes) throws(RenderError) {
        var out = PDFBytes(capacity: body.count + 32)
        out.append(number); out.append(" 0 obj\n")
        out.append(bytes: body.bytes)
        out.append("\nendobj\n")
        try place(number, out.bytes)
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

    /// Writes the cross-reference table and the trailer naming `root` and `info`.
    func finish(root: Int, info: Int, id: [UInt8]) throws(RenderError) {
        if let missing = offsets.indices.dropFirst().first(where: { offsets[$0] < 0 }) {
            preconditionFailure("PDF object \(missing) was reserved but never written")
        }
        let start = sink.offset
        var out = PDFBytes(capacity: offsets.count * 20 + 200)
        out.append("xref\n0 "); out.append(offsets.count); out.append("\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            let digits = String(offset)
            out.append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits)
            out.append(" 00000 n \n")
        }
        out.append("trailer\n<< /Size "); out.append(offsets.count)
        out.append(" /Root "); out.append(root); out.append(" 0 R /Info "); out.append(info); out.append(" 0 R /ID [<")
        for b in id { out.appendHex(Int(b), digits: 2) }
        out.append("> <")
        for b in id { out.appendHex(Int(b), digits: 2) }
        out.append(">] >>\nstartxref\n"); out.append(start); out.append("\n%%EOF\n")
        try sink.write(out.bytes)
    }
}
