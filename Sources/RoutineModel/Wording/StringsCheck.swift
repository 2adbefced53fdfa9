/// What a language's files lack or have left over, against the English ones: each problem with
/// its file and key, for `routinepress strings --check` and for loading.
public enum StringsCheck {
    /// Missing keys and unfillable places are errors; keys nothing reads are warnings.
    public static func check(_ lang: LanguageStrings, english: LanguageStrings) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let base = JSONPath.root.appending("strings")
        let known = WordKey.all
        for key in known {
            guard let theirs = lang.phrases[key] else {
                let shown = english.phrases[key].map { " (in English: \"\(example($0))\")" } ?? ""
                out.append(Diagnostic(code: "missing-string", at: base.appending(key), nil, "\"\(key)\" is missing\(shown)", hint: "add it to the file", file: lang.file))
                continue
            }
            guard let ours = english.phrases[key] else { continue }
            let extra = theirs.placeholders.subtracting(ours.placeholders)
            if !extra.isEmpty {
                out.append(Diagnostic(code: "unknown-place", at: base.appending(key), lang.locations[key],
                                      "\"\(key)\" names " + extra.sorted().map { "{\($0)}" }.joined(separator: ", ") + ", which is never filled",
                                      hint: ours.placeholders.isEmpty ? "this phrase has no places" : "its places: " + ours.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "),
                                      file: lang.file))
            }
            let lost = ours.placeholders.subtracting(theirs.placeholders).subtracting(["n"])
            if !lost.isEmpty {
                out.append(Diagnostic(.warning, code: "lost-place", at: base.appending(key), lang.locations[key],
                                      "\"\(key)\" leaves out " + lost.sorted().map { "{\($0)}" }.joined(separator: ", "),
                                      hint: "the English says \"\(example(ours))\"", file: lang.file))
            }
        }
        let knownSet = Set(known)
        for key in lang.phrases.keys.sorted() where !knownSet.contains(key) {
            out.append(Diagnostic(.warning, code: "unused-string", at: base.appending(key), lang.locations[key], "\"\(key)\" is not used",
                                  hint: Suggestion.hint(for: key, in: known) ?? "remove it", file: lang.file))
        }
        return out
    }

    /// Built-in exercises without words in the language, and ids the catalog does not have.
    public static func check(_ texts: ExerciseTexts, catalog: Catalog) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let base = JSONPath.root.appending("exercises")
        for e in catalog.exercises {
            guard let t = texts.entries[e.id] else {
                out.append(Diagnostic(code: "missing-exercise", at: base.appending(e.id), nil, "\"\(e.id)\" (\(e.name)) has no words", hint: "add its name, cue, instructions and picture", file: texts.file))
                continue
            }
            var lacking: [String] = []
            if t.name == nil { lacking.append("name") }
            if e.cue != nil, t.cue == nil { lacking.append("cue") }
            if e.instructions != nil, t.instructions == nil { lacking.append("instructions") }
            if case .pose? = e.picture, t.picture == nil { lacking.append("picture") }
            if !lacking.isEmpty {
                out.append(Diagnostic(code: "missing-exercise-words", at: base.appending(e.id), texts.locations[e.id],
                                      "\"\(e.id)\" lacks its " + lacking.joined(separator: ", "), hint: "the catalog gives them in English", file: texts.file))
            }
        }
        for id in texts.entries.keys.sorted() where catalog.exercise(id) == nil {
            out.append(Diagnostic(.warning, code: "unused-exercise", at: base.appending(id), texts.locations[id], "\"\(id)\" is not an exercise of the catalog",
                                  hint: Suggestion.hint(for: id, in: catalog.ids) ?? "remove it", file: texts.file))
        }
        return out
    }

    /// A race week's defaults in the language must have the English ones' shape: the same
    /// routines with the same exercises and timing, as many checklists and items, the same taper days.
    public static func check(_ theirs: RaceWeekDefaults, english: RaceWeekDefaults, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func problem(_ path: JSONPath, _ message: String) {
            out.append(Diagnostic(code: "race-week-shape", at: path, nil, message, hint: "keep the English file's shape; change only the words", file: file))
        }
        for r in english.routines {
            guard let t = theirs.routines.first(where: { $0.name == r.name }) else { problem(JSONPath.root.appending("routines").appending(r.name), "the routine \"\(r.name)\" is missing"); continue }
            if t.timing != r.timing || t.items.map(\.source) != r.items.map(\.source) || t.items.map(\.dose) != r.items.map(\.dose) {
                problem(JSONPath.root.appending("routines").appending(r.name), "the routine \"\(r.name)\" differs from the English one in its exercises, doses or timing")
            }
        }
        for r in theirs.routines where !english.routines.contains(where: { $0.name == r.name }) {
            problem(JSONPath.root.appending("routines").appending(r.name), "the routine \"\(r.name)\" is not in the English file")
        }
        if theirs.checklists.map(\.items.count) != english.checklists.map(\.items.count) {
            problem(JSONPath.root.appending("checklists"), "the checklists have \(theirs.checklists.map(\.items.count)) items; the English ones \(english.checklists.map(\.items.count))")
        }
        for d in RaceDistance.allCases {
            let a = theirs.tapers[d] ?? [], b = english.tapers[d] ?? []
            if a.map(\.daysToGo) != b.map(\.daysToGo) || a.map(\.routines) != b.map(\.routines) || a.map(\.checklist.count) != b.map(\.checklist.count) {
                problem(JSONPath.root.appending("tapers").appending(d.rawValue), "the \(d.rawValue) taper differs from the English one in its days, routines or checklist lengths")
            }
        }
        return out
    }

    private static func example(_ p: Phrase) -> String {
        switch p {
        case .text(let s): return s
        case .plural(_, let other): return other
        }
    }
}
