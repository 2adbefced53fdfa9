import Foundation
import PageGraphics
import RoutineModel

/// A page template read from `Layouts/*.json`: paper, margins, type, colours, spacing, block order.
public struct Layout: Sendable, Hashable, Decodable {
    /// A paper's size in points.
    public struct PaperSize: Sendable, Hashable, Decodable {
        public var width: Points
        public var height: Points
    }
    /// A named text style; colours name entries of `colors`.
    public struct StyleSpec: Sendable, Hashable, Decodable {
        public var size: Points
        public var weight: TextStyle.Weight?
        public var color: String?
        public var lineHeight: Double?
        public var letterSpacing: Points?
        public var alignment: TextStyle.Alignment?
        public var uppercase: Bool?
    }
    /// Gaps and grid settings.
    public struct Spacing: Sendable, Hashable, Decodable {
        public var afterHeader, paragraph, beforeSection, afterHeading, cardGap, columnGap: Points
        public var columns: Int
        public var badge, badgeGap, dosePadding, footerGap: Points
        /// The narrowest a card's text may get beside its picture before the grid drops a column.
        public var cardText: Points
    }
    /// Tick-box grid settings.
    public struct TrackerSpec: Sendable, Hashable, Decodable {
        public var rowHeight: Points
        public var box: Points
        /// The narrowest the exercise-name column may get.
        public var labelWidth: Points
        /// The widest a day column gets.
        public var columnWidth: Points
        public var maxColumns: Int
    }
    /// Muscle figure sizes and legend words.
    public struct FigureSpec: Sendable, Hashable, Decodable {
        /// The figure files to use, by base name, in the order they are drawn side by side.
        public var views: [String]
        /// Height of the front-and-back summary on page 1.
        public var summaryHeight: Points
        public var summaryGap: Points
        /// Height of the small figure on each exercise card (at least 0.6 in).
        public var cardHeight: Points
        public var legend: [String: String]
    }
    /// Exercise picture sizes: every picture is drawn at one scale, in a box of one size.
    public struct PictureSpec: Sendable, Hashable, Decodable {
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
    /// The parts of a sheet, in the order they may be listed in `blocks`.
    public enum BlockName: String, Sendable, Hashable, Decodable, CaseIterable {
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
    public var blocks: [BlockName]

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
        return TextStyle(family: family, size: s.size, weight: s.weight ?? .regular, color: color(s.color ?? "text"),
                         lineHeight: s.lineHeight ?? 1.3, letterSpacing: s.letterSpacing ?? 0,
                         alignment: s.alignment ?? .left, uppercase: s.uppercase ?? false)
    }

    /// Styles every template must define.
    static let requiredStyles = ["clinic", "title", "meta", "intro", "heading", "when", "badge", "exerciseName", "dose", "cue",
                                 "trackerTitle", "trackerWeek", "trackerDay", "trackerRow", "notesHeading", "notes",
                                 "legend", "footer"]

    /// Styles a race-week template needs on top of the common ones.
    public static let raceWeekStyles = ["dayHead", "dayDate", "dayRun", "dayItem", "checklistTitle", "checklistItem"]

    /// Reads and checks a layout file, which must also define `styles`; errors name the file and the key.
    public static func load(contentsOf url: URL, requiring extraStyles: [String] = []) throws(LayoutError) -> Layout {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw LayoutError(file: url.path, path: "$", message: "cannot read the layout file") }
        let layout: Layout
        do { layout = try JSONDecoder().decode(Layout.self, from: data) } catch let error as DecodingError {
            throw LayoutError(decoding: error, file: url.path)
        } catch { throw LayoutError(file: url.path, path: "$", message: "\(error)") }
        try layout.check(file: url.path, extraStyles: extraStyles)
        return layout
    }

    func check(file: String, extraStyles: [String]) throws(LayoutError) {
        for name in Self.requiredStyles + extraStyles where styles[name] == nil {
            throw LayoutError(file: file, path: "styles.\(name)", message: "missing the text style \"\(name)\"")
        }
        for (name, s) in styles {
            if s.size < 6 || s.size > 72 { throw LayoutError(file: file, path: "styles.\(name).size", message: "a size of \(s.size) pt is outside 6 to 72") }
            if let c = s.color, colors[c] == nil, Color(hex: c) == nil {
                throw LayoutError(file: file, path: "styles.\(name).color", message: "\"\(c)\" is neither a colour name of \"colors\" nor #rrggbb")
            }
        }
        for (name, hex) in colors where Color(hex: hex) == nil {
            throw LayoutError(file: file, path: "colors.\(name)", message: "\"\(hex)\" is not a #rrggbb colour")
        }
        if figures.cardHeight < 43.2 {
            throw LayoutError(file: file, path: "figures.cardHeight", message: "a card figure must be at least 43.2 pt (0.6 in) tall to be read")
        }
        for (key, name) in [("body", pictures.body), ("farBody", pictures.farBody), ("faintBody", pictures.faintBody), ("prop", pictures.prop),
                            ("propLight", pictures.propLight), ("floor", pictures.floor), ("mat", pictures.mat), ("arrow", pictures.arrow)]
            where colors[name] == nil && Color(hex: name) == nil {
            throw LayoutError(file: file, path: "pictures.\(key)", message: "\"\(name)\" is neither a colour name of \"colors\" nor #rrggbb")
        }
        if pictures.bodyHeight < 86.4 {
            throw LayoutError(file: file, path: "pictures.bodyHeight", message: "a person must be drawn at least 86.4 pt (1.2 in) tall so lying figures read at arm's length")
        }
        if pictures.width < 40 || pictures.height < 40 || pictures.width > 400 || pictures.height > 400 {
            throw LayoutError(file: file, path: "pictures", message: "a picture box must be 40 to 400 pt on each side")
        }
        if spacing.cardText < 40 || spacing.cardText > 600 {
            throw LayoutError(file: file, path: "spacing.cardText", message: "a card's text needs 40 to 600 pt beside its picture")
        }
        if spacing.columns < 1 || spacing.columns > 3 { throw LayoutError(file: file, path: "spacing.columns", message: "use 1 to 3 columns") }
        for paper in Paper.allCases where papers[paper.rawValue] == nil {
            throw LayoutError(file: file, path: "papers.\(paper.rawValue)", message: "missing the size of \(paper.rawValue) paper")
        }
    }
}

/// A problem in a layout file, with the file and the key it concerns.
public struct LayoutError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var path: String
    public var message: String
    public init(file: String, path: String, message: String) { self.file = file; self.path = path; self.message = message }

    init(decoding error: DecodingError, file: String) {
        func pathText(_ keys: [CodingKey]) -> String {
            keys.isEmpty ? "$" : keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: ["."])
        }
        switch error {
        case .keyNotFound(let key, let ctx): self.init(file: file, path: pathText(ctx.codingPath + [key]), message: "missing key")
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx): self.init(file: file, path: pathText(ctx.codingPath), message: "wrong type of value")
        case .dataCorrupted(let ctx): self.init(file: file, path: pathText(ctx.codingPath), message: ctx.codingPath.isEmpty ? "not valid JSON" : "invalid value")
        @unknown default: self.init(file: file, path: "$", message: "cannot decode the layout")
        }
    }

    public var description: String { "\(file): \(path): \(message)" }
}
