import PageGraphics
import RoutineModel

/// The countdown: one column per day ("6 days to go" ... "Race day") with its date, run,
/// routines and checklist, each with a tick box. Seven columns a row; each row one block.
struct WeekAtAGlance {
    var week: RaceWeek
    var layout: Layout
    /// The day columns' geometry (a race week's layout always has it).
    var spec: Layout.WeekSpec
    var width: Points
    /// Days side by side: seven where columns can be about 95 pt wide, fewer on small paper,
    /// with the rows as even as they can be (4 + 3 rather than 5 + 2).
    var perRow: Int {
        let most = max(3, min(spec.daysPerRow, Int(width.value / spec.dayWidth.value)))
        let count = max(1, week.plan.days.count)
        let rows = (count + most - 1) / most
        return (count + rows - 1) / rows
    }

    func blocks(measurer: TextMeasuring) -> [Block] {
        let days = week.plan.days
        var out: [Block] = []
        var start = 0
        while start < days.count {
            let row = Array(days[start..<min(start + perRow, days.count)])
            let block = Block(frame: rowFrame(row, first: start, measurer: measurer).under(StructureStep(.list, 0)), spaceBefore: start == 0 ? layout.spacing.afterHeader : layout.spacing.cardGap,
                              role: "week")
            out.append(start == 0 ? block.bookmarked(layout.words(.weekBookmark)) : block)
            start += perRow
        }
        return out
    }

    /// "3 days to go", "1 day to go", "Race day".
    static func countdown(_ days: Int, words: Wording) -> String {
        switch days {
        case 0: return words(.weekRaceDay)
        case let n where n < 0: return words.count(.weekAfter, -n)
        default: return words.count(.weekToGo, days)
        }
    }

    private func rowFrame(_ days: [RaceDay], first: Int, measurer: TextMeasuring) -> Frame {
        let gap = spec.dayGap
        let columns = Double(perRow)
        let columnWidth = (width - gap * (columns - 1)) / columns
        var columnFrames: [Frame] = []
        for day in days { columnFrames.append(column(day, width: columnWidth, measurer: measurer)) }
        let height = columnFrames.map(\.size.height).max() ?? 0
        var frame = Frame(size: Size(width: width, height: height))
        for (i, (day, col)) in zip(days, columnFrames).enumerated() {
            let x = (columnWidth + gap) * Double(i)
            let raceDay = day.date == week.plan.race.date
            frame.add(.shape(ShapeItem(path: .rect(Rect(x: x, y: 0, width: columnWidth, height: height), cornerRadius: spec.corner),
                                       fill: layout.color("dayFill"), stroke: raceDay ? layout.color("accent") : nil, lineWidth: spec.raceDayOutline)), at: .zero)
            frame.append(col, at: Point(x: x, y: 0), under: StructureStep(.listItem, first + i))
        }
        return frame
    }

    private func column(_ day: RaceDay, width: Points, measurer: TextMeasuring) -> Frame {
        let pad = spec.dayPadding
        let inner = width - 2 * pad
        var f = Frame(size: Size(width: width, height: 0))
        let daysToGo = week.plan.race.date.dayNumber - day.date.dayNumber
        let headPad = spec.headPadding
        let head = SecondLanguageText(Self.countdown(daysToGo, words: layout.words), layout.second.map { Self.countdown(daysToGo, words: $0) },
                                      layout.style("dayHead"), width: width - headPad, layout: layout, measurer: measurer, sameColor: true)
        let headHeight = head.size.height + 2 * headPad
        f.add(.shape(ShapeItem(path: .rect(Rect(x: 0, y: 0, width: width, height: headHeight), cornerRadius: spec.corner), fill: layout.color("accent"))), at: .zero)
        head.place(in: &f, at: Point(x: headPad / 2, y: headPad), tag: .element(.label, 0))
        var y = headHeight + headPad
        let date = TextBox(layout.words.shortDate(day.date), layout.style("dayDate"), width: inner, measurer: measurer)
        var line = 0
        func next() -> ContentTag { line += 1; return ContentTag.element(.paragraph, line).under(StructureStep(.listBody, 1)) }
        date.place(in: &f, at: Point(x: pad, y: y), tag: next())
        y += date.size.height + pad
        let box = spec.box
        let itemStyle = layout.style("dayItem")
        // Routines done before the run are listed above it, the others below.
        let routines = day.routines.map { name in (week.routine(name)?.timing ?? RoutineTiming.of(nil, name: name, title: name), week.routine(name)?.title ?? name) }
        let before = routines.filter { $0.0.isBeforeRun }
        let after = routines.filter { !$0.0.isBeforeRun }
        func tick(_ text: String, _ style: TextStyle) {
            y += TickBox.line(text, style: style, in: &f, at: Point(x: pad, y: y), width: inner, box: box, layout: layout, measurer: measurer, tag: next()) + spec.lineGap
        }
        for (_, title) in before { tick(title, itemStyle) }
        // A rest day's run is not a run to tick: a day given a rest-day routine, or (plans
        // written before timing was data) a run that says "Rest".
        if routines.contains(where: { $0.0 == .restDay }) || day.run.lowercased().hasPrefix("rest") {
            let run = TextBox(day.run, layout.style("dayRun"), width: inner, measurer: measurer)
            run.place(in: &f, at: Point(x: pad, y: y), tag: next())
            y += run.size.height + spec.lineGap
        } else {
            tick(day.run, layout.style("dayRun"))
        }
        for (_, title) in after { tick(title, itemStyle) }
        if !day.checklist.isEmpty {
            y += spec.lineGap
            f.add(.shape(ShapeItem(path: .line(from: Point(x: pad, y: y), to: Point(x: width - pad, y: y)), stroke: layout.color("rule"), lineWidth: spec.ruleWidth)), at: .zero)
            y += pad
            for item in day.checklist {
                y += TickBox.line(item, style: itemStyle, in: &f, at: Point(x: pad, y: y), width: inner, box: box, layout: layout, measurer: measurer, tag: next()) + spec.lineGap
            }
        }
        f.size.height = y + pad
        return f
    }
}
