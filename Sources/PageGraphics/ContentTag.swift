/// What a drawn item is to a reader: part of a structure element, named by its path from the
/// document (heading, paragraph, list item, table cell, figure), or an artifact a screen reader
/// skips (rules, backgrounds, footers). Layout decides it; the PDF writer only writes it.
public enum ContentTag: Hashable, Sendable {
    case element(StructurePath)
    case artifact(Artifact)

    /// Decoration: rules, fills, tick boxes, badges' discs.
    public static let decoration = ContentTag.artifact(.layout)

    /// What a tag marks, as plain values (a figure's words left out): items in a row with equal
    /// identities share one marked-content sequence.
    public enum Identity: Equatable, Sendable {
        case element(StructurePath.Steps)
        case artifact(Artifact)

        @inlinable public static func == (a: Identity, b: Identity) -> Bool {
            switch (a, b) {
            case (.element(let x), .element(let y)): return x == y
            case (.artifact(let x), .artifact(let y)): return x == y
            default: return false
            }
        }
    }

    @inlinable public var identity: Identity {
        switch self {
        case .element(let path): return .element(path.steps)
        case .artifact(let kind): return .artifact(kind)
        }
    }
}

/// Kinds of artifact, as PDF names them.
public enum Artifact: Hashable, Sendable {
    /// Drawn for the look of the page.
    case layout
    /// The running footer, repeated on every page.
    case footer
    /// Repeated for orientation where a part goes on over a page (a table's heads, "continued").
    case repeated
}

/// The roles of structure elements, the standard ones of tagged PDF.
public enum StructureRole: Hashable, Sendable {
    case section
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    case label
    case listBody
    case table
    case tableRow
    /// A header cell that heads its column (the days) or its row (the exercise).
    case tableHeader(scope: TableScope)
    case tableCell
    /// A picture; the words that say what it shows travel with its path.
    case figure
    /// Words (or a code) that open an address: its text and its link annotations.
    case link
    /// A bilingual sheet's words in its second language, inside the element they translate.
    case span
    /// A bilingual sheet's heading in its second language: a paragraph in that language after the heading.
    case translation

    /// A header cell's direction.
    public enum TableScope: String, Hashable, Sendable { case column = "Column", row = "Row" }

    /// The role as one byte, for paths packed without allocation.
    var code: UInt32 {
        switch self {
        case .section: return 1
        case .paragraph: return 2
        case .list: return 3
        case .listItem: return 4
        case .label: return 5
        case .listBody: return 6
        case .table: return 7
        case .tableRow: return 8
        case .tableHeader(let scope): return scope == .column ? 9 : 10
        case .tableCell: return 11
        case .figure: return 12
        case .link: return 13
        case .span: return 14
        case .translation: return 15
        case .heading(let level): return 20 + UInt32(min(6, max(1, level)))
        }
    }

    init(code: UInt32) {
        switch code {
        case 1: self = .section
        case 2: self = .paragraph
        case 3: self = .list
        case 4: self = .listItem
        case 5: self = .label
        case 6: self = .listBody
        case 7: self = .table
        case 8: self = .tableRow
        case 9: self = .tableHeader(scope: .column)
        case 10: self = .tableHeader(scope: .row)
        case 11: self = .tableCell
        case 12: self = .figure
        case 13: self = .link
        case 14: self = .span
        case 15: self = .translation
        default: self = .heading(level: Int(code) - 20)
        }
    }

    /// The element's type, as PDF names it.
    public var pdfName: StaticString {
        switch self {
        case .section: return "Sect"
        case .heading(let level):
            switch level {
            case ...1: return "H1"
            case 2: return "H2"
            case 3: return "H3"
            case 4: return "H4"
            case 5: return "H5"
            default: return "H6"
            }
        case .paragraph: return "P"
        case .list: return "L"
        case .listItem: return "LI"
        case .label: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .tableHeader: return "TH"
        case .tableCell: return "TD"
        case .figure: return "Figure"
        case .link: return "Link"
        case .span: return "Span"
        case .translation: return "P"
        }
    }
}

/// One element on the way down from the document: its role and its place among its siblings
/// (reading order, which need not be drawing order: a card's number is read before its name).
public struct StructureStep: Hashable, Sendable {
    public var role: StructureRole
    public var order: Int
    public init(_ role: StructureRole, _ order: Int) { self.role = role; self.order = order }

    /// The largest order a step keeps (the footer's contact, after every part, is a million).
    public static let maximumOrder = 0xFF_FFFF

    /// The step in 32 bits: the role's code above a 24-bit order.
    var packed: UInt32 { role.code << 24 | UInt32(min(max(0, order), Self.maximumOrder)) }
    public init(packed: UInt32) { self.init(StructureRole(code: packed >> 24), Int(packed & 0xFF_FFFF)) }
}

/// An element by its path from the document: items with the same path belong to one element,
/// on one page or several (a paragraph that goes on overleaf stays one paragraph). The steps are
/// kept inline (at most `depth`), so tagging every item of a sheet allocates nothing; a figure's
/// path carries its alternative text.
public struct StructurePath: Hashable, Sendable {
    /// The deepest a path goes (a merged batch's plan, its part, a list, an item, its body, a paragraph: 6).
    public static let depth = 8
    @usableFromInline var packed = SIMD8<UInt32>()
    public private(set) var count = 0
    /// What the element shows, in words, for a figure.
    public private(set) var alt: String?

    public init(_ steps: [StructureStep], alt: String? = nil) {
        for s in steps.prefix(Self.depth) { packed[count] = s.packed; count += 1 }
        self.alt = alt
    }

    /// The steps alone, as plain values: equal for the same element.
    public struct Steps: Equatable, Sendable {
        @usableFromInline var packed: SIMD8<UInt32>
        @usableFromInline var count: Int
        @inlinable init(packed: SIMD8<UInt32>, count: Int) { self.packed = packed; self.count = count }
        /// No steps: the document itself.
        @inlinable public init() { self.init(packed: SIMD8<UInt32>(), count: 0) }
        /// How many steps.
        @inlinable public var depth: Int { count }
        /// Step `i` as one number, as `StructurePath.stepKey(at:)`.
        @inlinable public func key(at i: Int) -> UInt32 { packed[i] }
        @inlinable public static func == (a: Steps, b: Steps) -> Bool { a.count == b.count && a.packed == b.packed }
    }

    @inlinable public var steps: Steps { Steps(packed: packed, count: count) }

    /// Step `i` from the document (0 is the outermost) as one number: equal steps, equal numbers.
    @inlinable public func stepKey(at i: Int) -> UInt32 { packed[i] }

    /// The innermost step: the element itself.
    public var leaf: StructureStep? { count == 0 ? nil : StructureStep(packed: packed[count - 1]) }

    /// This path below `step`; a path already `depth` deep loses its innermost step.
    public func under(_ step: StructureStep) -> StructurePath {
        var p = self
        for i in stride(from: min(count, Self.depth - 1), to: 0, by: -1) { p.packed[i] = packed[i - 1] }
        p.packed[0] = step.packed
        p.count = min(count + 1, Self.depth)
        return p
    }

    /// The path of a child: `step` below this element (at most `depth` deep), with its words if a figure.
    public func appending(_ step: StructureStep, alt: String? = nil) -> StructurePath {
        var p = self
        p.alt = alt
        guard count < Self.depth else { return p }
        p.packed[count] = step.packed
        p.count += 1
        return p
    }
}

extension ContentTag {
    /// An element of one step, to be placed under its parents as frames are put together.
    public static func element(_ role: StructureRole, _ order: Int = 0) -> ContentTag { .element(StructurePath([StructureStep(role, order)])) }

    /// A figure of one step, with the words that say what it shows.
    public static func figure(alt: String, _ order: Int) -> ContentTag { .element(StructurePath([StructureStep(.figure, order)], alt: alt)) }

    /// The tag of a second language's words inside this element; artifacts stay artifacts.
    public var secondLanguage: ContentTag {
        if case .element(let p) = self { return .element(p.appending(StructureStep(.span, 0))) }
        return self
    }

    /// This tag below `step`; artifacts stay artifacts.
    public func under(_ step: StructureStep) -> ContentTag {
        if case .element(let p) = self { return .element(p.under(step)) }
        return self
    }
}
