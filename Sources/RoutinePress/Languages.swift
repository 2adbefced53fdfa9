import Foundation
import RoutineModel

/// The languages a sheet can be printed in, read from `Layouts/strings/`: for each its words
/// (`LANG.json`), the built-in catalog in its words (`LANG.exercises.json`) and its race-week
/// defaults (`LANG.race-week.json`). English is the catalog and defaults as they stand.
public struct Languages: Sendable {
    /// One language, ready to print in, or the problems that stop it.
    public struct Language: Sendable {
        public var wording: Wording
        /// The catalog a plan in this language looks its exercises up in: ours in its words, a clinic's as written.
        public var catalog: Catalog
        /// Nil when the language has no race-week defaults.
        public var raceWeekDefaults: RaceWeekDefaults?
        /// Errors that keep the language from being printed (a missing key, a catalog exercise without its words).
        public var problems: [Diagnostic]
    }

    public let english: Language
    private let others: [String: Language]
    /// The folder the files are in.
    public let folder: URL
    /// What another language is checked against.
    private let englishStrings: LanguageStrings, englishDefaults: RaceWeekDefaults, catalog: Catalog, clinicIDs: Set<String>

    /// Every language with its own strings file, English first.
    public var codes: [String] { ["en"] + others.keys.sorted() }

    /// "en (English), es (Español)".
    public var listed: String { codes.map { "\($0) (\(language($0)?.wording.strings.name ?? $0))" }.joined(separator: ", ") }

    /// The language for a plan's tag: "es-MX" is printed in "es" when there is no "es-MX"; nil when neither has strings.
    public func language(_ tag: String) -> Language? {
        let lower = tag.lowercased()
        for code in [lower, String(lower.prefix { $0 != "-" })] {
            if code == "en" { return english }
            if let l = others[code] { return l }
        }
        return nil
    }

    /// Reads every language in `folder`; `catalog` is ours with a clinic's entries (`clinicIDs`) added.
    /// English must be whole (its problems are a broken install); another language's problems stay with it.
    static func load(folder: URL, catalog: Catalog, clinicIDs: Set<String>, englishDefaults: RaceWeekDefaults) throws(DiagnosticList) -> Languages {
        let englishStrings = try LanguageStrings.load(contentsOf: folder.appendingPathComponent("en.json"))
        let englishProblems = StringsCheck.check(englishStrings, english: englishStrings).filter { $0.severity == .error }
        if !englishProblems.isEmpty { throw DiagnosticList(englishProblems) }
        let english = Language(wording: Wording(englishStrings), catalog: catalog, raceWeekDefaults: englishDefaults, problems: [])
        var others: [String: Language] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".json") && name.split(separator: ".").count == 2 && name != "en.json" {
            let code = String(name.dropLast(5))
            others[code] = read(code, folder: folder, catalog: catalog, clinicIDs: clinicIDs, english: englishStrings, englishDefaults: englishDefaults)
        }
        return Languages(english: english, others: others, folder: folder, englishStrings: englishStrings, englishDefaults: englishDefaults,
                         catalog: catalog, clinicIDs: clinicIDs)
    }

    /// Everything `strings --check` says of a language: what is missing (errors) and what is
    /// left over or only advised (warnings), each with its file and key. Nil when it has no strings file.
    public func check(_ code: String) -> [Diagnostic]? {
        let lower = code.lowercased()
        if lower == "en" {
            return StringsCheck.check(englishStrings, english: englishStrings)
        }
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(lower + ".json").path) else { return nil }
        return Self.read(lower, folder: folder, catalog: catalog, clinicIDs: clinicIDs, english: englishStrings, englishDefaults: englishDefaults,
                         warnings: true).problems
    }

    /// One language's files; what is wrong with them is kept, not thrown.
    /// With `warnings`, the problems also hold what does not stop printing (left-over keys, no race-week defaults).
    static func read(_ code: String, folder: URL, catalog: Catalog, clinicIDs: Set<String>, english: LanguageStrings,
                     englishDefaults: RaceWeekDefaults, warnings: Bool = false) -> Language {
        func kept(_ list: [Diagnostic]) -> [Diagnostic] { warnings ? list : list.filter { $0.severity == .error } }
        var problems: [Diagnostic] = []
        var strings = LanguageStrings.none
        do { strings = try LanguageStrings.load(contentsOf: folder.appendingPathComponent(code + ".json")) } catch { problems += error.diagnostics }
        if problems.isEmpty {
            if strings.language != code {
                problems.append(Diagnostic(code: "wrong-language", at: .root.appending("language"), nil, "the file says \"\(strings.language)\" but is named \(code).json",
                                           hint: "name it \(strings.language).json, or write \"language\": \"\(code)\"", file: strings.file))
            }
            problems += kept(StringsCheck.check(strings, english: english))
        }
        var localized = catalog
        let textsFile = folder.appendingPathComponent(code + ".exercises.json")
        if FileManager.default.fileExists(atPath: textsFile.path) {
            do {
                let texts = try ExerciseTexts.load(contentsOf: textsFile)
                let ours = Catalog(catalog.exercises.filter { !clinicIDs.contains($0.id) })
                problems += kept(StringsCheck.check(texts, catalog: ours))
                for e in ours.exercises { localized.add(texts.applied(to: e)) }
            } catch { problems += error.diagnostics }
        } else {
            problems.append(Diagnostic(code: "missing-file", at: .root, nil, "the catalog's exercises have no words in this language",
                                       hint: "add \(code).exercises.json beside it (see es.exercises.json)", file: textsFile.path))
        }
        var defaults: RaceWeekDefaults?
        let raceFile = folder.appendingPathComponent(code + ".race-week.json")
        if FileManager.default.fileExists(atPath: raceFile.path) {
            do {
                let d = try RaceWeekDefaults.load(contentsOf: raceFile)
                let shape = StringsCheck.check(d, english: englishDefaults, file: raceFile.path)
                problems += shape
                if shape.isEmpty { defaults = d }
            } catch { problems += error.diagnostics }
        } else if warnings {
            problems.append(Diagnostic(.warning, code: "missing-file", at: .root, nil,
                                       "no race-week defaults in this language: a race week in it must give its own days, routines and checklists",
                                       hint: "copy ../race-week-defaults.json here as \(code).race-week.json and translate its words", file: raceFile.path))
        }
        return Language(wording: Wording(strings), catalog: localized, raceWeekDefaults: defaults, problems: problems)
    }
}
