import PageGraphics

/// Flows blocks into pages: keeps headings with what follows, repeats table heads after a
/// break, and adds footers once the page count is known.
public struct Paginator {
    public var pageSize: Size
    public var margins: Insets
    /// Room kept at the bottom of every page for the footer.
    public var footerHeight: Points

    public init(pageSize: Size, margins: Insets, footerHeight: Points) {
        self.pageSize = pageSize; self.margins = margins; self.footerHeight = footerHeight
    }

    /// The text area of every page.
    public var contentArea: Rect {
        Rect(x: margins.left, y: margins.top, width: pageSize.width - margins.left - margins.right,
             height: pageSize.height - margins.bottom - footerHeight - margins.top)
    }

    /// Places the blocks; `decorate` draws each page's footer given (page, count). `closing`
    /// (the booking code) goes at the bottom right of the last page's text area, which keeps room for it.
    public func paginate(_ blocks: [Block], closing: Frame? = nil, decorate: (Int, Int) -> Frame) -> [Page] {
        var (frames, end) = flow(blocks, shortFrom: nil, by: 0)
        if let closing {
            let room = closing.size.height
            // The last page keeps the room; when it has not, its text flows again with the room kept from that page on.
            if end + room > contentArea.maxY + 0.01 { frames = flow(blocks, shortFrom: frames.count - 1, by: room).frames }
            let area = contentArea
            frames[frames.count - 1].append(closing, at: Point(x: area.maxX - closing.size.width, y: area.maxY - closing.size.height))
        }
        let count = frames.count
        return frames.enumerated().map { index, frame in
            var f = frame
            f.append(decorate(index + 1, count), at: .zero)
            return Page(size: pageSize, frame: f)
        }
    }

    /// The blocks flowed into frames, pages from `shortFrom` on ending `by` higher; and where the last page's text ends.
    private func flow(_ blocks: [Block], shortFrom: Int?, by room: Points) -> (frames: [Frame], end: Points) {
        var frames: [Frame] = [Frame(size: pageSize)]
        var area = contentArea
        var y = area.minY
        var placedOnPage = 0
        /// From this block on, the gaps before blocks are halved (see below).
        var halfGapsFrom = blocks.count

        func shorten() {
            if let shortFrom, frames.count - 1 >= shortFrom { area.size.height = contentArea.height - room }
        }
        shorten()

        func newPage() {
            frames.append(Frame(size: pageSize))
            y = area.minY
            placedOnPage = 0
            shorten()
        }

        func spaceBefore(_ k: Int) -> Points { k >= halfGapsFrom ? blocks[k].spaceBefore / 2 : blocks[k].spaceBefore }

        for i in blocks.indices {
            let block = blocks[i]
            // The document's last blocks never go to a page of their own when closing the gaps
            // before them to half keeps them on this one (a sheet's closing notes, a line or two).
            if placedOnPage > 0, i < halfGapsFrom,
               y + blocks[i...].reduce(Points.zero, { $0 + $1.spaceBefore + $1.height }) > area.maxY + 0.01,
               y + blocks[i...].reduce(Points.zero, { $0 + $1.spaceBefore / 2 + $1.height }) <= area.maxY + 0.01 {
                halfGapsFrom = i
            }
            let gap = placedOnPage == 0 ? Points.zero : spaceBefore(i)
            var needed = gap + block.height
            // A run of keep-with-next blocks moves as one, as long as the run fits on a page.
            var j = i
            var chain = needed
            while blocks[j].keepWithNext, j + 1 < blocks.count {
                j += 1
                chain += spaceBefore(j) + blocks[j].height
            }
            if chain <= area.height {
                needed = chain
            } else if block.keepWithNext, block.continuationHeader == nil, i + 1 < blocks.count {
                // A run longer than a page still never leaves a heading alone at the bottom (table rows may break anywhere).
                needed += spaceBefore(i + 1) + blocks[i + 1].height
            }
            if placedOnPage > 0 && y + needed > area.maxY + 0.01 {
                newPage()
                if let header = block.continuationHeader {
                    frames[frames.count - 1].append(header, at: Point(x: area.minX, y: y))
                    y += header.size.height
                }
            } else {
                y += gap
            }
            frames[frames.count - 1].append(block.frame, at: Point(x: area.minX, y: y))
            y += block.height
            placedOnPage += 1
        }
        return (frames, y)
    }
}
