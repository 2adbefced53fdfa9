import PageGraphics

/// A heading with an optional "when" phrase: on the same line ("Foam rolling — before your run")
/// when both fit, else the phrase on a line below. Always kept with what follows.
struct Heading {
    var title: String
    var detail: String?
    var titleStyle: TextStyle
    var detailStyle: TextStyle
    var width: Points
    /// Between the title and the phrase on one line, and above the phrase on a line of its own.
    var detailGap: Points
    var detailBelow: Points
    /// A bilingual sheet's heading in its second language, below the first, in `secondStyle`.
    var second: String? = nil
    var secondStyle: TextStyle? = nil
    var secondGap: Points = 0
    /// What the heading is to a reader (a level-2 heading, first in its section, unless said).
    var tag: ContentTag = .element(.heading(level: 2), 0)

    func block(measurer: TextMeasuring, spaceBefore: Points, after: Points, role: String) -> Block {
        var frame = Frame(size: Size(width: width, height: 0))
        let t = TextBox(title, titleStyle, width: width, measurer: measurer)
        t.place(in: &frame, at: .zero, tag: tag)
        var height = t.size.height
        if let detail {
            let oneLine = measurer.measure(title, style: titleStyle, width: nil)
            let phrase = "—  " + detail
            let d = measurer.measure(phrase, style: detailStyle, width: nil)
            if oneLine.lines.count == 1, oneLine.size.width + detailGap + d.size.width <= width {
                // Same line: align baselines (first-line ascent is about 0.8 of the line's text size).
                let titleLine = titleStyle.size * titleStyle.lineHeight
                let detailLine = detailStyle.size * detailStyle.lineHeight
                let y = (titleLine - detailLine) / 2 + (titleStyle.size - detailStyle.size) * 0.3
                TextBox(phrase, detailStyle, width: nil, measurer: measurer).place(in: &frame, at: Point(x: oneLine.size.width + detailGap, y: y), tag: tag)
            } else {
                let below = TextBox(detail, detailStyle, width: width, measurer: measurer)
                below.place(in: &frame, at: Point(x: 0, y: height + detailBelow), tag: tag)
                height += below.size.height + detailBelow
            }
        }
        if let second, let secondStyle {
            let s = TextBox(second, secondStyle, width: width, measurer: measurer)
            // Read after the heading, as a paragraph in its language (a heading holds its own words only).
            let after = if case .artifact = tag { tag } else { ContentTag.element(.translation, 0) }
            s.place(in: &frame, at: Point(x: 0, y: height + secondGap), tag: after)
            height += secondGap + s.size.height
        }
        frame.size.height = height + after
        return Block(frame: frame, spaceBefore: spaceBefore, keepWithNext: true, role: role)
    }
}
