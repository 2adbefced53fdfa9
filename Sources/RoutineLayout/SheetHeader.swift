import PageGraphics
import RoutineModel

/// The top of every sheet, both kinds: the clinic band (its name, the logo at the right, the
/// accent rule), then the title, the meta line and, when short, the intro, beside the muscle
/// summary. A long intro flows below as paragraphs.
struct SheetHeader {
    var layout: Layout
    var width: Points
    var measurer: TextMeasuring
    var clinicName: String?
    var logo: Logo?
    var title: String
    /// What the line under the title says: who it is for, from whom, when.
    enum Meta {
        /// Text that wraps where it must.
        case text(String)
        /// Phrases joined by dots, lines breaking only between phrases ("29 November 2026" stays whole).
        case phrases([String])
    }
    var meta: Meta?
    /// A bilingual sheet's meta line in its second language, below the first.
    var secondMeta: Meta? = nil
    var intro: String?
    /// The muscle summary of the whole sheet, if it has one; drawn at most `summaryHeight` tall.
    var summary: FigureSummary?
    /// A lower limit than the layout's for the summary figures' height, when the page needs the room.
    var summaryLimit: Points? = nil
    /// The most the header may take (a page's height): an intro that would make it taller flows below.
    var maxHeight: Points? = nil

    func blocks() -> [Block] {
        let h = layout.header
        var frame = Frame(size: Size(width: width, height: 0))
        var y = Points.zero
        if clinicName != nil || logo != nil {
            let logoSize = layout.logo.size
            if let clinicName {
                let c = TextBox(clinicName, layout.style("clinic"), width: logo == nil ? width : width - logoSize.width - layout.logo.gap, measurer: measurer)
                c.place(in: &frame, at: .zero, tag: .element(.paragraph, 0))
                y += c.size.height
            }
            if let logo {
                frame.add(.image(ImageItem(logo: logo, size: logoSize)), at: Point(x: width - logoSize.width, y: 0),
                          tag: .figure(alt: clinicName.map { layout.words(.altLogo, ["name": $0]) } ?? layout.words(.altClinicLogo), 1))
                y = Points.max(y, logoSize.height)
            }
            y += h.ruleGap
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: y, width: width, height: h.ruleWidth)), fill: layout.color("accent"))), at: .zero)
            y += h.ruleWidth + h.afterRule
        }
        let full = Points.min(Points.min(layout.figures.summaryHeight, width * h.summaryMaxShare), summaryLimit ?? layout.figures.summaryHeight)
        let fullFigures = summary?.frame(height: full, room: width * 0.4, measurer: measurer)
        var figures = fullFigures
        // On narrow paper the figures (and their legend) give way, down to 60 %, until every word of the title fits
        // beside them: "recuperación" is never broken as "recuperac-ión".
        let titleStyle = layout.style("title")
        let widestWord = title.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { measurer.measure(String($0), style: titleStyle, width: nil).size.width }.max() ?? 0
        var scale = 0.9
        while let f = figures, width - f.size.width - h.summaryGap < widestWord, scale >= 0.59 {
            // The legend goes one entry under the other if it is what is too wide.
            figures = summary?.frame(height: full * scale, room: Points.min(width * 0.4, width - h.summaryGap - widestWord), measurer: measurer)
            scale -= 0.1
        }
        // Still too narrow: the title goes across the page above the figures, which keep their size.
        let titleAbove = figures.map { width - $0.size.width - h.summaryGap < widestWord } ?? false
        if titleAbove {
            figures = fullFigures
            let titleBox = TextBox(title, titleStyle, width: width, measurer: measurer)
            titleBox.place(in: &frame, at: Point(x: 0, y: y), tag: .element(.heading(level: 1), 2))
            y += titleBox.size.height + h.titleGap
        }
        let textWidth = figures.map { width - $0.size.width - h.summaryGap } ?? width
        var text = Frame(size: Size(width: textWidth, height: 0))
        var ty = Points.zero
        if !titleAbove {
            let titleBox = TextBox(title, titleStyle, width: textWidth, measurer: measurer)
            titleBox.place(in: &text, at: .zero, tag: .element(.heading(level: 1), 2))
            ty = titleBox.size.height + h.titleGap
        }
        // The meta line, and below it a bilingual sheet's second, quieter.
        func metaBox(_ m: Meta, _ style: TextStyle) -> TextBox {
            switch m {
            case .text(let t): return TextBox(t, style, width: textWidth, measurer: measurer)
            case .phrases(let parts): return TextBox(PhraseLines.spaced(parts, style: style, width: textWidth, measurer: measurer), style, width: textWidth, measurer: measurer)
            }
        }
        if let meta {
            let style = layout.style("meta")
            let m = metaBox(meta, style)
            m.place(in: &text, at: Point(x: 0, y: ty), tag: .element(.paragraph, 3))
            ty += m.size.height
            if let secondMeta {
                let s = metaBox(secondMeta, layout.secondStyle(style))
                s.place(in: &text, at: Point(x: 0, y: ty + layout.bilingual.gap), tag: ContentTag.element(.paragraph, 3).secondLanguage)
                ty += layout.bilingual.gap + s.size.height
            }
        }
        // The intro sits beside the figures when it is short enough to stay in one piece, and on the page.
        var introInside = false
        if let intro {
            let box = TextBox(intro, layout.style("intro"), width: textWidth, measurer: measurer)
            if box.size.height < h.introMaxHeight, maxHeight.map({ y + ty + layout.spacing.afterHeader + box.size.height <= $0 }) ?? true {
                box.place(in: &text, at: Point(x: 0, y: ty + layout.spacing.afterHeader), tag: .element(.paragraph, 4))
                ty += layout.spacing.afterHeader + box.size.height
                introInside = true
            }
        }
        text.size.height = ty
        frame.append(text, at: Point(x: 0, y: y))
        var height = y + ty
        if let figures {
            frame.append(figures, at: Point(x: width - figures.size.width, y: y - h.summaryRaise))
            height = Points.max(height, y - h.summaryRaise + figures.size.height)
        }
        frame.size.height = height
        var blocks = [Block(frame: frame, role: "header")]
        if !introInside, let intro {
            blocks += Paragraph(text: intro, style: layout.style("intro"), width: width, gap: layout.spacing.paragraph)
                .blocks(measurer: measurer, spaceBefore: layout.spacing.afterHeader, role: "intro", order: 4)
        }
        return blocks
    }
}
