/// The document's XMP metadata packet: its title, author and dates, and the claim of PDF/UA-1.
enum PDFXMP {
    static func packet(_ m: DocumentMetadata) -> String {
        var s = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        s += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        s += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        s += " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        s += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(m.title))</rdf:li></rdf:Alt></dc:title>\n"
        if let author = m.author { s += "<dc:creator><rdf:Seq><rdf:li>\(escaped(author))</rdf:li></rdf:Seq></dc:creator>\n" }
        s += "<dc:language><rdf:Bag><rdf:li>\(escaped(m.language))</rdf:li></rdf:Bag></dc:language>\n"
        s += "<xmp:CreateDate>\(escaped(m.creationDate))</xmp:CreateDate><xmp:ModifyDate>\(escaped(m.creationDate))</xmp:ModifyDate>\n"
        s += "<xmp:CreatorTool>\(escaped(m.creator))</xmp:CreatorTool><pdf:Producer>RoutinePress</pdf:Producer>\n"
        s += "<pdfuaid:part>1</pdfuaid:part>\n"
        s += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"
        return s
    }

    /// Text made safe inside XML elements.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: if c.value >= 0x20 || c == "\t" || c == "\n" { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
