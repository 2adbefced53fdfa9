import PageGraphics

/// A piece of a sheet that pagination places whole: a heading, a row of cards, a line of notes.
public struct Block: Hashable, Sendable {
    /// The block's content, as wide as the page's text area.
    public var frame: Frame
    /// Space above the block, dropped when the block starts a page.
    public var spaceBefore: Points
    /// Whether the block must stay on the page of the block after it (headings, first lines).
    public var keepWithNext: Bool
    /// Drawn above this block when it has to start a new page (a table's column heads).
    public var continuationHeader: Frame?
    /// A short name for tests and dumps ("heading", "cards", "tracker-row").
    public var role: String

    public init(frame: Frame, spaceBefore: Points = 0, keepWithNext: Bool = false, continuationHeader: Frame? = nil, role: String) {
        self.frame = frame; self.spaceBefore = spaceBefore; self.keepWithNext = keepWithNext
        self.continuationHeader = continuationHeader; self.role = role
    }

    public var height: Points { frame.size.height }

    /// This block as the place the outline entry `title` opens at.
    public func bookmarked(_ title: String) -> Block {
        var b = self
        b.frame.bookmark(title)
        return b
    }

    /// This block with its elements below `step` (a part of the sheet in its section).
    public consuming func under(_ step: StructureStep) -> Block {
        var b = self
        b.frame.placeUnder(step)
        return b
    }
}

extension Array where Element == Block {
    /// Each part of a sheet is a section of the document, in reading order.
    static func sections(_ parts: consuming [[Block]]) -> [Block] {
        var out: [Block] = []
        var order = 0
        for i in parts.indices where !parts[i].isEmpty {
            // Each part taken out of the list, so its frames are retagged in place, not copied.
            var part: [Block] = []
            swap(&part, &parts[i])
            for j in part.indices { part[j].frame.placeUnder(StructureStep(.section, order)) }
            out += part
            order += 1
        }
        return out
    }
}
