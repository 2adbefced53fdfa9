/// What a drawn item is to a reader: part of a structure element, named by its path from the
/// document (heading, paragraph, list item, table cell, figure), or an artifact a screen reader
/// skips (rules, backgrounds, footers). Layout decides it; the PDF writer only writes it.
public enum ContentTag: Hashable, Sendable {
    case element(StructurePath)
    case artifact(Artifact)

    /// Decoration: rules, fills, tick boxes, badges' discs.
    public static let decoration = ContentTag.artifact(.layout)
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
    /// A picture, with the words that say what it shows.
    case figure(alt: String)

    /// A header cell's direction.
    public enum TableScope: String, Hashable, Sendable { case column = "Column", row = "Row" }

    /// The element's type, as PDF names it.
    public var pdfName: String {
        switch self {
        case .section: return "Sect"
        case .heading(let level): return "H\(min(6, max(1, level)))"
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
        }
    }
}

/// One element on the way down from the document: its role and its place among its siblings
/// (reading order, which need not be drawing order: a card's number is read before its name).
public struct StructureStep: Hashable, Sendable {
    public var role: StructureRole
    public var order: Int
    public init(_ role: StructureRole, _ order: Int) { self.role = role; self.order = order }
}

/// An element by its path from the document: items with the same path belong to one element,
/// on one page or several (a paragraph that goes on overleaf stays one paragraph).
public struct StructurePath: Hashable, Sendable {
    public var steps: [StructureStep]
    public init(_ steps: [StructureStep]) { self.steps = steps }

    /// This path below `step`.
    public func under(_ step: StructureStep) -> StructurePath { StructurePath([step] + steps) }
}

extension ContentTag {
    /// An element of one step, to be placed under its parents as frames are put together.
    public static func element(_ role: StructureRole, _ order: Int = 0) -> ContentTag { .element(StructurePath([StructureStep(role, order)])) }

    /// This tag below `step`; artifacts stay artifacts.
    public func under(_ step: StructureStep) -> ContentTag {
        if case .element(let p) = self { return .element(p.under(step)) }
        return self
    }
}
