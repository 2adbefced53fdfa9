import Foundation
import PageGraphics
import RoutineModel

/// Reads a layout file and the files it extends (`"extends": "take-home"`, or a path relative
/// to the file), checks every key, and builds the typed `Layout`; every problem is reported at
/// once, in the file, line and column it is in, with its JSON path and a did-you-mean.
enum LayoutReader {
    static let topKeys = ["extends", "about", "papers", "margins", "family", "colors", "styles", "spacing", "figures", "pictures", "tracker", "logo", "header", "footer", "codes", "bilingual", "week", "blocks"]
    static let styleKeys = ["size", "weight", "color", "lineHeight", "letterSpacing", "alignment", "uppercase", "family"]
    /// The spacing's gaps in points; besides them it holds "columns" and "cardText".
    static let spacingGaps = ["afterHeader", "paragraph", "beforeSection", "afterHeading", "cardGap", "columnGap", "badge", "badgeGap",
                              "badgeText", "afterName", "dosePadding", "doseCorner", "afterDose", "detailGap", "detailBelow", "footerGap"]
    static let pictureColorKeys = ["body", "farBody", "faintBody", "prop", "propLight", "floor", "mat", "arrow"]
    /// Colours the code draws with by name, besides those styles and pictures name.
    static let requiredColors = ["text", "accent", "rule", "zebra", "doseFill", "box", "figurePrimaryFill", "figureSecondaryFill"]

    /// The layout in `url`; `builtIn` is the folder of the tool's own layouts, which `extends` names.
    static func read(_ url: URL, builtIn: URL, instead: [String: URL], requiring extraStyles: [String], extraColors: [String], extraKeys: [String]) throws(DiagnosticList) -> Layout {
        var layers = try chain(url, builtIn: builtIn, instead: instead)
        // A clinic's file put in place of ours: what it says about this sheet's own keys (a race
        // week's day columns, styles and colours) wins over our file for that sheet too.
        if !extraKeys.isEmpty, let clinic = instead.values.first?.standardizedFileURL.path,
           let i = layers.firstIndex(where: { $0.file == clinic }), i > 0 {
            let own = ownKeys(layers[i].root, keys: extraKeys, styles: extraStyles, colors: extraColors)
            layers.insert(LayoutLayer(file: clinic, root: own), at: 0)
        }
        let root = LayeredObject(layers: layers, allowed: topKeys)
        let layout = build(root, extraStyles: extraStyles, extraColors: extraColors, extraKeys: extraKeys, builtInPath: builtIn.standardizedFileURL.path)
        var seen: Set<String> = []
        let problems = layers.flatMap { layer in
            layer.sink.diagnostics.map { $0.inFile(layer.file) }.sorted { ($0.location ?? .start) < ($1.location ?? .start) }
        }.filter { seen.insert($0.line).inserted }  // a clinic's file may be read in two places
        guard problems.isEmpty, let layout else { throw DiagnosticList(problems) }
        return layout
    }

    /// The part of a layout's JSON that concerns one sheet kind's own keys, styles and colours.
    static func ownKeys(_ root: JSONNode, keys: [String], styles: [String], colors: [String]) -> JSONNode {
        guard case .object(let members) = root.value else { return root }
        func only(_ node: JSONNode, _ names: [String]) -> JSONNode {
            guard case .object(let list) = node.value else { return node }
            return JSONNode(value: .object(list.filter { names.contains($0.key) }), location: node.location)
        }
        var kept: [JSONNode.Member] = []
        for m in members {
            if keys.contains(m.key) { kept.append(m) }
            if m.key == "styles" { var s = m; s.value = only(m.value, styles); kept.append(s) }
            if m.key == "colors" { var c = m; c.value = only(m.value, colors); kept.append(c) }
        }
        return JSONNode(value: .object(kept), location: root.location)
    }

    /// The file and those it extends, most specific first.
    static func chain(_ url: URL, builtIn: URL, instead: [String: URL] = [:]) throws(DiagnosticList) -> [LayoutLayer] {
        var layers: [LayoutLayer] = []
        var next: URL? = url
        while let file = next {
            let path = file.standardizedFileURL.path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiagnosticList([Diagnostic(code: "unreadable", at: .root, nil, "cannot read the layout file", file: path)])
            }
            let root: JSONNode
            do { root = try JSONParser.parse(Array(data)) } catch { throw DiagnosticList([error.inFile(path)]) }
            let layer = LayoutLayer(file: path, root: root)
            layers.append(layer)
            next = nil
            guard case .object(let members) = root.value, let m = members.first(where: { $0.key == "extends" }) else { continue }
            guard case .string(let name) = m.value.value, !name.isEmpty else {
                throw DiagnosticList([Diagnostic(code: "wrong-type", at: JSONPath.root.appending("extends"), m.value.location,
                                                 "expected the layout this one extends (a name such as \"take-home\", or a file)", file: path)])
            }
            // The tool's own layouts extend the clinic's in place of ours; a clinic's files extend what they name.
            let ours = path.hasPrefix(builtIn.standardizedFileURL.path + "/")
            // (Not once the substitute has been read: a layout of ours used as one, large print, extends ours.)
            let substitute = ours ? instead[name].flatMap { s in layers.contains { $0.file == s.standardizedFileURL.path } ? nil : s } : nil
            let target = substitute ?? (name.hasSuffix(".json") ? URL(fileURLWithPath: name, relativeTo: file.deletingLastPathComponent())
                                                                 : builtIn.appendingPathComponent(name + ".json"))
            let targetPath = target.standardizedFileURL.path
            if layers.contains(where: { $0.file == targetPath }) || layers.count >= 8 {
                throw DiagnosticList([Diagnostic(code: "extends-loop", at: JSONPath.root.appending("extends"), m.value.location,
                                                 "\"\(ObjectReader.shown(name))\" extends this layout again (a loop)", file: path)])
            }
            guard FileManager.default.fileExists(atPath: targetPath) else {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: builtIn.path)) ?? [])
                    .filter { $0.hasSuffix(".json") && !$0.contains("schema") && !$0.contains("defaults") && $0 != "exercises.json" && $0 != "solved-poses.json" }
                    .map { String($0.dropLast(5)) }.sorted()
                throw DiagnosticList([Diagnostic(code: "extends-unknown", at: JSONPath.root.appending("extends"), m.value.location,
                                                 "no layout \"\(ObjectReader.shown(name))\" to extend",
                                                 hint: Suggestion.hint(for: name, in: names) ?? "the tool's layouts: " + names.joined(separator: ", ") + "; or a .json file beside this one",
                                                 file: path)])
            }
            next = target
        }
        return layers
    }

    /// The typed layout, or nil when something could not be read (the problems are in the sinks).
    static func build(_ root: LayeredObject, extraStyles: [String], extraColors: [String], extraKeys: [String], builtInPath: String) -> Layout? {
        // Colours first: styles and pictures name them.
        var colors: [String: String] = [:]
        var named: Set<String> = []  // every name given, even with a bad value: its users are not wrong too
        let colorsObject = root.object("colors", allowed: nil, what: "the colours")
        if let c = colorsObject {
            for name in c.keys {
                named.insert(name)
                guard let hex = c.string(name, what: "a colour") else { continue }
                if Color(hex: hex) == nil { c.problem(name, "bad-color", "\"\(ObjectReader.shown(hex))\" is not a colour", hint: "write it as #rrggbb, such as #1c5a85") } else { colors[name] = hex }
            }
            for name in requiredColors + extraColors where c.value(name) == nil { c.missing(name, "the colour \(name)") }
        }
        func colorRef(_ o: LayeredObject, _ key: String) -> String? {
            guard let name = o.string(key, what: "a colour name or #rrggbb") else { return nil }
            if named.contains(name) || Color(hex: name) != nil { return name }
            o.problem(key, "unknown-color", "\"\(ObjectReader.shown(name))\" is neither a colour of \"colors\" nor #rrggbb",
                      hint: Suggestion.hint(for: name, in: Array(colors.keys).sorted()))
            return nil
        }

        var papers: [String: Layout.PaperSize] = [:]
        if let p = root.object("papers", allowed: Paper.allCases.map(\.rawValue), what: "the paper sizes") {
            for paper in Paper.allCases {
                guard let s = p.object(paper.rawValue, allowed: ["width", "height"], what: "the size of \(paper.rawValue) paper"),
                      let w = s.points("width", in: 144...2000), let h = s.points("height", in: 144...2000) else { continue }
                papers[paper.rawValue] = Layout.PaperSize(width: w, height: h)
            }
        }
        var margins: Insets?
        if let m = root.object("margins", allowed: ["top", "right", "bottom", "left"], what: "the margins"),
           let t = m.points("top", in: 0...144), let r = m.points("right", in: 0...144), let b = m.points("bottom", in: 0...144), let l = m.points("left", in: 0...144) {
            margins = Insets(top: t, right: r, bottom: b, left: l)
        }
        let family = root.string("family", what: "the text face's family")

        var styles: [String: Layout.StyleSpec] = [:]
        if let s = root.object("styles", allowed: nil, what: "the text styles") {
            let wanted = Layout.requiredStyles + extraStyles
            for name in s.keys {
                // A race week's own styles are read with the race week (a clinic may restyle them in its file).
                if Layout.raceWeekStyles.contains(name) && !wanted.contains(name) { continue }
                guard let o = s.object(name, allowed: styleKeys, what: "the text style \(name)"), let size = o.points("size", in: 6...72) else { continue }
                var spec = Layout.StyleSpec(size: size)
                spec.weight = o.choice("weight", TextStyle.Weight.self, what: "weight")
                if o.value("color") != nil { spec.color = colorRef(o, "color") }
                if o.value("lineHeight") != nil { spec.lineHeight = o.number("lineHeight", in: 0.8...3, unit: "times the size") }
                if o.value("letterSpacing") != nil { spec.letterSpacing = o.points("letterSpacing", in: -2...10) }
                spec.alignment = o.choice("alignment", TextStyle.Alignment.self, what: "alignment")
                spec.uppercase = o.bool("uppercase")
                spec.family = o.string("family", required: false, what: "a font family")
                styles[name] = spec
            }
            for name in Layout.requiredStyles + extraStyles where s.value(name) == nil { s.missing(name, "the text style \(name)") }
            // Every style is one a sheet uses: a misspelt name would change nothing.
            let known = Layout.requiredStyles + Layout.raceWeekStyles
            for name in s.keys where !known.contains(name) {
                s.problem(name, "unknown-style", "no sheet uses a text style \"\(ObjectReader.shown(name))\"",
                          hint: Suggestion.hint(for: name, in: known) ?? "the styles: " + known.joined(separator: ", "))
            }
        }

        var spacing: Layout.Spacing?
        if let s = root.object("spacing", allowed: spacingGaps + ["columns", "cardText"], what: "the spacing") {
            var v: [String: Points] = [:]
            for key in spacingGaps { v[key] = s.points(key, in: 0...144) }
            let columns = s.int("columns", in: 1...3, unit: "columns"), cardText = s.points("cardText", in: 40...600)
            if v.count == spacingGaps.count, let columns, let cardText {
                spacing = Layout.Spacing(afterHeader: v["afterHeader"]!, paragraph: v["paragraph"]!, beforeSection: v["beforeSection"]!,
                                         afterHeading: v["afterHeading"]!, cardGap: v["cardGap"]!, columnGap: v["columnGap"]!, columns: columns,
                                         badge: v["badge"]!, badgeGap: v["badgeGap"]!, badgeText: v["badgeText"]!, afterName: v["afterName"]!,
                                         dosePadding: v["dosePadding"]!, doseCorner: v["doseCorner"]!, afterDose: v["afterDose"]!,
                                         detailGap: v["detailGap"]!, detailBelow: v["detailBelow"]!, footerGap: v["footerGap"]!, cardText: cardText)
            }
        }

        var figures: Layout.FigureSpec?
        if let f = root.object("figures", allowed: ["views", "summaryHeight", "summaryGap", "cardHeight", "legend", "legendGap", "swatch", "swatchGap", "legendEntryGap"],
                               what: "the muscle figures") {
            let views = f.strings("views", what: "the figure files", count: 1...4)
            let summary = f.points("summaryHeight", in: 36...400), gap = f.points("summaryGap", in: 0...72)
            let card = f.points("cardHeight", in: 43.2...200)  // 0.6 in: smaller cannot be read
            let key = f.points(["legendGap": 0...36, "swatch": 4...36, "swatchGap": 0...36, "legendEntryGap": 0...72])
            // Words of the layout's own, in every language (otherwise the strings file's).
            let l = f.value("legend") != nil ? f.object("legend", allowed: ["primary", "secondary"], what: "the legend's words") : nil
            let primary = l?.string("primary", required: false, what: "the legend's word"), secondary = l?.string("secondary", required: false, what: "the legend's word")
            if let views, let summary, let gap, let card, let key {
                figures = Layout.FigureSpec(views: views.map(\.0), summaryHeight: summary, summaryGap: gap, cardHeight: card,
                                            legendPrimary: primary, legendSecondary: secondary,
                                            legendGap: key["legendGap"]!, swatch: key["swatch"]!, swatchGap: key["swatchGap"]!, legendEntryGap: key["legendEntryGap"]!)
            }
        }

        var pictures: Layout.PictureSpec?
        if let p = root.object("pictures", allowed: ["width", "height", "bodyHeight"] + pictureColorKeys, what: "the exercise pictures") {
            let w = p.points("width", in: 40...400), h = p.points("height", in: 40...400)
            let body = p.points("bodyHeight", in: 86.4...400)  // 1.2 in: a lying figure reads at arm's length
            let c = pictureColorKeys.map { colorRef(p, $0) }
            if let w, let h, let body, c.allSatisfy({ $0 != nil }) {
                let n = c.map { $0! }
                pictures = Layout.PictureSpec(width: w, height: h, bodyHeight: body, body: n[0], farBody: n[1], faintBody: n[2],
                                              prop: n[3], propLight: n[4], floor: n[5], mat: n[6], arrow: n[7])
            }
        }

        var tracker: Layout.TrackerSpec?
        let trackerRanges: KeyValuePairs<String, ClosedRange<Double>> = [
            "rowHeight": 8...40, "box": 6...30, "labelWidth": 40...400, "columnWidth": 10...80, "weekRule": 0...6, "boxStroke": 0.25...4,
            "padding": 0...12, "headGap": 0...12, "boxGap": 0...24, "ruleInset": 0...12, "rowPadding": 0...12, "corner": 0...12, "boxTextGap": 0...24]
        if let t = root.object("tracker", allowed: trackerRanges.map(\.key) + ["maxColumns"], what: "the tracker") {
            let n = t.points(trackerRanges), most = t.int("maxColumns", in: 1...31, unit: "columns")
            if let n, let most {
                tracker = Layout.TrackerSpec(rowHeight: n["rowHeight"]!, box: n["box"]!, labelWidth: n["labelWidth"]!, columnWidth: n["columnWidth"]!,
                                             maxColumns: most, weekRule: n["weekRule"]!, boxStroke: n["boxStroke"]!, padding: n["padding"]!,
                                             headGap: n["headGap"]!, boxGap: n["boxGap"]!, ruleInset: n["ruleInset"]!, rowPadding: n["rowPadding"]!,
                                             corner: n["corner"]!, boxTextGap: n["boxTextGap"]!)
            }
        }

        var logo: Layout.LogoSpec?
        if let l = root.object("logo", allowed: ["width", "height", "gap"], what: "the logo box"),
           let n = l.points(["width": 36...300, "height": 18...144, "gap": 0...72]) {
            logo = Layout.LogoSpec(width: n["width"]!, height: n["height"]!, gap: n["gap"]!)
        }

        var header: Layout.HeaderSpec?
        let headerKeys = ["ruleWidth", "ruleGap", "afterRule", "titleGap", "summaryGap", "summaryRaise", "summaryMaxShare", "introMaxHeight"]
        if let h = root.object("header", allowed: headerKeys, what: "the header") {
            let n = h.points(["ruleWidth": 0...12, "ruleGap": 0...36, "afterRule": 0...72, "titleGap": 0...36, "summaryGap": 0...72,
                              "summaryRaise": 0...36, "introMaxHeight": 0...800])
            let share = h.number("summaryMaxShare", in: 0.05...1, unit: "of the width")
            if let n, let share {
                header = Layout.HeaderSpec(ruleWidth: n["ruleWidth"]!, ruleGap: n["ruleGap"]!, afterRule: n["afterRule"]!, titleGap: n["titleGap"]!,
                                           summaryGap: n["summaryGap"]!, summaryRaise: n["summaryRaise"]!, summaryMaxShare: share, introMaxHeight: n["introMaxHeight"]!)
            }
        }
        var footer: Layout.FooterSpec?
        if let f = root.object("footer", allowed: ["ruleWidth", "ruleGap", "columnGap"], what: "the footer"),
           let n = f.points(["ruleWidth": 0...6, "ruleGap": 0...36, "columnGap": 0...72]) {
            footer = Layout.FooterSpec(ruleWidth: n["ruleWidth"]!, ruleGap: n["ruleGap"]!, columnGap: n["columnGap"]!)
        }

        var bilingual: Layout.BilingualSpec?
        if let b = root.object("bilingual", allowed: ["scale", "color", "gap"], what: "how a bilingual sheet sets its second language"),
           let scale = b.number("scale", in: 0.6...1), let gap = b.points("gap", in: 0...12), let color = colorRef(b, "color") {
            bilingual = Layout.BilingualSpec(scale: scale, color: color, gap: gap)
        }

        var codes: Layout.CodeSpec?
        if let c = root.object("codes", allowed: ["side", "bookingSide", "above", "gap", "color", "video", "booking"], what: "the QR codes"),
           let n = c.points(["side": 43.2...200, "bookingSide": 43.2...200, "above": 0...36, "gap": 0...36]) {
            let color = colorRef(c, "color"), video = c.string("video", required: false, what: "the words beside a video's code"),
                booking = c.string("booking", required: false, what: "the words beside the booking code")
            if let color {
                codes = Layout.CodeSpec(side: n["side"]!, bookingSide: n["bookingSide"]!, above: n["above"]!, gap: n["gap"]!,
                                        color: color, video: video, booking: booking)
            }
        }

        var week: Layout.WeekSpec?
        let weekRanges: KeyValuePairs<String, ClosedRange<Double>> = [
            "dayWidth": 40...300, "dayGap": 0...36, "dayPadding": 0...36, "headPadding": 0...24, "corner": 0...18, "raceDayOutline": 0...6,
            "box": 6...30, "lineGap": 0...24, "ruleWidth": 0...6]
        // Only a race week's layout reads the day columns (its chain holds them all).
        if extraKeys.contains("week"), let w = root.object("week", allowed: weekRanges.map(\.key) + ["daysPerRow"], what: "the race week's day columns") {
            let n = w.points(weekRanges), most = w.int("daysPerRow", in: 3...14, unit: "days")
            if let n, let most {
                week = Layout.WeekSpec(dayWidth: n["dayWidth"]!, daysPerRow: most, dayGap: n["dayGap"]!, dayPadding: n["dayPadding"]!,
                                       headPadding: n["headPadding"]!, corner: n["corner"]!, raceDayOutline: n["raceDayOutline"]!,
                                       box: n["box"]!, lineGap: n["lineGap"]!, ruleWidth: n["ruleWidth"]!)
            }
        }

        var blocks: [Layout.BlockName]?
        if let list = root.strings("blocks", what: "the parts of the sheet in order", count: 1...8) {
            var out: [Layout.BlockName] = []
            let names = Layout.BlockName.allCases.map(\.rawValue)
            for (i, (name, location)) in list.enumerated() {
                let layer = root.value("blocks")!.layer
                guard let b = Layout.BlockName(rawValue: name) else {
                    layer.sink.error("unknown-value", root.path.appending("blocks").appending(i), location, "unknown part \"\(ObjectReader.shown(name))\"",
                                     hint: Suggestion.hint(for: name, in: names) ?? "one of: " + names.joined(separator: ", "))
                    continue
                }
                if out.contains(b) { layer.sink.error("repeated", root.path.appending("blocks").appending(i), location, "\"\(name)\" is listed twice") }
                out.append(b)
            }
            blocks = out
        }

        // Every colour is one something draws with: a misspelt name would change nothing.
        if let c = colorsObject, pictures != nil {
            let used = Set(requiredColors + Layout.raceWeekColors + styles.values.compactMap(\.color)
                           + [codes?.color, bilingual?.color, pictures?.body, pictures?.farBody, pictures?.faintBody, pictures?.prop, pictures?.propLight, pictures?.floor, pictures?.mat, pictures?.arrow].compactMap { $0 })
            // Only names no file of the tool's defines: a clinic's new colour that nothing draws is a misspelling.
            let oursNamed = Set(c.parts.filter { $0.layer.file.hasPrefix(builtInPath + "/") }.flatMap { LayeredObject.memberKeys($0.node) })
            for name in c.keys where !used.contains(name) && !oursNamed.contains(name) {
                c.problem(name, "unused-color", "nothing is drawn in the colour \"\(ObjectReader.shown(name))\"",
                          hint: Suggestion.hint(for: name, in: used.sorted()) ?? "a style or a picture part names the colours it uses")
            }
        }

        guard let margins, let family, let spacing, let figures, let pictures, let tracker, let logo, let header, let footer, let codes, let bilingual, let blocks,
              papers.count == Paper.allCases.count else { return nil }
        return Layout(papers: papers, margins: margins, family: family, colors: colors, styles: styles, spacing: spacing,
                      figures: figures, pictures: pictures, tracker: tracker, logo: logo, header: header, footer: footer, codes: codes, bilingual: bilingual, week: week, blocks: blocks)
    }
}
