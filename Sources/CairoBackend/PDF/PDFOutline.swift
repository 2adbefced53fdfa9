import PageGraphics

/// The document's outline (bookmarks): an entry per bookmarked place, each opening its page at
/// that place; in a merged document each plan's entries go under an entry of its title.
struct PDFOutline {
    private struct Entry {
        var title: String
        /// The page object and the height on it (PDF's y, from the bottom) the entry opens at.
        var page: Int, top: Double
        var children: [Entry] = []
    }

    private var entries: [Entry] = []
    private var lastGroup: Int?

    /// A plan of a merged document: its place among the plans and its title.
    struct Group: Equatable {
        var index: Int
        var title: String
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Adds a page's bookmarks; `height` is the page's height, to turn frame y into PDF y.
    mutating func add(_ bookmarks: [Bookmark], page: Int, height: Double, group: Group?) {
        if let group, group.index != lastGroup {
            entries.append(Entry(title: group.title, page: page, top: height))
            lastGroup = group.index
        }
        for b in bookmarks {
            let e = Entry(title: b.title, page: page, top: height - b.origin.y.value)
            if group != nil { entries[entries.count - 1].children.append(e) } else { entries.append(e) }
        }
    }

    /// Writes the outline tree; returns the object number of its root.
    func write(to objects: PDFObjectWriter) throws(RenderError) -> Int {
        let root = objects.reserve()
        let (first, last, count) = try write(entries, parent: root, objects: objects)
        var d = PDFBytes()
        d.append("<< /Type /Outlines /First "); d.append(first); d.append(" 0 R /Last "); d.append(last); d.append(" 0 R /Count "); d.append(count); d.append(" >>")
        try objects.write(root, body: d)
        return root
    }

    /// Writes sibling entries and their children; returns the first, the last and how many are shown open.
    private func write(_ list: [Entry], parent: Int, objects: PDFObjectWriter) throws(RenderError) -> (Int, Int, Int) {
        let numbers = list.map { _ in objects.reserve() }
        var shown = list.count
        for (i, e) in list.enumerated() {
            var d = PDFBytes(capacity: 160)
            d.append("<< /Title "); d.append(textString: e.title); d.append(" /Parent "); d.append(parent); d.append(" 0 R")
            if i > 0 { d.append(" /Prev "); d.append(numbers[i - 1]); d.append(" 0 R") }
            if i + 1 < list.count { d.append(" /Next "); d.append(numbers[i + 1]); d.append(" 0 R") }
            if !e.children.isEmpty {
                let (first, last, count) = try write(e.children, parent: numbers[i], objects: objects)
                d.append(" /First "); d.append(first); d.append(" 0 R /Last "); d.append(last); d.append(" 0 R /Count "); d.append(count)
                shown += count
            }
            d.append(" /Dest ["); d.append(e.page); d.append(" 0 R /XYZ null "); d.append(number: (e.top + 6).rounded()); d.append(" null] >>")
            try objects.write(numbers[i], body: d)
        }
        return (numbers.first ?? 0, numbers.last ?? 0, shown)
    }
}
