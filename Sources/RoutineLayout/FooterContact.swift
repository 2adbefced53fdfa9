import PageGraphics
import RoutineModel

/// The footer's left column: plain lines (the clinic's name and address, or the race), then the
/// clinic's phone, e-mail and website set one after another, each a link over its words, going
/// on to the next line where the column ends.
struct FooterContact {
    /// A contact detail as printed, and what it opens.
    struct Detail: Hashable {
        var text: String
        /// The address opened; nil when the detail cannot be one (it is printed all the same).
        var uri: String?
        /// What clicking it does, for a screen reader.
        var description: String
    }

    private enum Role { case text, separator, detail(Int) }
    private struct Piece { var box: TextBox; var origin: Point; var role: Role }

    private var pieces: [Piece] = []
    private let details: [Detail]
    /// The room the column takes.
    private(set) var height: Points = 0

    /// The clinic's name and address, then its phone, e-mail and website (without the scheme).
    static func details(of clinic: Clinic?, words: Wording) -> (text: String, details: [Detail]) {
        guard let clinic else { return ("", []) }
        // An address that starts with the clinic's name does not repeat it.
        let address = clinic.address.map { a -> String in
            guard a.lowercased().hasPrefix(clinic.name.lowercased()) else { return a }
            return String(a.dropFirst(clinic.name.count).drop { " ,·-–".contains($0) })
        }.flatMap { $0.isEmpty ? nil : $0 }
        let first = [clinic.name, address].compactMap { $0 }.joined(separator: "  ·  ")
        let website = clinic.website.map { w in
            var s = Substring(w)
            for scheme in ["https://", "http://"] where s.lowercased().hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
            return String(s)
        }
        let name = clinic.name.isEmpty ? words(.linkTheClinic) : clinic.name
        let details = [
            clinic.phone.map { Detail(text: $0, uri: clinic.phoneAddress, description: words(.linkCall, ["name": name, "number": $0])) },
            clinic.email.map { Detail(text: $0, uri: clinic.emailAddress, description: words(.linkEmail, ["name": name, "address": $0])) },
            website.map { Detail(text: $0, uri: clinic.websiteAddress, description: words(.linkWebsite, ["name": name, "address": $0])) },
        ].compactMap { $0 }
        return (first, details)
    }

    init(text: String, details: [Detail], style: TextStyle, width: Points, measurer: TextMeasuring) {
        self.details = details
        var y = Points.zero
        if !text.isEmpty {
            let box = TextBox(text, style, width: width, measurer: measurer)
            pieces.append(Piece(box: box, origin: .zero, role: .text))
            y = box.size.height
        }
        guard !details.isEmpty else { height = y; return }
        let separator = TextBox("  ·  ", style, width: nil, measurer: measurer)
        var x = Points.zero, line = Points.zero
        for (i, d) in details.enumerated() {
            var box = TextBox(d.text, style, width: nil, measurer: measurer)
            // A detail longer than the column wraps on lines of its own.
            if box.size.width > width { box = TextBox(d.text, style, width: width, measurer: measurer) }
            if x > 0, x + separator.size.width + box.size.width > width { y += line; x = 0; line = 0 }
            if x > 0 {
                pieces.append(Piece(box: separator, origin: Point(x: x, y: y), role: .separator))
                x += separator.size.width
            }
            pieces.append(Piece(box: box, origin: Point(x: x, y: y), role: .detail(i)))
            x += box.size.width
            line = Points.max(line, box.size.height)
        }
        height = y + line
    }

    /// Draws the column at `origin`. Its words are the paragraph `paragraph` when `tagged` (the
    /// last page), a footer artifact elsewhere; every page's details are links of that paragraph.
    func place(in frame: inout Frame, at origin: Point, paragraph: StructurePath, tagged: Bool) {
        let footer = ContentTag.artifact(.footer)
        for p in pieces {
            let at = p.origin.offset(by: origin)
            switch p.role {
            case .text: p.box.place(in: &frame, at: at, tag: tagged ? .element(paragraph) : footer)
            case .separator: p.box.place(in: &frame, at: at, tag: footer)
            case .detail(let i):
                let link = paragraph.appending(StructureStep(.link, i))
                let detail = details[i]
                p.box.place(in: &frame, at: at, tag: tagged && detail.uri != nil ? .element(link) : tagged ? .element(paragraph) : footer)
                guard let uri = detail.uri else { continue }
                // The area covers the words (a box set without a width is as wide as they are) with a point to spare.
                let rect = Rect(x: at.x - 1, y: at.y - 1, width: p.box.size.width + 2, height: p.box.size.height + 2)
                frame.link(LinkArea(uri: uri, description: detail.description, rect: rect, element: link))
            }
        }
    }
}
