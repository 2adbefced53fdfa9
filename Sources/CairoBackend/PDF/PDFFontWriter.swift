/// Writes one font of a document: a Type 0 font over a CID font with the subset program, its
/// glyph widths, and the map from glyphs back to text.
struct PDFFontWriter {
    let face: PDFFontFace
    /// Every glyph the document shows, with the text it stands for.
    let text: [UInt32: String]

    func write(type0: Int, objects: PDFObjectWriter) throws(RenderError) {
        guard face.hasEmbeddableOutlines else {
            throw RenderError(.font(face.postScriptName), "has neither CFF nor TrueType outlines and cannot be embedded in a PDF", hint: "remove it from the fonts folder")
        }
        let glyphs = text.keys.sorted()
        let embedded = face.baseGlyphs.union(glyphs).sorted()
        let program = try face.program(holding: embedded)
        let name = subsetTag(embedded) + "+" + face.postScriptName
        let cidFont = objects.reserve(), descriptor = objects.reserve(), file = objects.reserve(), toUnicode = objects.reserve()

        var entries = PDFBytes()
        entries.append(face.isCFF ? "/Subtype /CIDFontType0C /Filter /FlateDecode" : "/Filter /FlateDecode")
        if !face.isCFF { entries.append(" /Length1 "); entries.append(program.length) }
        try objects.writeStream(file, entries: entries, data: program.data)

        var d = PDFBytes()
        d.append("<< /Type /FontDescriptor /FontName /"); d.append(string: name)
        d.append(" /Flags 32 /FontBBox ["); d.append(number: face.boundingBox.0); d.append(" "); d.append(number: face.boundingBox.1)
        d.append(" "); d.append(number: face.boundingBox.2); d.append(" "); d.append(number: face.boundingBox.3)
        d.append("] /ItalicAngle 0 /Ascent "); d.append(number: face.ascent); d.append(" /Descent "); d.append(number: face.descent)
        d.append(" /CapHeight "); d.append(number: face.capHeight); d.append(" /StemV 80 ")
        d.append(face.isCFF ? "/FontFile3 " : "/FontFile2 "); d.append(file); d.append(" 0 R >>")
        try objects.write(descriptor, body: d)

        var c = PDFBytes()
        c.append("<< /Type /Font /Subtype "); c.append(face.isCFF ? "/CIDFontType0" : "/CIDFontType2")
        c.append(" /BaseFont /"); c.append(string: name)
        c.append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "); c.append(descriptor)
        c.append(" 0 R")
        if !face.isCFF { c.append(" /CIDToGIDMap /Identity") }
        c.append(" /W [")
        for g in glyphs { c.append(Int(g)); c.append(" ["); c.append(number: face.width(g)); c.append("] ") }
        c.append("] >>")
        try objects.write(cidFont, body: c)

        var unicode = PDFBytes()
        unicode.append("<< /Type /Font /Subtype /Type0 /BaseFont /"); unicode.append(string: name)
        unicode.append(" /Encoding /Identity-H /DescendantFonts ["); unicode.append(cidFont); unicode.append(" 0 R] /ToUnicode ")
        unicode.append(toUnicode); unicode.append(" 0 R >>")
        try objects.write(type0, body: unicode)

        var cmapEntries = PDFBytes(); cmapEntries.append("/Filter /FlateDecode")
        var map = cmap(glyphs)
        try objects.writeStream(toUnicode, entries: cmapEntries, data: try Deflate.compress(map.take()))
    }

    /// Six capital letters naming this subset, the same for the same glyphs.
    private func subsetTag(_ glyphs: [UInt32]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for g in glyphs { hash = (hash ^ UInt64(g)) &* 0x100_0000_01b3 }
        for b in face.postScriptName.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        var tag = ""
        for _ in 0..<6 { tag.append(Character(UnicodeScalar(UInt8(65 + hash % 26)))); hash /= 26 }
        return tag
    }

    /// The ToUnicode CMap: each glyph id to the UTF-16 text it stands for.
    private func cmap(_ glyphs: [UInt32]) -> PDFBytes {
        var m = PDFBytes(capacity: 256 + glyphs.count * 20)
        m.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        m.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        m.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        let mapped = glyphs.filter { !(text[$0] ?? "").isEmpty }
        var i = 0
        while i < mapped.count {
            let block = mapped[i..<min(i + 100, mapped.count)]
            m.append(block.count); m.append(" beginbfchar\n")
            for g in block {
                m.append("<"); m.appendHex(Int(g), digits: 4); m.append("> <")
                // A map entry holds at most 512 bytes; a cluster longer than that keeps its start.
                var units = 0
                for scalar in text[g]!.unicodeScalars {
                    let utf16 = UTF16.encode(scalar)!
                    units += utf16.count
                    if units > 120 { break }
                    for unit in utf16 { m.appendHex(Int(unit), digits: 4) }
                }
                m.append(">\n")
            }
            m.append("endbfchar\n")
            i += 100
        }
        m.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return m
    }
}
