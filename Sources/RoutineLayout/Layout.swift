import Foundation
import PageGraphics
import RoutineModel

/// A page template read from `Layouts/*.json`: paper, margins, type, colours, spacing, block order.
public struct Layout: Sendable, Hashable {
    /// A paper's size in points.
    public struct PaperSize: Sendable, Hashable {
        public var width: Points
        public var height: Points
    }
    /// A named text style; colours name entries of `colors`.
    public struct StyleSpec: Sendable, Hashable {
        public var size: Points
        public var weight: TextStyle.Weight?
        public var color: String?
        public var lineHeight: Double?
        public var letterSpacing: Points?
        public var alignment: TextStyle.Alignment?
        public var uppercase: Bool?
        /// A face other than the layout's `family` (a brand font for headings).
        public var family: String?
        init(size: Points) { self.size = size }
    }
    /// Gaps and grid settings.
    public struct Spacing: Sendable, Hashable {
        public var afterHeader, paragraph, beforeSection, afterHeading, cardGap, columnGap: Points
        public var columns: Int
        /// The number badge's size; between the picture and the badge; between the badge and the name.
        public var badge, badgeGap, badgeText: Points
        /// Below the name; inside the dose box, its corner radius and below it.
        public var afterName, dosePadding, doseCorner, afterDose: Points
        /// Between a heading and its "when" phrase on one line, and above the phrase on a line of its own.
        public var detailGap, detailBelow: Points
        public var footerGap: Points
        /// The narrowest a card's text may get beside its picture before the grid drops a column.
        public var cardText: Points
    }
    /// Tick-box grid settings.
    public struct TrackerSpec: Sendable, Hashable {
        public var rowHeight: Points
        public var box: Points
        /// The narrowest the exercise-name column may get.
        public var labelWidth: Points
        /// The widest a day column gets.
        public var columnWidth: Points
        public var maxColumns: Int
        /// The rule under a week's name, and the outline of every tick box (the race week's too).
        public var weekRule: Points
        public var boxStroke: Points
        /// Inside the head and the label column; between the week and day names; the least room
        /// between two tick boxes; how far the week rule stops short of its columns' edges; above
        /// and below a label; the corner of a row's stripe; between a tick box and its words.
        public var padding, headGap, boxGap, ruleInset, rowPadding, corner, boxTextGap: Points
    }
    /// Muscle figure sizes and legend words.
    public struct FigureSpec: Sendable, Hashable {
        /// The figure files to use, by base name, in the order they are drawn side by side.
        public var views: [String]
        /// Height of the front-and-back summary on page 1.
        public var summaryHeight: Points
        public var summaryGap: Points
        /// Height of the small figure on each exercise card (at least 0.6 in).
        public var cardHeight: Points
        /// The legend's words for the two strengths, when the layout sets its own (in every
        /// language); otherwise the strings file's.
        public var legendPrimary, legendSecondary: String?
        /// Between the figures and the legend; a legend swatch, the gap after it, and between entries.
        public var legendGap, swatch, swatchGap, legendEntryGap: Points
    }
    /// Exercise picture sizes: every picture is drawn at one scale, in a box of one size.
    public struct PictureSpec: Sendable, Hashable {
        /// The box on each card.
        public var width: Points
        public var height: Points
        /// How tall a standing person is drawn (the same in every picture).
        public var bodyHeight: Points
        /// Colour names (from `colors`) of the body, the far limbs, the faint start position, props, floor and arrows.
        public var body: String
        public var farBody: String
        public var faintBody: String
        public var prop: String
        public var propLight: String
        public var floor: String
        public var mat: String
        public var arrow: String
    }
    /// The box a clinic's logo is fitted into, at the right of the header, and its gap to the clinic's name.
    public struct LogoSpec: Sendable, Hashable {
        public var width: Points
        public var height: Points
        public var gap: Points
        public var size: Size { Size(width: width, height: height) }
    }
    /// The sheet's header: the clinic band (name, logo, rule) over the title, the meta line and
    /// the intro beside the muscle summary.
    public struct HeaderSpec: Sendable, Hashable {
        /// The accent rule under the clinic band: its thickness, and the gaps above and below it.
        public var ruleWidth, ruleGap, afterRule: Points
        /// Between the title and the meta line.
        public var titleGap: Points
        /// Between the title column and the muscle summary.
        public var summaryGap: Points
        /// How far the summary sits above the title's top.
        public var summaryRaise: Points
        /// The summary's height at most, as a share of the content width (small paper).
        public var summaryMaxShare: Double
        /// An intro taller than this flows below the header instead of beside the summary.
        public var introMaxHeight: Points
    }
    /// The footer on every page: the rule above it and the gap between its two columns.
    public struct FooterSpec: Sendable, Hashable {
        public var ruleWidth, ruleGap, columnGap: Points
    }
    /// The QR codes of exercise videos (under a card's picture) and of the clinic's booking page
    /// (above the last page's footer): their sizes, colour and the words beside them.
    public struct CodeSpec: Sendable, Hashable {
        /// A card's code and the booking code, quiet zone included (at least 0.6 in: smaller does not scan at arm's length).
        public var side, bookingSide: Points
        /// Above a card's code; between a code and its words.
        public var above, gap: Points
        /// The colour the squares are drawn in (dark, for scanners).
        public var color: String
        /// The words beside a video's code and the booking code, when the layout sets its own
        /// (in every language); otherwise the strings file's.
        public var video, booking: String?
    }
    /// The race week's day columns.
    public struct WeekSpec: Sendable, Hashable {
        /// The narrowest a day column gets (fewer days go on a row below it), and the most days on a row.
        public var dayWidth: Points
        public var daysPerRow: Int
        /// Between columns; inside a column; inside the day's head; the corner radius; the race day's outline.
        public var dayGap, dayPadding, headPadding, corner, raceDayOutline: Points
        /// The tick boxes, the space after each line, and the rule above the day's checklist.
        public var box, lineGap, ruleWidth: Points
    }
    /// The parts of a sheet, in the order they may be listed in `blocks`.
    public enum BlockName: String, Sendable, Hashable, CaseIterable {
        /// Parts of a take-home sheet.
        case header, intro, sections, tracker, notes
        /// Parts of a race-week plan.
        case week, routines, checklists
    }

    public var papers: [String: PaperSize]
    public var margins: Insets
    public var family: String
    public var colors: [String: String]
    public var styles: [String: StyleSpec]
    public var spacing: Spacing
    public var figures: FigureSpec
    public var pictures: PictureSpec
    public var tracker: TrackerSpec
    public var logo: LogoSpec
    public var header: HeaderSpec
    public var footer: FooterSpec
    public var codes: CodeSpec
    /// How a bilingual sheet sets each tool-written text's second language, below the first.
    public struct BilingualSpec: Sendable, Hashable {
        /// The second language's size, as a share of the first's.
        public var scale: Double
        public var color: String
        /// Between the first language's text and the second's.
        public var gap: Points
    }
    public var bilingual: BilingualSpec
    /// Only a race week's layout needs it.
    public var week: WeekSpec?
    public var blocks: [BlockName]
    /// The words of the sheet's language; engines set it for each sheet (`Layout.in(_:)`).
    public var words = Wording(.none)
    /// A bilingual sheet's second language, printed below the first, smaller and quieter.
    public var second: Wording?

    /// This layout speaking `wording` (and below it `second`): its phrases, and its text styles set in that language.
    public func `in`(_ wording: Wording, second: Wording? = nil) -> Layout {
        var l = self
        l.words = wording
        l.second = second
        return l
    }

    /// The quieter style of a second language's text under text in `style`.
    public func secondStyle(_ style: TextStyle) -> TextStyle {
        var s = style.with(color: color(bilingual.color)).with(weight: style.weight == .bold ? .semibold : style.weight)
        s.size = style.size * bilingual.scale
        s.language = second?.pangoLanguage
        s.uppercase = false
        return s
    }

    /// The page size for a paper, or nil when the layout does not define it.
    public func pageSize(_ paper: Paper) -> Size? {
        papers[paper.rawValue].map { Size(width: $0.width, height: $0.height) }
    }

    /// A colour by name; falls back to near-black so a typo never hides text.
    public func color(_ name: String) -> Color {
        colors[name].flatMap(Color.init(hex:)) ?? Color.init(hex: name) ?? Color(red: 0.1, green: 0.1, blue: 0.1)
    }

    /// The highlight colours of the muscle figures.
    public var figureStyle: FigureStyle {
        FigureStyle(primaryFill: color("figurePrimaryFill"), secondaryFill: color("figureSecondaryFill"))
    }

    /// A text style by name.
    public func style(_ name: String) -> TextStyle {
        guard let s = styles[name] else { return TextStyle(family: family, size: 12, color: color("text")) }
        return TextStyle(family: s.family ?? family, size: s.size, weight: s.weight ?? .regular, color: color(s.color ?? "text"),
                         lineHeight: s.lineHeight ?? 1.3, letterSpacing: s.letterSpacing ?? 0,
                         alignment: s.alignment ?? .left, uppercase: s.uppercase ?? false, language: words.pangoLanguage)
    }

    /// Styles every template must define.
    static let requiredStyles = ["clinic", "title", "meta", "intro", "heading", "when", "badge", "exerciseName", "dose", "cue",
                                 "trackerTitle", "trackerWeek", "trackerDay", "trackerRow", "notesHeading", "notes",
                                 "legend", "footer", "codeCaption"]

    /// Styles a race-week template needs on top of the common ones.
    public static let raceWeekStyles = ["dayHead", "dayDate", "dayRun", "dayItem", "checklistTitle", "checklistItem"]

    /// What a race-week template needs on top of the common keys.
    public static let raceWeekKeys = ["week"]

    /// Colours a race-week template needs on top of the common ones.
    public static let raceWeekColors = ["dayFill"]

    /// Reads and checks a layout file and those it extends (`builtIn` holds the tool's own,
    /// which `"extends"` names); every problem at once, each in its file with line, column and path.
    /// `instead` puts a file in the place of a layout the chain extends (a clinic's look under
    /// the race week's own keys).
    public static func load(contentsOf url: URL, builtIn: URL? = nil, instead: [String: URL] = [:], requiring extraStyles: [String] = [],
                            colors extraColors: [String] = [], keys extraKeys: [String] = []) throws(DiagnosticList) -> Layout {
        try LayoutReader.read(url, builtIn: builtIn ?? url.deletingLastPathComponent(), instead: instead, requiring: extraStyles,
                              extraColors: extraColors, extraKeys: extraKeys)
    }

    /// The families the styles use, each with the first style that names it (for checking them against the fonts).
    public var families: [(family: String, style: String)] {
        var out: [(String, String)] = [(family, "family")]
        for name in styles.keys.sorted() { if let f = styles[name]?.family, !out.contains(where: { $0.0 == f }) { out.append((f, "styles.\(name).family")) } }
        return out
    }
}
