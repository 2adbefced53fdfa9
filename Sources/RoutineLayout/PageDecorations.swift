import PageGraphics
import RoutineModel

/// The footer on every page: the clinic's contact (or the race) on the left, the person and
/// "Page X of Y" on the right.
struct PageDecorations {
    /// The contact's place among the document's parts: after all of them.
    static let contactOrder = 1_000_000

    /// The left-hand text, one or two lines.
    var contactText: String
    /// Whose plan it is, named on every page.
    var person: String?
    var layout: Layout
    var pageSize: Size
    var measurer: TextMeasuring

    private var contentWidth: Points { pageSize.width - layout.margins.left - layout.margins.right }
    /// The two columns: room for "Name · Page 99 of 99" on one line where the page allows (at
    /// least 30 % of it, at most half), and the contact beside it.
    private func columnWidths() -> (page: Points, contact: Points) {
        let needed = measurer.measure(Typography.keepTogether(pageText(99, of: 99)), style: layout.style("footer"), width: nil).size.width + 2
        let page = Points.min(contentWidth * 0.5, Points.max(contentWidth * 0.3, needed))
        return (page, contentWidth - page - layout.footer.columnGap)
    }

    /// The clinic's name and address, then its phone, email and website (without the scheme).
    static func contact(_ clinic: Clinic?) -> String {
        guard let clinic else { return "" }
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
        let second = [clinic.phone, clinic.email, website].compactMap { $0 }.joined(separator: "  ·  ")
        return second.isEmpty ? first : first + "\n" + second
    }

    /// The footer's right-hand text for a page.
    func pageText(_ page: Int, of count: Int) -> String {
        // "Page 2 of 3" never breaks (a word joiner after each space).
        let label = "Page \u{2060}\(page) of \u{2060}\(count)"
        return person.map { "\($0)  ·  \(label)" } ?? label
    }

    /// The room the footer needs, measured with the longest page label.
    var height: Points { height(columnWidths()) }

    private func height(_ widths: (page: Points, contact: Points)) -> Points {
        let style = layout.style("footer")
        let left = contactText.isEmpty ? Points.zero : TextBox(contactText, style, width: widths.contact, measurer: measurer).size.height
        let right = TextBox(pageText(99, of: 99), style, width: widths.page, measurer: measurer).size.height
        return layout.spacing.footerGap + Points.max(left, right)
    }

    /// A function drawing the footer of page X of Y, in page coordinates.
    func footer() -> (Int, Int) -> Frame {
        let style = layout.style("footer")
        let left = layout.margins.left
        let widths = columnWidths()
        let top = pageSize.height - layout.margins.bottom - height(widths) + layout.spacing.footerGap
        let contact = contactText.isEmpty ? nil : TextBox(contactText, style, width: widths.contact, measurer: measurer)
        let ruleY = top - layout.footer.ruleGap
        let rule = ShapeItem(path: .line(from: Point(x: left, y: ruleY), to: Point(x: left + contentWidth, y: ruleY)),
                             stroke: layout.color("rule"), lineWidth: layout.footer.ruleWidth)
        let pageTextWidth = widths.page
        return { page, count in
            var frame = Frame(size: pageSize)
            frame.add(.shape(rule), at: .zero, tag: .artifact(.footer))
            // The contact repeats on every page; a reader hears it once, at the end, from the last page.
            let last = ContentTag.element(StructurePath([StructureStep(.section, Self.contactOrder), StructureStep(.paragraph, 0)]))
            contact?.place(in: &frame, at: Point(x: left, y: top), tag: page == count ? last : .artifact(.footer))
            TextBox(pageText(page, of: count), style.with(alignment: .right), width: pageTextWidth, measurer: measurer)
                .place(in: &frame, at: Point(x: left + contentWidth - pageTextWidth, y: top), tag: .artifact(.footer))
            return frame
        }
    }
}
