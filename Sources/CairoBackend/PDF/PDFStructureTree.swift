import PageGraphics

/// The logical structure of a tagged PDF, built from the element paths of every page's marked
/// content: a tree of structure elements in reading order (each element's children by their
/// order, then by first appearance), and the parent tree that maps each MCID back to its element.
struct PDFStructureTree {
    private struct Node {
        var role: StructureRole?
        var order: Int
        /// A figure's words.
        var alt: String? = nil
        /// The element's language, where it is not the document's.
        var language: String? = nil
        var children: [Int] = []
        /// For each child, how many of this element's own sequences came before it (an element's
        /// words and its children are read in the order they are drawn: a paragraph, then its link).
        var childAfter: [Int] = []
        /// The marked-content sequences the element owns: page index and MCID, in drawing order.
        var content: [(page: Int, mcid: Int)] = []
        /// The link annotations the element owns: page index and object.
        var annotations: [(page: Int, object: Int)] = []
        var parent: Int
        /// The element's step below its parent, packed (how a path finds it among its siblings).
        var key: UInt32 = 0
        var object = 0
    }

    private var nodes: [Node] = {
        var n = [Node(role: nil, order: 0, parent: -1)]
        n.reserveCapacity(512)
        return n
    }()
    /// The language of Span elements (a bilingual sheet's second language).
    var secondLanguage: String?
    private var lastPath: StructurePath?
    private var lastNode = 0
    /// Per page, the element owning each MCID.
    private var owners: [[Int]] = []
    /// The element owning each annotation, by the annotation's key (after the pages' keys).
    private var annotationOwners: [(key: Int, node: Int)] = []

    /// Adds a page's marks (its MCIDs' element paths, MCID 0 first).
    mutating func add(page marks: [StructurePath]) {
        let page = owners.count
        var owned: [Int] = []
        for (mcid, path) in marks.enumerated() {
            // Marks in a row are often of one element (a card's name, dose, cue): found without a lookup.
            let n = path == lastPath ? lastNode : node(for: path)
            lastPath = path; lastNode = n
            nodes[n].content.append((page, mcid))
            owned.append(n)
        }
        owners.append(owned)
    }

    /// Sets the language of the element at `path` (made if new).
    mutating func set(language: String, of path: StructurePath) { nodes[node(for: path)].language = language }

    /// Adds elements that hold no content (empty table cells), by path.
    mutating func add(empty paths: [StructurePath]) {
        for p in paths { _ = node(for: p) }
    }

    /// Adds a link annotation on page `page`, owned by the element at `path`, under `key` in the parent tree.
    mutating func add(annotation object: Int, page: Int, key: Int, of path: StructurePath) {
        let n = node(for: path)
        nodes[n].annotations.append((page, object))
        annotationOwners.append((key, n))
    }

    /// The element at `path`, made (with any missing ancestors) on first sight: a walk down from
    /// the document, each step found among its parent's children (a few dozen at most).
    private mutating func node(for path: StructurePath) -> Int {
        var n = 0
        for depth in 0..<path.count {
            let key = path.stepKey(at: depth)
            if let child = nodes[n].children.first(where: { nodes[$0].key == key }) { n = child; continue }
            let step = StructureStep(packed: key)
            var node = Node(role: step.role, order: step.order, alt: depth == path.count - 1 ? path.alt : nil, parent: n, key: key)
            // A bilingual sheet's second-language texts say their language.
            if step.role == .span || step.role == .translation { node.language = secondLanguage }
            nodes.append(node)
            let child = nodes.count - 1
            nodes[n].children.append(child)
            nodes[n].childAfter.append(nodes[n].content.count)
            n = child
        }
        return n
    }

    /// Whether any page has tagged content.
    var isEmpty: Bool { nodes.count == 1 }

    /// Writes the elements, the parent tree and the root; returns the root's object number.
    /// `pages` are the page objects, by index.
    mutating func write(to objects: PDFObjectWriter, pages: [Int]) throws(RenderError) -> Int {
        let root = objects.reserve()
        for i in nodes.indices { nodes[i].object = objects.reserve() }
        for i in nodes.indices {
            // Children in reading order: by order among siblings, the first drawn first when equal
            // (most are drawn in order already).
            var kids = Array(zip(nodes[i].children, nodes[i].childAfter))
            if zip(kids, kids.dropFirst()).contains(where: { nodes[$0.0].order > nodes[$1.0].order }) {
                kids = kids.enumerated().sorted { a, b in (nodes[a.element.0].order, a.offset) < (nodes[b.element.0].order, b.offset) }.map(\.element)
            }
            try objects.write(nodes[i].object, body: element(nodes[i], kids: kids, parent: i == 0 ? root : nodes[nodes[i].parent].object, pages: pages))
        }
        let parentTree = objects.reserve()
        var tree = PDFBytes(capacity: 64 + owners.reduce(0) { $0 + $1.count * 8 })
        tree.append("<< /Nums [")
        for (page, owned) in owners.enumerated() {
            tree.append(page); tree.append(" [")
            for n in owned { tree.append(nodes[n].object); tree.append(" 0 R ") }
            tree.append("] ")
        }
        for (key, n) in annotationOwners { tree.append(key); tree.append(" "); tree.append(nodes[n].object); tree.append(" 0 R ") }
        tree.append("] >>")
        try objects.write(parentTree, body: tree)
        var body = PDFBytes()
        body.append("<< /Type /StructTreeRoot /K "); body.append(nodes[0].object); body.append(" 0 R /ParentTree "); body.append(parentTree)
        body.append(" 0 R /ParentTreeNextKey "); body.append(owners.count + annotationOwners.count); body.append(" >>")
        try objects.write(root, body: body)
        return root
    }

    private func element(_ node: Node, kids: [(node: Int, after: Int)], parent: Int, pages: [Int]) -> PDFBytes {
        var d = PDFBytes(capacity: 128)
        d.append("<< /S /"); d.append(node.role?.pdfName ?? "Document")
        d.append(" /P "); d.append(parent); d.append(" 0 R")
        if let language = node.language { d.append(" /Lang "); d.append(textString: language) }
        switch node.role {
        case .figure?: d.append(" /Alt "); d.append(textString: node.alt ?? "")
        case .tableHeader(let scope)?: d.append(" /A << /O /Table /Scope /"); d.append(scope.rawValue); d.append(" >>")
        default: break
        }
        // Content on one page names the page once; content over several pages names it per piece.
        let firstPage = node.content.first?.page ?? node.annotations.first?.page
        let onePage = firstPage.map { first in node.content.allSatisfy { $0.page == first } && node.annotations.allSatisfy { $0.page == first } } ?? false
        if onePage, let firstPage { d.append(" /Pg "); d.append(pages[firstPage]); d.append(" 0 R") }
        // A lone MCID is written bare, as most readers (and checkers) expect of a heading.
        if onePage, kids.isEmpty, node.content.count == 1, node.annotations.isEmpty {
            d.append(" /K "); d.append(node.content[0].mcid); d.append(" >>")
            return d
        }
        if node.content.isEmpty, kids.isEmpty, node.annotations.isEmpty { d.append(" >>"); return d }
        d.append(" /K [")
        var written = 0
        func content(upTo end: Int) {
            while written < min(end, node.content.count) {
                let c = node.content[written]
                if onePage { d.append(c.mcid) } else {
                    d.append("<< /Type /MCR /Pg "); d.append(pages[c.page]); d.append(" 0 R /MCID "); d.append(c.mcid); d.append(" >>")
                }
                d.append(" ")
                written += 1
            }
        }
        for k in kids {
            content(upTo: k.after)
            d.append(nodes[k.node].object); d.append(" 0 R ")
        }
        content(upTo: node.content.count)
        for a in node.annotations {
            d.append("<< /Type /OBJR /Obj "); d.append(a.object); d.append(" 0 R")
            if !onePage { d.append(" /Pg "); d.append(pages[a.page]); d.append(" 0 R") }
            d.append(" >> ")
        }
        d.append("] >>")
        return d
    }
}
