import Foundation

/// Looks up catalog exercises and checks the files a plan points at.
public struct Resolver {
    public var catalog: Catalog
    /// The folder relative paths in the plan are read from (the plan file's folder).
    public var baseDirectory: URL?
    /// The largest logo file accepted.
    public static let maximumLogoBytes = 5 * 1024 * 1024

    public init(catalog: Catalog, baseDirectory: URL? = nil) { self.catalog = catalog; self.baseDirectory = baseDirectory }

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
                items.append(RoutineItem(exercise: exercise, dose: dose, cue: item.cue ?? exercise.cue, number: number, origin: item.origin))
            }
            sections.append(RoutineSection(title: section.title, when: section.when, items: items))
        }
        let logo = plan.clinic.flatMap { checkLogo($0, sink: sink) }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics.map { $0.inFile(file) }) }
        return Routine(plan: plan, sections: sections, logoPath: logo)
    }

    /// Resolves a race-week plan whose gaps are already filled; throws every problem at once.
    public func resolve(_ plan: RaceWeekPlan, file: String? = nil) throws(DiagnosticList) -> RaceWeek {
        let sink = DiagnosticSink()
        var routines: [ResolvedRoutine] = []
        for r in plan.routines {
            var items: [RoutineItem] = []
            for item in r.items {
                guard let exercise = exercise(for: item, sink: sink) else { continue }
                items.append(RoutineItem(exercise: exercise, dose: item.dose.over(exercise.dose), cue: item.cue ?? exercise.cue,
                                         number: items.count + 1, origin: item.origin))
            }
            routines.append(ResolvedRoutine(name: r.name, title: r.title, items: items))
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
        return RaceWeek(plan: plan, routines: routines, logoPath: logo)
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

    func checkLogo(_ clinic: Clinic, sink: DiagnosticSink) -> String? {
        guard let logo = clinic.logo else { return nil }
        let origin = clinic.logoOrigin ?? .unknown
        let url = logo.hasPrefix("/") ? URL(fileURLWithPath: logo) : (baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(logo)
        let path = url.standardizedFileURL.path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            sink.error("logo-missing", origin.path, origin.location, "the logo \"\(ObjectReader.shown(logo))\" cannot be read",
                       hint: "the path is relative to the plan file; looked for \(path)")
            return nil
        }
        defer { try? handle.close() }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if (attributes?[.type] as? FileAttributeType) == .typeDirectory {
            sink.error("logo-missing", origin.path, origin.location, "the logo \"\(ObjectReader.shown(logo))\" is a folder, not a PNG file")
            return nil
        }
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > Self.maximumLogoBytes {
            sink.error("logo-too-large", origin.path, origin.location, "the logo is \(size / 1_048_576) MB; at most 5 MB is accepted",
                       hint: "a logo prints well at 600 pixels wide")
            return nil
        }
        let signature = (try? handle.read(upToCount: 8)).map(Array.init) ?? []
        if signature != [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] {
            sink.error("logo-not-png", origin.path, origin.location, "the logo \"\(ObjectReader.shown(logo))\" is not a PNG file",
                       hint: "save it as PNG")
            return nil
        }
        return path
    }
}
