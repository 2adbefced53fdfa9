import PageGraphics
import RoutineModel

/// The tick-box grid: exercises down the side, days across, grouped into weeks, zebra rows.
struct TrackerTable {
    var tracker: Tracker
    var items: [RoutineItem]
    var layout: Layout
    var width: Points

    /// Per table a head (titled, kept with its rows) and one block per row.
    func blocks(measurer: TextMeasuring) -> [Block] {
        var blocks: [Block] = []
        var week = 1, table = 0
        while week <= tracker.weeks {
            let last = min(tracker.weeks, week + weeksPerTable - 1)
            let head = headFrame(weeks: week...last, measurer: measurer)
            let inTable = StructureStep(.table, table)
            var first = Block(frame: head.under(StructureStep(.tableRow, 0)).under(inTable), spaceBefore: layout.spacing.beforeSection, keepWithNext: true, role: "tracker-head")
            if table == 0 { first = first.bookmarked(layout.words(.trackerTitle)) }
            blocks.append(first)
            for (i, item) in items.enumerated() {
                // Rows keep together so a table that fits on a page is never split; a longer one breaks between rows.
                blocks.append(Block(frame: rowFrame(item, index: i, weeks: week...last, measurer: measurer).under(StructureStep(.tableRow, i + 1)).under(inTable),
                                    keepWithNext: i < items.count - 1, continuationHeader: head.retagged(.artifact(.repeated)), role: "tracker-row"))
            }
            table += 1
            week = last + 1
        }
        return blocks
    }

    /// Weeks side by side in one table: as many as the layout allows, and as fit with tick boxes
    /// clear of each other on this paper (small paper gets one table per week).
    private var weeksPerTable: Int {
        let days = max(1, tracker.days.count)
        let room: Double = (width - layout.tracker.labelWidth).value
        let perWeek: Double = (layout.tracker.box + layout.tracker.boxGap).value * Double(days)
        let roomy = Int((room / perWeek).rounded(.down))
        return max(1, min(layout.tracker.maxColumns / days, roomy))
    }

    /// Day columns in the widest table.
    private var columns: Int { tracker.days.count * min(tracker.weeks, weeksPerTable) }

    /// Columns as wide as the layout allows, down to what fits beside the narrowest label column.
    private var dayColumnWidth: Points {
        Points.min(layout.tracker.columnWidth, (width - layout.tracker.labelWidth) / Double(columns))
    }

    /// The label column takes the room the day columns leave.
    private var labelWidth: Points { width - dayColumnWidth * Double(columns) }


    private func columnX(week: Int, day: Int, weeks: ClosedRange<Int>) -> Points {
        let col = (week - weeks.lowerBound) * tracker.days.count + day
        return labelWidth + dayColumnWidth * Double(col)
    }

    private func headFrame(weeks: ClosedRange<Int>, measurer: TextMeasuring) -> Frame {
        let cw = dayColumnWidth
        let weekStyle = layout.style("trackerWeek"), dayStyle = layout.style("trackerDay")
        let weekHeight = weekStyle.size * weekStyle.lineHeight
        // On a bilingual sheet each day's head has its second language's name below it.
        let secondDay = layout.secondStyle(dayStyle)
        // "Mon" where it fits, "M" in narrow columns (never a name broken over two lines), worked out once per day.
        func fitting(_ words: Wording, _ style: TextStyle, _ day: Weekday) -> String {
            let name = words.shortName(day)
            return measurer.measure(name, style: style, width: nil).size.width <= cw - 2 ? name : words.narrowName(day)
        }
        let dayLabels = tracker.days.map { day in (first: fitting(layout.words, dayStyle, day), second: layout.second.map { fitting($0, secondDay, day) }) }
        let dayLine = dayStyle.size * dayStyle.lineHeight
        let dayHeight = dayLine + (layout.second == nil ? 0 : layout.bilingual.gap + secondDay.size * secondDay.lineHeight)
        let spec = layout.tracker, pad = spec.padding
        let title = SecondLanguageText(layout.words(.trackerTitle), layout.secondWords(.trackerTitle), layout.style("trackerTitle"), width: labelWidth - pad,
                                       layout: layout, measurer: measurer)
        let height = Points.max(weekHeight + dayHeight + spec.headGap + pad, title.size.height + pad)
        var frame = Frame(size: Size(width: width, height: height))
        title.place(in: &frame, at: Point(x: 0, y: height - pad - title.size.height), tag: .element(.tableHeader(scope: .column), 0))
        for w in weeks {
            let x = columnX(week: w, day: 0, weeks: weeks)
            let span = cw * Double(tracker.days.count)
            if tracker.weeks > 1 {
                let weekTop = height - pad - dayHeight - spec.headGap - weekHeight
                // The week's name is read with its first day's head: "Week 2 Mon".
                let firstDay = ContentTag.element(.tableHeader(scope: .column), 1 + (w - weeks.lowerBound) * tracker.days.count)
                TextBox([layout.words(.trackerWeek, ["n": String(w)]), layout.secondWords(.trackerWeek, ["n": String(w)])].compactMap { $0 }.joined(separator: " · "), weekStyle, width: span, measurer: measurer).place(in: &frame, at: Point(x: x, y: weekTop), tag: firstDay)
                frame.add(.shape(ShapeItem(path: .line(from: Point(x: x + spec.ruleInset, y: weekTop + weekHeight), to: Point(x: x + span - spec.ruleInset, y: weekTop + weekHeight)),
                                           stroke: layout.color("rule"), lineWidth: spec.weekRule)), at: .zero)
            }
            for (d, labels) in dayLabels.enumerated() {
                let tag = ContentTag.element(.tableHeader(scope: .column), 1 + (w - weeks.lowerBound) * tracker.days.count + d)
                let x = columnX(week: w, day: d, weeks: weeks), y = height - pad - dayHeight
                TextBox(labels.first, dayStyle, width: cw, measurer: measurer).place(in: &frame, at: Point(x: x, y: y), tag: tag)
                if let second = labels.second {
                    TextBox(second, secondDay, width: cw, measurer: measurer)
                        .place(in: &frame, at: Point(x: x, y: y + dayLine + layout.bilingual.gap), tag: tag.secondLanguage)
                }
            }
        }
        return frame
    }

    private func rowFrame(_ item: RoutineItem, index: Int, weeks: ClosedRange<Int>, measurer: TextMeasuring) -> Frame {
        let spec = layout.tracker
        let style = layout.style("trackerRow")
        let label = TextBox("\(item.number). \(item.exercise.name)", style, width: labelWidth - 2 * spec.padding, measurer: measurer)
        let height = Points.max(spec.rowHeight, label.size.height + spec.rowPadding)
        var frame = Frame(size: Size(width: width, height: height))
        if index % 2 == 0 {
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: 0, width: width, height: height), cornerRadius: spec.corner),
                                       fill: layout.color("zebra"))), at: .zero)
        }
        label.place(in: &frame, at: Point(x: spec.padding, y: (height - label.size.height) / 2), tag: .element(.tableHeader(scope: .row), 0))
        let cw = dayColumnWidth
        for w in weeks {
            for d in tracker.days.indices {
                let x = columnX(week: w, day: d, weeks: weeks) + (cw - spec.box) / 2
                let box = Rect(x: x, y: (height - spec.box) / 2, width: spec.box, height: spec.box)
                // The box is for a pen: a reader meets an empty cell under its day and beside its exercise.
                frame.add(.shape(ShapeItem(path: .rect(box), fill: .white, stroke: layout.color("box"), lineWidth: spec.boxStroke)), at: .zero)
                frame.declare(StructurePath([StructureStep(.tableCell, 1 + (w - weeks.lowerBound) * tracker.days.count + d)]))
            }
        }
        return frame
    }
}
