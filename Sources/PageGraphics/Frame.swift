/// A sized box of positioned drawing items: what layout produces and backends draw.
public struct Frame: Hashable, Sendable {
    public var size: Size
    public private(set) var items: [Positioned]
    /// Places a reader can jump to from the document's outline (a section, the tracker, the notes).
    public private(set) var bookmarks: [Bookmark] = []
    /// Areas that open an address when clicked.
    public private(set) var links: [LinkArea] = []
    /// Elements with nothing drawn of their own (a tracker's cells: their tick boxes are decoration).
    public private(set) var emptyElements: [StructurePath] = []

    public init(size: Size, items: [Positioned] = []) { self.size = size; self.items = items }

    /// Marks `point` as the place the outline entry `title` opens at.
    public mutating func bookmark(_ title: String, at point: Point = .zero) { bookmarks.append(Bookmark(title: title, origin: point)) }

    /// Declares an element that holds no content (an empty table cell), so the structure has it.
    public mutating func declare(_ element: StructurePath) { emptyElements.append(element) }

    /// Makes `area` a link.
    public mutating func link(_ area: LinkArea) { links.append(area) }

    /// Adds an item with its top-left corner at `point`; what it is to a reader is `tag`
    /// (decoration unless said).
    public mutating func add(_ item: FrameItem, at point: Point, tag: ContentTag = .decoration) {
        items.append(Positioned(origin: point, item: item, tag: tag))
    }

    /// Adds every item of another frame, moved by `offset`; its elements go below `step` when one is given.
    public mutating func append(_ other: Frame, at offset: Point, under step: StructureStep? = nil) {
        for p in other.items {
            items.append(Positioned(origin: p.origin.offset(by: offset), item: p.item, tag: step.map { p.tag.under($0) } ?? p.tag))
        }
        for b in other.bookmarks { bookmarks.append(Bookmark(title: b.title, origin: b.origin.offset(by: offset))) }
        for var l in other.links {
            l.rect.origin = l.rect.origin.offset(by: offset)
            if let step { l.element = l.element.under(step) }
            links.append(l)
        }
        for e in other.emptyElements { emptyElements.append(step.map { e.under($0) } ?? e) }
    }

    /// This frame with every item retagged as `tag` (a repeated heading becomes an artifact, and
    /// is no place in the outline).
    public func retagged(_ tag: ContentTag) -> Frame {
        Frame(size: size, items: items.map { Positioned(origin: $0.origin, item: $0.item, tag: tag) })
    }

    /// This frame with its elements below `step` (in place when the frame is not shared, as a
    /// frame just made is not: no item is copied).
    public consuming func under(_ step: StructureStep) -> Frame {
        var f = self
        f.placeUnder(step)
        return f
    }

    /// Puts this frame's elements below `step`.
    public mutating func placeUnder(_ step: StructureStep) {
        for i in items.indices { items[i].tag = items[i].tag.under(step) }
        for i in links.indices { links[i].element = links[i].element.under(step) }
        for i in emptyElements.indices { emptyElements[i] = emptyElements[i].under(step) }
    }
}

/// An outline entry and the point on its frame it opens at.
public struct Bookmark: Hashable, Sendable {
    public var title: String
    public var origin: Point
}

/// A frame item placed at a point, relative to its frame's top-left corner, with what it is to a reader.
public struct Positioned: Hashable, Sendable {
    public var origin: Point
    public var item: FrameItem
    public var tag: ContentTag
    public init(origin: Point, item: FrameItem, tag: ContentTag = .decoration) { self.origin = origin; self.item = item; self.tag = tag }
}

/// One thing to draw.
public enum FrameItem: Hashable, Sendable {
    /// Text laid out at a width; the origin is the top-left of its first line.
    case text(TextItem)
    /// A filled and/or stroked outline, in coordinates relative to the origin.
    case shape(ShapeItem)
    /// A raster image file scaled into a box.
    case image(ImageItem)
    /// A body diagram with highlighted regions, scaled into a box.
    case figure(FigureItem)
    /// A vector picture recorded once (an exercise picture), fitted into a box.
    case drawing(DrawingItem)
    /// An SVG picture file (a clinic's own exercise picture), fitted into a box and centred.
    case svg(SVGPictureItem)
    /// A QR code of an address, drawn as squares filling a square box (quiet zone included).
    case qrCode(QRCodeItem)
}

/// A QR code: the text it holds, drawn as vector squares.
public struct QRCodeItem: Hashable, Sendable {
    /// What a scanner reads: an address.
    public var text: String
    /// The square box, its quiet zone (four modules on each side) included.
    public var side: Points
    public var color: Color
    public init(text: String, side: Points, color: Color) { self.text = text; self.side = side; self.color = color }
    public var size: Size { Size(width: side, height: side) }
}

/// An SVG file drawn as vectors into a box, keeping its aspect ratio.
public struct SVGPictureItem: Hashable, Sendable {
    /// The absolute path of the SVG file.
    public var path: String
    public var size: Size
    public init(path: String, size: Size) { self.path = path; self.size = size }

    /// The scale and offset that fit a drawing `width` × `height` into the box, centred.
    public func fit(width: Double, height: Double) -> (scale: Double, dx: Double, dy: Double) {
        let s = min(size.width.value / width, size.height.value / height)
        return (s, (size.width.value - width * s) / 2, (size.height.value - height * s) / 2)
    }
}

extension FrameItem {
    /// The box of a picture, figure or image (what a card sets its text beside); nil for text and shapes.
    public var boxSize: Size? {
        switch self {
        case .drawing(let d): return d.size
        case .svg(let s): return s.size
        case .figure(let f): return f.size
        case .image(let i): return i.size
        case .qrCode(let q): return q.size
        case .text, .shape: return nil
        }
    }
}

/// Text to draw, wrapped at `width` when one is given.
public struct TextItem: Hashable, Sendable {
    /// What is shown.
    public var text: String
    public var style: TextStyle
    public var width: Points?
    /// Set when `text` is some lines of a longer text laid out as a whole (a paragraph that flows
    /// across pages): backends lay out the whole text, as it was measured, and show these lines.
    public var excerpt: TextExcerpt?
    public init(text: String, style: TextStyle, width: Points?, excerpt: TextExcerpt? = nil) {
        self.text = text; self.style = style; self.width = width; self.excerpt = excerpt
    }

    /// The text as a reader sees it, without the invisible word joiners that steer line breaks.
    public var visibleText: String {
        text.unicodeScalars.contains("\u{2060}") ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{2060}" })) : text
    }
}

/// Some lines of a laid-out text, shown moved up so the first of them starts at the item's origin.
public struct TextExcerpt: Hashable, Sendable {
    /// The whole text the lines come from.
    public var source: String
    /// Which lines, counted from 0.
    public var lines: Range<Int>
    public init(source: String, lines: Range<Int>) { self.source = source; self.lines = lines }
}

/// A vector shape and how to paint it.
public struct ShapeItem: Hashable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: Color?
    public var lineWidth: Points
    public init(path: Path, fill: Color? = nil, stroke: Color? = nil, lineWidth: Points = 1) {
        self.path = path; self.fill = fill; self.stroke = stroke; self.lineWidth = lineWidth
    }
}

/// A PNG image drawn into a box, keeping its aspect ratio: a file, or bytes that came with the plan.
public struct ImageItem: Hashable, Sendable {
    /// The absolute path of the PNG file, or a name for the bytes (for caches and messages).
    public var path: String
    /// The PNG bytes, when the image came inside the plan rather than from a file.
    public var png: PNGBytes?
    public var size: Size
    public init(path: String, png: PNGBytes? = nil, size: Size) { self.path = path; self.png = png; self.size = size }
}

/// PNG bytes held once and shared by every page that shows them; equal when their names are.
public final class PNGBytes: Hashable, Sendable {
    public let name: String
    public let bytes: [UInt8]
    public init(name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
    public static func == (a: PNGBytes, b: PNGBytes) -> Bool { a.name == b.name }
    public func hash(into h: inout Hasher) { h.combine(name) }
}

/// A muscle figure (one view of the body) with the regions to highlight, fitted into a box.
public struct FigureItem: Hashable, Sendable {
    /// How strongly a region is lit.
    public enum Strength: String, Hashable, Sendable { case primary, secondary }
    /// How much of the drawing to show: every muscle with outlines, or the silhouette and the lit
    /// regions only (for small figures, where outlines cannot be seen and cost the most to print).
    public enum Detail: String, Hashable, Sendable { case full, simple }

    /// The figure's name: the SVG file's base name in the figures folder ("front", "back").
    public var view: String
    /// Shape ids drawn in the strong highlight.
    public var primary: [String]
    /// Shape ids drawn in the light highlight.
    public var secondary: [String]
    public var size: Size
    public var detail: Detail
    public init(view: String, primary: [String], secondary: [String], size: Size, detail: Detail = .full) {
        self.view = view; self.primary = primary; self.secondary = secondary; self.size = size; self.detail = detail
    }
}
