import PageGraphics

/// The logical structure of a tagged PDF, built from the element paths of every page's marked
/// content: a tree of structure elements in reading order (each element's children by their
/// order, then by first appearance), and the parent tree that maps each MCID back to its element.
///
/// A sheet has hundreds of elements (most of them tracker cells), so the tree is kept in flat
/// arrays of plain numbers: building it allocates almost nothing and writing it goes straight
/// into the object streams.
struct PDFStructureTree {
    /// One element: its step below its parent and its links in the tree, by index.
    private struct Node {
        /// The step, packed (role and order, as `StructureStep.packed`); 0 for the document.
        var key: UInt32
        var parent: Int32
        var firstChild: Int32 = -1, lastChild: Int32 = -1, nextSibling: Int32 = -1
        /// How many of the parent's own sequences came before this element (an element's words
        /// and its children are read in the order they are drawn: a paragraph, then its link).
        var after: Int32
        /// How many marked-content sequences the element owns, and how many link annotations.
        var sequences: Int32 = 0, annotations: Int32 = 0

        var role: StructureRole? { key == 0 ? nil : StructureStep(packed: key).role }
        var order: UInt32 { key & 0xFF_FFFF }
    }

    private var nodes: [Node] = {
        var n = [Node(key: 0, parent: -1, after: 0)]
        n.reserveCapacity(512)
        return n
    }()
    /// A figure's words, by element.
    private var alt: [Int32: String] = [:]
    /// An element's language where it is not the document's, by element (Span elements take
    /// `secondLanguage` unless given one here).
    private var language: [Int32: String] = [:]
    /// The language of Span elements (a bilingual sheet's second language).
    var secondLanguage: String?

    /// Every marked-content sequence, page by page and by MCID: the element owning it and its page.
    private var owner: [Int32] = [], ownerPage: [Int32] = []
    /// Where each page's sequences start in `owner`.
    private var pageStart: [Int] = []
    /// The link annotations: their element, page, object and key in the parent tree.
    private var links: [(node: Int32, page: Int32, object: Int, key: Int)] = []

    /// The last path looked up and the element at each of its depths (0: the document), so a
    /// path sharing its first steps starts its walk where they end.
    private var lastSteps = StructurePath.Steps()
    private var lastChain = SIMD16<Int32>()

    init() {
        owner.reserveCapacity(256); ownerPage.reserveCapacity(256)
    }

    /// Adds a page's marks (its MCIDs' element paths, MCID 0 first).
    mutating func add(page marks: [StructurePath]) {
        let page = Int32(pageStart.count)
        pageStart.append(owner.count)
        for i in marks.indices {
            let n = node(for: marks[i])
            nodes[Int(n)].sequences += 1
            owner.append(n); ownerPage.append(page)
        }
    }

    /// Sets the language of the element at `path` (made if new).
    mutating func set(language: String, of path: StructurePath) { self.language[node(for: path)] = language }

    /// Adds elements that hold no content (empty table cells), by path.
    mutating func add(empty paths: [StructurePath]) {
        for p in paths { _ = node(for: p) }
    }

    /// Adds a link annotation on page `page`, owned by the element at `path`, under `key` in the parent tree.
    mutating func add(annotation object: Int, page: Int, key: Int, of path: StructurePath) {
        let n = node(for: path)
        nodes[Int(n)].annotations += 1
        links.append((n, Int32(page), object, key))
    }

    /// The element at `path`, made (with any missing ancestors) on first sight: a walk down from
    /// where the path leaves the last one looked up, each step found among its parent's children.
    private mutating func node(for path: StructurePath) -> Int32 {
        let steps = path.steps
        var depth = 0
        while depth < steps.depth, depth < lastSteps.depth, steps.key(at: depth) == lastSteps.key(at: depth) { depth += 1 }
        var n = lastChain[depth]
        while depth < steps.depth {
            let key = steps.key(at: depth)
            var child = nodes[Int(n)].firstChild
            while child >= 0, nodes[Int(child)].key != key { child = nodes[Int(child)].nextSibling }
            if child < 0 {
                child = Int32(nodes.count)
                var parent = nodes[Int(n)]
                nodes.append(Node(key: key, parent: n, after: parent.sequences))
                if parent.lastChild >= 0 { nodes[Int(parent.lastChild)].nextSibling = child } else { parent.firstChild = child }
                parent.lastChild = child
                nodes[Int(n)] = parent
                if depth == steps.depth - 1, let words = path.alt { alt[child] = words }
            }
            n = child
            depth += 1
            lastChain[depth] = n
        }
        lastSteps = steps
        return n
    }

    /// Whether any page has tagged content.
    var isEmpty: Bool { nodes.count == 1 }

    /// Writes the elements, the parent tree and the root; returns the root's object number.
    /// `pages` are the page objects, by index.
    func write(to objects: PDFObjectWriter, pages: [Int]) throws(RenderError) -> Int {
        let root = objects.reserve()
        // The elements' objects are numbered in a row, in the order the elements were made.
        let first = objects.reserve(nodes.count)
        // Each element's sequences, in drawing order: a counting sort of `owner` by element.
        var start = [Int](repeating: 0, count: nodes.count + 1)
        for (i, node) in nodes.enumerated() { start[i + 1] = start[i] + Int(node.sequences) }
        var fill = start, sequences = [Int32](repeating: 0, count: owner.count)
        for (i, n) in owner.enumerated() { sequences[fill[Int(n)]] = Int32(i); fill[Int(n)] += 1 }
        let (kidStart, kids) = readingOrder()
        // Header cells share their two attribute objects (column and row scope).
        let scopes = nodes.contains { if case .tableHeader? = $0.role { return true } else { return false } } ? objects.reserve(2) : 0
        var elements = PDFBytes(capacity: 48 * nodes.count), ends: [Int] = []
        ends.reserveCapacity(nodes.count)
        sequences.withUnsafeBufferPointer { sequences in
            kids.withUnsafeBufferPointer { kids in
                for i in nodes.indices {
                    element(i, content: UnsafeBufferPointer(rebasing: sequences[start[i]..<start[i + 1]]), kids: UnsafeBufferPointer(rebasing: kids[kidStart[i]..<kidStart[i + 1]]),
                            parent: i == 0 ? root : first + Int(nodes[i].parent), first: first, scopes: scopes, pages: pages, into: &elements)
                    ends.append(elements.count)
                }
            }
        }
        try objects.write(from: first, bodies: elements, ends: ends)
        if scopes != 0 {
            var attributes = PDFBytes()
            attributes.append("<</O/Table/Scope/Column>>")
            try objects.write(scopes, body: attributes)
            attributes.removeAll()
            attributes.append("<</O/Table/Scope/Row>>")
            try objects.write(scopes + 1, body: attributes)
        }
        let parentTree = objects.reserve()
        var d = PDFBytes(capacity: 16 * owner.count + 64)
        d.append("<</Nums[")
        for (page, from) in pageStart.enumerated() {
            d.append(page, "[")
            for n in owner[from..<(page + 1 < pageStart.count ? pageStart[page + 1] : owner.count)] { d.append(first + Int(n), " 0 R ") }
            d.append("]")
        }
        for l in links { d.append(l.key, " "); d.append(first + Int(l.node), " 0 R ") }
        d.append("]>>")
        try objects.write(parentTree, body: d)
        d.removeAll()
        d.append("<</Type/StructTreeRoot/K "); d.append(first); d.append(" 0 R/ParentTree "); d.append(parentTree)
        d.append(" 0 R/ParentTreeNextKey "); d.append(pageStart.count + links.count); d.append(">>")
        try objects.write(root, body: d)
        return root
    }

    /// Every element's children in reading order, one element after another, and where each
    /// element's start: by order among siblings, the first made first when equal (most are made
    /// in order already; the rest are a few, sorted in place).
    private func readingOrder() -> (start: [Int], kids: [Int32]) {
        var start = [Int](repeating: 0, count: nodes.count + 1)
        for node in nodes.dropFirst() { start[Int(node.parent) + 1] += 1 }
        for i in nodes.indices { start[i + 1] += start[i] }
        var fill = start, kids = [Int32](repeating: 0, count: nodes.count - 1)
        // Elements are made after their parents and numbered as made, so this fills each
        // element's children in the order they were made.
        for i in nodes.indices.dropFirst() {
            let parent = Int(nodes[i].parent)
            kids[fill[parent]] = Int32(i); fill[parent] += 1
        }
        for i in nodes.indices where start[i + 1] - start[i] > 1 {
            for k in start[i] + 1..<start[i + 1] {
                let kid = kids[k], order = nodes[Int(kid)].order
                var at = k
                while at > start[i], nodes[Int(kids[at - 1])].order > order { kids[at] = kids[at - 1]; at -= 1 }
                kids[at] = kid
            }
        }
        return (start, kids)
    }

    /// Element `i`'s dictionary: its role, parent, words and language, then its kids in reading
    /// order (its own sequences, child elements and link annotations), and the line end that
    /// separates it from the next in the object stream. Written in a few pieces,
    /// each with room made ahead: a sheet has hundreds of elements.
    /// `scopes` is the column-scope attribute object, the row one after it.
    private func element(_ i: Int, content: UnsafeBufferPointer<Int32>, kids: UnsafeBufferPointer<Int32>, parent: Int, first: Int, scopes: Int, pages: [Int], into d: inout PDFBytes) {
        let node = nodes[i]
        let role = node.role
        d.write(room: 48) { w in w.put("<</S/"); w.put(role?.pdfName ?? "Document"); w.put("/P "); w.put(parent, " 0 R") }
        var spanLanguage: String?
        if case .span? = role { spanLanguage = secondLanguage } else if case .translation? = role { spanLanguage = secondLanguage }
        if let language = (language.isEmpty ? nil : language[Int32(i)]) ?? spanLanguage {
            d.append("/Lang"); d.append(textString: language)
        }
        switch role {
        case .figure?: d.append("/Alt"); d.append(textString: alt[Int32(i)] ?? "")
        case .tableHeader(let scope)?: d.append("/A "); d.append(scope == .column ? scopes : scopes + 1, " 0 R")
        default: break
        }
        if content.isEmpty, kids.isEmpty, node.annotations == 0 { d.append(">>\n"); return }
        let annotations = node.annotations == 0 ? [] : links.filter { $0.node == Int32(i) }
        // Content on one page names the page once; content over several pages names it per piece
        // (a node's sequences are in page order, so the first and last say whether they share one).
        let firstPage = content.first.map { ownerPage[Int($0)] } ?? annotations.first?.page
        let onePage = firstPage.map { p in (content.last.map { ownerPage[Int($0)] == p } ?? true) && annotations.allSatisfy { $0.page == p } } ?? false
        d.write(room: 64 + 68 * content.count + 26 * kids.count + 72 * annotations.count) { w in
            if onePage, let firstPage { w.put("/Pg "); w.put(pages[Int(firstPage)], " 0 R") }
            func mcid(_ s: Int32) -> Int { Int(s) - pageStart[Int(ownerPage[Int(s)])] }
            // A lone MCID is written bare, as most readers (and checkers) expect of a heading.
            if onePage, kids.isEmpty, content.count == 1, annotations.isEmpty {
                w.put("/K "); w.put(mcid(content[content.startIndex]), ">>\n")
                return
            }
            w.put("/K[")
            var written = content.startIndex
            func sequences(upTo end: Int) {
                while written < min(content.startIndex + end, content.endIndex) {
                    let s = content[written]
                    if onePage { w.put(mcid(s), " ") } else {
                        w.put("<</Type/MCR/Pg "); w.put(pages[Int(ownerPage[Int(s)])], " 0 R/MCID "); w.put(mcid(s), ">>")
                    }
                    written += 1
                }
            }
            for k in kids {
                sequences(upTo: Int(nodes[Int(k)].after))
                w.put(first + Int(k), " 0 R ")
            }
            sequences(upTo: content.count)
            for a in annotations {
                w.put("<</Type/OBJR/Obj "); w.put(a.object, " 0 R")
                if !onePage { w.put("/Pg "); w.put(pages[Int(a.page)], " 0 R") }
                w.put(">>")
            }
            w.put("]>>\n")
        }
    }
}
