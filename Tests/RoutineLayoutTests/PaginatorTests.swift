import PageGraphics
import Testing
@testable import RoutineLayout

/// Pagination edge cases with plain blocks of known height.
@Suite struct PaginatorTests {
    /// A 100 × 200 page with 10-point margins and no footer: a 180-point-tall text area.
    let paginator = Paginator(pageSize: Size(width: 100, height: 200), margins: Insets(all: 10), footerHeight: 0)

    func block(_ h: Points, _ role: String, gap: Points = 0, keep: Bool = false, header: Frame? = nil) -> Block {
        var f = Frame(size: Size(width: 80, height: h))
        f.add(.text(TextItem(text: role, style: TextStyle(family: "X", size: 10), width: nil)), at: .zero)
        return Block(frame: f, spaceBefore: gap, keepWithNext: keep, continuationHeader: header, role: role)
    }

    func layout(_ blocks: [Block]) -> [[String]] {
        paginator.paginate(blocks) { _, _ in Frame(size: .init(width: 0, height: 0)) }.map { page in
            page.frame.items.compactMap { if case .text(let t) = $0.item { return t.visibleText } else { return nil } }
        }
    }

    @Test func blocksThatExactlyFillAPageStayOnIt() {
        #expect(layout([block(90, "a"), block(90, "b"), block(1, "c")]) == [["a", "b"], ["c"]])
    }

    @Test func spaceBeforeIsDroppedAtThePageTop() {
        let pages = paginator.paginate([block(170, "a"), block(20, "b", gap: 50)]) { _, _ in Frame(size: .init(width: 0, height: 0)) }
        #expect(pages.count == 2)
        #expect(pages[1].frame.items[0].origin.y == 10)
    }

    @Test func theLastLinesCloseTheirGapsRatherThanTakeAPageOfTheirOwn() {
        // 140 + (16 + 14) + (4 + 10) = 184 > 180; with the gaps halved, 140 + 8 + 14 + 2 + 10 = 174.
        let tail = [block(140, "a"), block(14, "notes", gap: 16, keep: true), block(10, "line", gap: 4)]
        #expect(layout(tail) == [["a", "notes", "line"]])
        let pages = paginator.paginate(tail) { _, _ in Frame(size: .init(width: 0, height: 0)) }
        #expect(pages[0].frame.items.map(\.origin.y) == [10, 158, 174])
        // Not at the end of the document: the gaps stay whole and the blocks move on.
        #expect(layout(tail + [block(100, "more", gap: 10)]) == [["a"], ["notes", "line", "more"]])
        // Too long even with half gaps: a page of their own after all.
        #expect(layout([block(140, "a"), block(14, "notes", gap: 16, keep: true), block(30, "lines", gap: 4)]) == [["a"], ["notes", "lines"]])
    }

    @Test func aBlockTallerThanAPageGetsAPageOfItsOwn() {
        #expect(layout([block(50, "a"), block(400, "huge"), block(10, "c")]) == [["a"], ["huge"], ["c"]])
    }

    @Test func aHeadingNeverEndsAPage() {
        #expect(layout([block(150, "a"), block(20, "heading", keep: true), block(20, "body")]) == [["a"], ["heading", "body"]])
    }

    @Test func aKeptRunThatFitsMovesWhole() {
        let run = (0..<5).map { block(30, "row\($0)", keep: $0 < 4) }
        #expect(layout([block(100, "a")] + run) == [["a"], ["row0", "row1", "row2", "row3", "row4"]])
    }

    @Test func aKeptRunLongerThanAPageBreaksAndRepeatsItsHeader() {
        var head = Frame(size: Size(width: 80, height: 20))
        head.add(.text(TextItem(text: "head", style: TextStyle(family: "X", size: 10), width: nil)), at: .zero)
        let rows = (0..<8).map { block(40, "row\($0)", keep: $0 < 7, header: head) }
        #expect(layout(rows) == [["row0", "row1", "row2", "row3"], ["head", "row4", "row5", "row6", "row7"]])
    }

    @Test func footersKnowThePageCount() {
        let pages = paginator.paginate([block(150, "a"), block(150, "b")]) { page, count in
            var f = Frame(size: Size(width: 100, height: 200))
            f.add(.text(TextItem(text: "Page \(page) of \(count)", style: TextStyle(family: "X", size: 9), width: nil)), at: Point(x: 10, y: 190))
            return f
        }
        let footers = pages.map { $0.frame.items.compactMap { if case .text(let t) = $0.item { return t.visibleText } else { return nil } }.last }
        #expect(footers == ["Page 1 of 2", "Page 2 of 2"])
    }
}
