import PageGraphics
import RoutineModel

/// A QR code of an address with its words beside it ("Scan to watch the video"): one link, over
/// the code and the words, whose code is a figure saying where it leads.
struct ScanCode {
    var address: WebAddress
    /// What the code is of, for the words a screen reader says: "QR code: video of Roll calves".
    var alt: String
    /// What the link says it opens.
    var linkDescription: String
    var caption: String
    var side: Points
    var layout: Layout
    /// The room across, for the code and its words.
    var width: Points

    init(address: WebAddress, exercise: String, layout: Layout, width: Points) {
        self.address = address; self.layout = layout; self.width = width
        let values = ["name": exercise, "address": address.written]
        alt = layout.words(.altVideoCode, values)
        linkDescription = layout.words(.linkVideo, values)
        caption = layout.codes.video ?? ([layout.words(.videoCaption)] + [layout.secondWords(.videoCaption)].compactMap { $0 }).joined(separator: "\n")
        side = layout.codes.side
    }

    init(booking address: WebAddress, clinic: String, layout: Layout, width: Points) {
        self.address = address; self.layout = layout; self.width = width
        let values = ["name": clinic, "address": address.written]
        alt = layout.words(.altBookingCode, values)
        linkDescription = layout.words(.linkBooking, values)
        caption = layout.codes.booking ?? ([layout.words(.bookingCaption)] + [layout.secondWords(.bookingCaption)].compactMap { $0 }).joined(separator: "\n")
        side = layout.codes.bookingSide
    }

    /// Draws an entry's code where cards put it: under its picture (of size `art`), or on an
    /// entry of text alone under the text (at `textX`, its words ending at `textBottom`); returns the bottom.
    func placeUnder(art: Size?, textX: Points, textBottom: Points, in frame: inout Frame, measurer: TextMeasuring, element: StructurePath) -> Points {
        let top = (art?.height ?? textBottom) + layout.codes.above
        return place(in: &frame, at: Point(x: art == nil ? textX : 0, y: top), measurer: measurer, element: element)
    }

    /// Draws the code at `origin` with its words to its right (set level with the code's middle),
    /// tagged as the Link element `element` (the words its text, the code a figure in it); returns
    /// the bottom. With `wordsFirst` the words stand left of the code.
    @discardableResult
    func place(in frame: inout Frame, at origin: Point, measurer: TextMeasuring, element: StructurePath, wordsFirst: Bool = false) -> Points {
        let codes = layout.codes
        // Words left of the code end at it (right-aligned); words right of it start at it.
        let style = layout.style("codeCaption").with(alignment: wordsFirst ? .right : .left)
        let words = TextBox(caption, style, width: Points.max(width - side - codes.gap, side), measurer: measurer)
        let wordsX = wordsFirst ? origin.x : origin.x + side + codes.gap
        let codeX = wordsFirst ? origin.x + words.size.width + codes.gap : origin.x
        let code = QRCodeItem(text: address.uri, side: side, color: layout.color(codes.color))
        let figure = ContentTag.element(element.appending(StructureStep(.figure, wordsFirst ? 1 : 0), alt: alt))
        let wordsY = origin.y + Points.max(0, (side - words.size.height) / 2)
        let wordsTag = ContentTag.element(element)
        if wordsFirst { words.place(in: &frame, at: Point(x: wordsX, y: wordsY), tag: wordsTag) }
        frame.add(.qrCode(code), at: Point(x: codeX, y: origin.y), tag: figure)
        if !wordsFirst { words.place(in: &frame, at: Point(x: wordsX, y: wordsY), tag: wordsTag) }
        let shown = measurer.measure(words.item.text, style: words.item.style, width: words.item.width).size.width
        let wordsLeft = wordsFirst ? wordsX + words.size.width - shown : wordsX
        let left = Points.min(codeX, wordsLeft), right = Points.max(codeX + side, wordsLeft + shown)
        let top = Points.min(origin.y, wordsY), height = Points.max(side, words.size.height)
        frame.link(LinkArea(uri: address.uri, description: linkDescription,
                            rect: Rect(x: left - 1, y: top - 1, width: right - left + 2, height: height + 2), element: element))
        return origin.y + height
    }
}
