/// Turns plan JSON into a `Plan`, reporting every problem with its JSON path and place.
public enum PlanDecoder {
    /// The most sections and items a sheet may hold (a longer routine is refused, not squeezed).
    public static let maximumSections = 20
    public static let maximumItemsPerSection = 60

    static let topKeys = ["$schema", "id", "kind", "title", "language", "languages", "paper", "date", "clinic", "patient", "clinician",
                          "intro", "sections", "tracker", "notes"]

    /// Decodes plan bytes; throws every error found (warnings are not produced here).
    public static func decode(_ bytes: [UInt8], file: String? = nil) throws(DiagnosticList) -> Plan {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw DiagnosticList([error.inFile(file)]) }
        return try decode(root, file: file)
    }

    /// Decodes as much as can be read, with every problem found; the plan is nil when it cannot be used at all.
    public static func decodeAll(_ bytes: [UInt8], file: String? = nil) -> (Plan?, [Diagnostic]) {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { return (nil, [error.inFile(file)]) }
        let sink = DiagnosticSink()
        let plan = read(root, sink: sink)
        return (plan, sink.diagnostics.map { $0.inFile(file) })
    }

    /// Decodes an already parsed plan.
    public static func decode(_ root: JSONNode, file: String? = nil) throws(DiagnosticList) -> Plan {
        let sink = DiagnosticSink()
        let plan = read(root, sink: sink)
        if sink.hasErrors || plan == nil {
            throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) })
        }
        return plan!
    }

    static func read(_ root: JSONNode, sink: DiagnosticSink) -> Plan? {
        guard case .object = root.value else {
            sink.error("wrong-type", .root, root.location, "expected a plan (an object), found \(root.typeName)")
            return nil
        }
        let kindReader = ObjectReader(root, at: .root, sink: DiagnosticSink(), allowed: [], what: "a plan")
        guard let kindNode = kindReader?.value("kind") else {
            sink.error("missing-key", JSONPath.root.appending("kind"), root.location, "missing the plan kind (\"kind\")",
                       hint: "one of: " + PlanKind.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        guard let kind = ObjectReader.choice(kindNode, PlanKind.self, at: JSONPath.root.appending("kind"), sink: sink, what: "plan kind") else {
            return nil
        }
        switch kind {
        case .takeHome: return readTakeHome(root, sink: sink).map(Plan.takeHome)
        case .raceWeek: return RaceWeekDecoder.read(root, sink: sink).map(Plan.raceWeek)
        }
    }

    static func readTakeHome(_ root: JSONNode, sink: DiagnosticSink) -> TakeHomePlan? {
        guard let r = ObjectReader(root, at: .root, sink: sink, allowed: topKeys, what: "a plan") else { return nil }
        _ = r.string("$schema")
        let id = r.string("id", limit: .long)
        let title = r.string("title", required: true, what: "the sheet's title")
        let (language, second, languageOrigins) = readLanguages(r)
        let paper = r.choice("paper", Paper.self, what: "paper size")
        let date = readDate(r, "date")
        let clinic = readClinic(r)
        let patient = r.object("patient", allowed: ["name"], what: "the patient").flatMap { p in
            p.string("name", required: true, what: "the patient's name").map(Person.init)
        }
        let clinician = r.object("clinician", allowed: ["name", "credentials"], what: "the clinician").flatMap { c in
            c.string("name", required: true, what: "the clinician's name").map { Clinician(name: $0, credentials: c.string("credentials")) }
        }
        let intro = r.string("intro", limit: .long)
        let sections = readSections(r)
        let tracker = readTracker(r)
        let notes = r.string("notes", limit: .long)
        guard let title, let sections else { return nil }
        var plan = TakeHomePlan(title: title, language: language ?? "en", paper: paper, date: date, clinic: clinic,
                            patient: patient, clinician: clinician, intro: intro, sections: sections, tracker: tracker, notes: notes)
        plan.id = id
        plan.secondLanguage = second
        plan.languageOrigins = languageOrigins
        return plan
    }

    /// Whether text is a language tag such as "es" or "es-MX".
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count <= 4 && (2...3).contains(parts[0].count) && parts[0].allSatisfy({ $0.isASCII && $0.isLetter })
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The sheet's language and, for a bilingual sheet, the second one printed below it:
    /// `"language": "es"`, or `"languages": ["es", "en"]`.
    /// `origins` says where each was written, for errors found later (a language without strings).
    static func readLanguages(_ r: ObjectReader) -> (first: String?, second: String?, origins: [Origin]) {
        let single = readLanguage(r)
        guard let list = r.array("languages", what: "the sheet's languages, the patient's first", maxCount: 2) else { return (single, nil, [r.origin("language")]) }
        let at = r.origin("languages")
        var tags: [String] = [], origins: [Origin] = []
        for (node, path) in list {
            guard case .string(let s) = node.value else { r.sink.error("wrong-type", path, node.location, "expected a language tag (a string), found \(node.typeName)"); continue }
            if isLanguageTag(s) { tags.append(s); origins.append(Origin(path: path, location: node.location)) } else {
                r.sink.error("bad-language", path, node.location, "\"\(ObjectReader.shown(s))\" is not a language tag", hint: "for example [\"es\", \"en\"]")
            }
        }
        if list.isEmpty { r.sink.error("empty-list", at.path, at.location, "name the sheet's language, and a second one to print below it", hint: "for example [\"es\", \"en\"]") }
        if tags.count == 2, tags[0].lowercased().prefix(while: { $0 != "-" }) == tags[1].lowercased().prefix(while: { $0 != "-" }) {
            r.sink.error("same-language", at.path, at.location, "the two languages are one language", hint: "give one, as \"language\"")
        }
        if let single, let first = tags.first, single != first {
            r.sink.error("two-languages", at.path, at.location, "\"language\" says \"\(single)\" but \"languages\" starts with \"\(first)\"", hint: "give only \"languages\"")
        }
        return (tags.first ?? single, tags.count > 1 ? tags[1] : nil, tags.isEmpty ? [r.origin("language")] : origins)
    }

    public static func readLanguage(_ r: ObjectReader) -> String? {
        guard let tag = r.string("language") else { return nil }
        if !isLanguageTag(tag) {
            r.sink.error("bad-language", r.origin("language").path, r.origin("language").location,
                         "\"\(ObjectReader.shown(tag))\" is not a language tag", hint: "for example \"en\" or \"en-GB\"")
            return nil
        }
        return tag
    }

    static func readDate(_ r: ObjectReader, _ key: String) -> PlanDate? {
        guard let text = r.string(key) else { return nil }
        if let d = PlanDate(iso: text) { return d }
        let o = r.origin(key)
        r.sink.error("bad-date", o.path, o.location, "\"\(ObjectReader.shown(text))\" is not a date", hint: "write it as YYYY-MM-DD, for example 2026-11-29")
        return nil
    }

    static func readClinic(_ r: ObjectReader) -> Clinic? {
        guard let c = r.object("clinic", allowed: ["name", "address", "phone", "email", "website", "booking", "logo"], what: "the clinic") else { return nil }
        let name = c.string("name", required: true, what: "the clinic's name")
        var clinic = Clinic(name: name ?? "", address: c.string("address"), phone: c.string("phone"), email: c.string("email"),
                            website: c.string("website"), logo: c.string("logo", limit: .dataURL), logoOrigin: c.origin("logo"))
        clinic.booking = c.webAddress("booking", what: "the booking page's address", example: "https://clinic.example/book")
        return name == nil ? nil : clinic
    }

    static func readSections(_ r: ObjectReader) -> [Section]? {
        guard let list = r.array("sections", required: true, what: "the sections", maxCount: maximumSections) else { return nil }
        if list.isEmpty {
            r.sink.error("empty-list", r.path.appending("sections"), r.value("sections")?.location, "a sheet needs at least one section")
            return nil
        }
        var sections: [Section] = []
        for (node, path) in list {
            guard let s = ObjectReader(node, at: path, sink: r.sink, allowed: ["title", "when", "timing", "items"], what: "a section") else { continue }
            let title = s.string("title", required: true, what: "the section's title")
            let when = s.string("when")
            let timing = s.choice("timing", RoutineTiming.self, what: "timing")
            var items: [PlanItem] = []
            if let list = s.array("items", required: true, what: "the section's exercises", maxCount: maximumItemsPerSection) {
                if list.isEmpty { r.sink.error("empty-list", path.appending("items"), s.value("items")?.location, "a section needs at least one exercise") }
                items = list.compactMap { PlanItem.read($0.0, at: $0.1, sink: r.sink) }
            }
            if let title { sections.append(Section(title: title, when: when, items: items, timing: timing, origin: Origin(path: path, location: node.location))) }
        }
        return sections
    }

    static func readTracker(_ r: ObjectReader) -> Tracker? {
        guard let t = r.object("tracker", allowed: ["weeks", "days"], what: "the tracker") else { return nil }
        let weeks = t.has("weeks") ? t.int("weeks", in: 1...12, unit: "weeks") : 1
        var days: [Weekday] = Weekday.allCases
        if let list = t.array("days", what: "the days of the week", maxCount: 7) {
            if list.isEmpty {
                r.sink.error("empty-list", t.path.appending("days"), t.value("days")?.location, "list at least one day", hint: "for example [\"mon\", \"wed\", \"fri\"]")
            }
            days = []
            for (node, path) in list {
                guard let d = ObjectReader.choice(node, Weekday.self, at: path, sink: r.sink, what: "day") else { continue }
                if days.contains(d) {
                    r.sink.error("duplicate-day", path, node.location, "\"\(d.rawValue)\" is listed twice")
                } else { days.append(d) }
            }
        }
        guard let weeks, !days.isEmpty else { return nil }
        return Tracker(weeks: weeks, days: days)
    }
}
