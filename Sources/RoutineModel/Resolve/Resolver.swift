import Foundation

/// Looks up catalog exercises and checks the files a plan points at.
public struct Resolver {
    public var catalog: Catalog
    /// The folder relative paths in the plan are read from (the plan file's folder).
    public var baseDirectory: URL?
    /// Whether the plan may name files on this machine (not for plans sent to the server).
    public var readsFiles: Bool

    public init(catalog: Catalog, baseDirectory: URL? = nil, readsFiles: Bool = true) {
        self.catalog = catalog; self.baseDirectory = baseDirectory; self.readsFiles = readsFiles
    }

    /// Resolves a take-home plan; throws every unknown id and bad file at once.
    public func resolve(_ plan: TakeHomePlan, file: String? = nil) throws(DiagnosticList) -> Routine {
        let sink = DiagnosticSink()
        var number = 0
        var sections: [RoutineSection] = []
        for section in plan.sections {
            var items: [RoutineItem] = []
            for item in section.items {
                guard let exercise = exercise(for: item, sink: sink) else { continue }
                number += 1
                let dose = item.dose.over(exercise.dose)
                var resolved = RoutineItem(exercise: exercise, dose: dose, cue: item.cue ?? exercise.cue, number: number, origin: item.origin)
                resolved.video = item.video ?? exercise.video
                items.append(resolved)
            }
            sections.append(RoutineSection(title: section.title, when: section.when, items: items))
        }
        let logo = plan.clinic.flatMap { checkLogo($0, sink: sink) }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) }) }
        return Routine(plan: plan, sections: sections, logo: logo)
    }

    /// Resolves a race-week plan whose gaps are already filled; throws every problem at once.
    public func resolve(_ plan: RaceWeekPlan, file: String? = nil) throws(DiagnosticList) -> RaceWeek {
        let sink = DiagnosticSink()
        var routines: [ResolvedRoutine] = []
        for r in plan.routines {
            var items: [RoutineItem] = []
            for item in r.items {
                guard let exercise = exercise(for: item, sink: sink) else { continue }
                var resolved = RoutineItem(exercise: exercise, dose: item.dose.over(exercise.dose), cue: item.cue ?? exercise.cue,
                                           number: items.count + 1, origin: item.origin)
                resolved.video = item.video ?? exercise.video
                items.append(resolved)
            }
            routines.append(ResolvedRoutine(name: r.name, title: r.title, items: items, timing: r.timing))
        }
        let names = plan.routines.map(\.name)
        for day in plan.days {
            for (j, name) in day.routines.enumerated() where !names.contains(name) {
                let hint = Suggestion.hint(for: name, in: names) ?? "routines here: " + names.joined(separator: ", ")
                sink.error("unknown-routine", day.origin.path.appending("routines").appending(j), day.origin.location,
                           "no routine is named \"\(ObjectReader.shown(name))\"", hint: hint)
            }
        }
        let logo = plan.clinic.flatMap { checkLogo($0, sink: sink) }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) }) }
        return RaceWeek(plan: plan, routines: routines, logo: logo)
    }

    func exercise(for item: PlanItem, sink: DiagnosticSink) -> Exercise? {
        switch item.source {
        case .inline(let e): return e
        case .catalog(let id):
            if let e = catalog.exercise(id) { return e }
            let hint = Suggestion.hint(for: id, in: catalog.ids) ?? "`routinepress catalog` lists the ids"
            sink.error("unknown-exercise", item.origin.path.appending("exercise"), item.origin.location,
                       "unknown exercise \"\(ObjectReader.shown(id))\"", hint: hint)
            return nil
        }
    }

    func checkLogo(_ clinic: Clinic, sink: DiagnosticSink) -> Logo? {
        guard let logo = clinic.logo else { return nil }
        let origin = clinic.logoOrigin ?? .unknown
        func fail(_ code: String, _ message: String, hint: String? = nil) -> Logo? {
            sink.error(code, origin.path, origin.location, message, hint: hint)
            return nil
        }
        if logo.hasPrefix("data:") {
            guard logo.hasPrefix(Logo.dataURLPrefix) else {
                return fail("logo-not-png", "the logo's data URL is not a PNG", hint: "it must start with \(Logo.dataURLPrefix)")
            }
            guard let data = Data(base64Encoded: String(logo.dropFirst(Logo.dataURLPrefix.count)), options: .ignoreUnknownCharacters) else {
                return fail("logo-not-png", "the logo's data URL is not valid base64")
            }
            let bytes = Array(data)
            if bytes.count > Logo.maximumBytes {
                return fail("logo-too-large", "the logo is \(bytes.count / 1_048_576) MB; at most 5 MB is accepted", hint: "a logo prints well at 600 pixels wide")
            }
            return checked(Logo.Source.png(name: Logo.contentName(bytes), bytes: bytes), head: Array(bytes.prefix(24)), shown: "the uploaded logo", fail: fail)
        }
        guard readsFiles else {
            return fail("logo-path", "the server does not read files named in a plan", hint: "send the logo to POST /api/logo and put the data URL it returns here")
        }
        let path = NamedFile.url(logo, relativeTo: baseDirectory).path
        let shown = "the logo \"\(ObjectReader.shown(logo))\""
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return fail("logo-missing", "\(shown) cannot be read", hint: "the path is relative to the plan file; looked for \(path)")
        }
        defer { try? handle.close() }
        let status = FileStatus.of(path)
        if status?.kind == .directory {
            return fail("logo-missing", "\(shown) is a folder, not a PNG file")
        }
        let size = status?.size ?? 0
        if size > Logo.maximumBytes {
            return fail("logo-too-large", "the logo is \(size / 1_048_576) MB; at most 5 MB is accepted", hint: "a logo prints well at 600 pixels wide")
        }
        let head = (try? handle.read(upToCount: 24)).map(Array.init) ?? []
        return checked(.file(path), head: head, shown: shown, fail: fail)
    }

    /// The logo when its header says PNG and its size in pixels can be decoded safely.
    private func checked(_ source: Logo.Source, head: [UInt8], shown: String, fail: (String, String, String?) -> Logo?) -> Logo? {
        guard let (w, h) = Logo.pngSize(head) else { return fail("logo-not-png", "\(shown) is not a PNG file", "save it as PNG") }
        guard w > 0, h > 0 else { return fail("logo-not-png", "\(shown) has no pixels (\(w) × \(h))", "save it again as PNG") }
        let megapixels = Double(w) * Double(h) / 1_000_000
        if megapixels > Double(Logo.maximumPixels) / 1_000_000 {
            return fail("logo-too-many-pixels", "\(shown) is \(w) × \(h) pixels (\(Int(megapixels.rounded())) megapixels); at most 25 megapixels are accepted",
                        "a logo prints well at 600 pixels wide; scale it down in any image editor")
        }
        return Logo(source: source, width: w, height: h)
    }
}
