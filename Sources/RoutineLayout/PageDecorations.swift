import PageGraphics
import RoutineModel

/// The footer on every page: the clinic's contact (or the race) on the left, the person and
/// "Page X of Y" on the right.
struct PageDecorations {
    /// The contact's place among the document's parts: after all of them.
    static let contactOrder = 1_000_000

    /// The left-hand text: the clinic's name and address (or the race), one line or two.
    var contactText: String
    /// The clinic's phone, e-mail and website below it, each a link.
    var details: [FooterContact.Detail] = []
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

    /// The footer's right-hand text for a page.
    func pageText(_ page: Int, of count: Int) -> String {
        // "Page 2 of 3" never breaks (a word joiner after each space).
        let label = [layout.words, layout.second].compactMap { $0 }.map { words in
            var kept = String.UnicodeScalarView()
            for c in words(.pageLabel, ["page": String(page), "count": String(count)]).unicodeScalars where c != "\u{2060}" {
                kept.append(c)
                if c == " " { kept.append("\u{2060}") }
            }
            return String(kept)
        }.joined(separator: " · ")
        return person.map { "\($0)  ·  \(label)" } ?? label
    }

    private func contact(width: Points) -> FooterContact {
        FooterContact(text: contactText, details: details, style: layout.style("footer"), width: width, measurer: measurer)
    }

    /// How the footer is set: the contact beside the page label, or (where that would take more
    /// lines, as in large print) the page label on a line of its own with the contact below it
    /// across the page.
    private struct Arrangement {
        var contact: FooterContact
        var contactTop: Points
        var pageWidth: Points
        var height: Points
    }

    private func arrangement() -> Arrangement {
        let style = layout.style("footer")
        let widths = columnWidths()
        let right = TextBox(pageText(99, of: 99), style, width: widths.page, measurer: measurer).size.height
        let beside = contact(width: widths.contact)
        let sideBySide = Points.max(beside.height, right)
        if beside.height > right {
            let across = contact(width: contentWidth)
            let label = TextBox(pageText(99, of: 99), style, width: contentWidth, measurer: measurer).size.height
            if label + across.height < sideBySide {
                return Arrangement(contact: across, contactTop: label, pageWidth: contentWidth, height: label + across.height)
            }
        }
        return Arrangement(contact: beside, contactTop: 0, pageWidth: widths.page, height: sideBySide)
    }

    /// The room the footer needs, measured with the longest page label.
    var height: Points { layout.spacing.footerGap + arrangement().height }

    /// A function drawing the footer of page X of Y, in page coordinates.
    func footer() -> (Int, Int) -> Frame {
        let style = layout.style("footer")
        let left = layout.margins.left
        let set = arrangement()
        let top = pageSize.height - layout.margins.bottom - set.height
        let contact = set.contact
        let ruleY = top - layout.footer.ruleGap
        let rule = ShapeItem(path: .line(from: Point(x: left, y: ruleY), to: Point(x: left + contentWidth, y: ruleY)),
                             stroke: layout.color("rule"), lineWidth: layout.footer.ruleWidth)
        let pageTextWidth = set.pageWidth
        return { page, count in
            var frame = Frame(size: pageSize)
            frame.add(.shape(rule), at: .zero, tag: .artifact(.footer))
            // The contact repeats on every page; a reader hears it once, at the end, from the last page.
            let paragraph = StructurePath([StructureStep(.section, Self.contactOrder), StructureStep(.paragraph, 0)])
            contact.place(in: &frame, at: Point(x: left, y: top + set.contactTop), paragraph: paragraph, tagged: page == count)
            TextBox(pageText(page, of: count), style.with(alignment: .right), width: pageTextWidth, measurer: measurer)
                .place(in: &frame, at: Point(x: left + contentWidth - pageTextWidth, y: top), tag: .artifact(.footer))
            return frame
        }
    }
}
