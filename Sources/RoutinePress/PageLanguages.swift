import RoutineModel

/// The languages the clinician's page offers, each with the words it starts a sheet with (its
/// title, and its sections' titles and times), so that a Spanish sheet made on the page has
/// Spanish section headings. Only languages ready to print are offered.
public enum PageLanguages {
    /// `{"languages": [{"code": "en", "name": "English", "raceWeek": true, "sheet": {...}}, ...]}`.
    public static func json(_ languages: Languages) -> String {
        var list: [JSONNode] = []
        for code in languages.codes {
            guard let language = languages.language(code), language.problems.isEmpty else { continue }
            let w = language.wording
            func group(_ title: WordKey, _ when: WordKey?) -> JSONNode { .object([("title", .string(w(title))), ("when", when.map { .string(w($0)) })]) }
            list.append(.object([
                ("code", .string(code)), ("name", .string(w.strings.name)), ("raceWeek", .bool(language.raceWeekDefaults != nil)),
                ("sheet", .object([
                    ("title", .string(w(.pageSheetTitle))),
                    ("groups", .object([
                        ("foam-rolling", group(.pageFoamRolling, .pageFoamRollingWhen)),
                        ("dynamic", group(.pageDynamic, .pageDynamicWhen)),
                        ("static-stretch", group(.pageStretching, .pageStretchingWhen)),
                        ("other", group(.pageOther, nil)),
                    ])),
                ])),
            ]))
        }
        return JSONWriter.text(.object([("languages", .array(list))]))
    }
}
