import Testing
@testable import RoutineModel

/// Every bad plan gets exact, located messages; the table reads as the user would see it.
@Suite struct PlanErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var json: String
        var expected: [String]
        var testDescription: String { id }
    }

    /// Wraps one item in a minimal valid plan (the item starts on line 3).
    static func item(_ body: String) -> String {
        "{\"kind\": \"take-home\", \"title\": \"T\",\n\"sections\": [{\"title\": \"S\", \"items\": [\n\(body)\n]}]}"
    }

    static let cases: [Case] = [
        Case(id: "typo in a dose key", json: item(#"{"exercise": "calf-stretch", "hodl": 30}"#),
             expected: [#"plan.json:3:30: sections[0].items[0].hodl: unknown key "hodl" (did you mean "hold"?)"#]),
        Case(id: "an empty cue", json: item(#"{"exercise": "calf-stretch", "cue": " "}"#),
             expected: [#"plan.json:3:37: sections[0].items[0].cue: must not be empty (leave the key out)"#]),
        Case(id: "a region twice", json: item(#"{"name": "Own stretch", "muscles": ["calves", "calves"]}"#),
             expected: [#"plan.json:3:47: sections[0].items[0].muscles[1]: "calves" is listed twice (list each region once)"#]),
        Case(id: "hold as a string", json: item(#"{"exercise": "calf-stretch", "hold": "30"}"#),
             expected: [#"plan.json:3:38: sections[0].items[0].hold: expected a whole number of seconds, found a string (write the number without quotes)"#]),
        Case(id: "negative reps", json: item(#"{"exercise": "leg-swings", "reps": -3}"#),
             expected: [#"plan.json:3:36: sections[0].items[0].reps: -3 repetitions is out of range (use 1 to 200)"#]),
        Case(id: "fractional hold", json: item(#"{"exercise": "calf-stretch", "hold": 30.5}"#),
             expected: [#"plan.json:3:38: sections[0].items[0].hold: expected a whole number of seconds, found 30.5"#]),
        Case(id: "huge duration", json: item(#"{"exercise": "roll-calves", "duration": 1e300}"#),
             expected: [#"plan.json:3:41: sections[0].items[0].duration: 1e300 seconds is out of range (use 5 to 600)"#]),
        Case(id: "unknown side", json: item(#"{"exercise": "calf-stretch", "side": "lefft"}"#),
             expected: [#"plan.json:3:38: sections[0].items[0].side: unknown side "lefft" (did you mean "left"?)"#]),
        Case(id: "item without exercise", json: item(#"{"hold": 30}"#),
             expected: [#"plan.json:3:1: sections[0].items[0].exercise: the item names no exercise (give "exercise" (a catalog id) or "name" and "muscles" for an inline exercise)"#]),
        Case(id: "inline without muscles", json: item(#"{"name": "Calves"}"#),
             expected: [#"plan.json:3:1: sections[0].items[0].muscles: missing a list of muscle regions ("muscles")"#]),
        Case(id: "unknown muscle", json: item(#"{"name": "Calves", "muscles": ["calfs"]}"#),
             expected: [#"plan.json:3:32: sections[0].items[0].muscles[0]: unknown muscle region "calfs" (did you mean "calves"?)"#]),
        Case(id: "catalog id mixed with inline fields", json: item(#"{"exercise": "calf-stretch", "muscles": ["calves"]}"#),
             expected: [#"plan.json:3:41: sections[0].items[0].muscles: "muscles" belongs to an exercise written inline, but this item names the catalog exercise (remove "muscles", or remove "exercise" to write the exercise inline)"#]),
        Case(id: "several problems at once", json: item(#"{"exercise": "calf-stretch", "hodl": 30, "sets": 0}"#),
             expected: [#"plan.json:3:30: sections[0].items[0].hodl: unknown key "hodl" (did you mean "hold"?)"#,
                        #"plan.json:3:50: sections[0].items[0].sets: 0 sets is out of range (use 1 to 20)"#]),
        Case(id: "missing kind", json: #"{"title": "T"}"#,
             expected: [#"plan.json:1:1: kind: missing the plan kind ("kind") (one of: take-home, race-week)"#]),
        Case(id: "unknown kind", json: #"{"kind": "take-hom"}"#,
             expected: [#"plan.json:1:10: kind: unknown plan kind "take-hom" (did you mean "take-home"?)"#]),
        Case(id: "not an object", json: "[1, 2]",
             expected: ["plan.json:1:1: $: expected a plan (an object), found an array"]),
        Case(id: "missing title and sections", json: #"{"kind": "take-home"}"#,
             expected: [#"plan.json:1:1: title: missing the sheet's title ("title")"#,
                        #"plan.json:1:1: sections: missing the sections ("sections")"#]),
        Case(id: "bad date", json: #"{"kind": "take-home", "title": "T", "date": "2026-02-30", "sections": []}"#,
             expected: [#"plan.json:1:45: date: "2026-02-30" is not a date (write it as YYYY-MM-DD, for example 2026-11-29)"#,
                        "plan.json:1:71: sections: a sheet needs at least one section"]),
        Case(id: "bad paper", json: #"{"kind": "take-home", "title": "T", "paper": "A4 ", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#,
             expected: []),
        Case(id: "unknown paper", json: #"{"kind": "take-home", "title": "T", "paper": "legal", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#,
             expected: [#"plan.json:1:46: paper: unknown paper size "legal" (one of: letter, a4, a5)"#]),
        Case(id: "empty title", json: #"{"kind": "take-home", "title": "  ", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#,
             expected: ["plan.json:1:32: title: must not be empty"]),
        Case(id: "NUL in a name", json: #"{"kind": "take-home", "title": "A\u0000B", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#,
             expected: ["plan.json:1:32: title: the text contains the control character U+0000 (remove it; this field is one line)"]),
        Case(id: "tracker with a duplicate day", json: #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}], "tracker": {"weeks": 0, "days": ["mon", "mon", "funday"]}}"#,
             expected: ["plan.json:1:129: tracker.weeks: 0 weeks is out of range (use 1 to 12)",
                        #"plan.json:1:148: tracker.days[1]: "mon" is listed twice"#,
                        #"plan.json:1:155: tracker.days[2]: unknown day "funday" (one of: mon, tue, wed, thu, fri, sat, sun)"#]),
        Case(id: "trailing comma", json: "{\"kind\": \"take-home\",\n}",
             expected: ["plan.json:2:1: $: expected a key in double quotes, found '}' (remove the comma before '}')"]),
        Case(id: "single quotes", json: "{'kind': 1}",
             expected: ["plan.json:1:2: $: expected a key in double quotes, found '''"]),
        Case(id: "unclosed string", json: "{\"kind\": \"take-home",
             expected: ["plan.json:1:10: $: the string is not closed (add a '\"')"]),
        Case(id: "duplicate key", json: "{\"kind\": \"take-home\", \"kind\": \"take-home\"}",
             expected: [#"plan.json:1:23: $: the key "kind" appears twice in this object (keep one of them)"#]),
        Case(id: "duplicate key among many", json: "{\"k0\": 0, \"k1\": 1, \"k2\": 2, \"k3\": 3, \"k4\": 4, \"k5\": 5, \"k6\": 6, \"k7\": 7, \"k8\": 8, \"k9\": 9, \"k10\": 10, \"k11\": 11, \"k12\": 12, \"k13\": 13, \"k14\": 14, \"k15\": 15, \"k16\": 16, \"k17\": 17, \"k18\": 18, \"k19\": 19, \"k3\": -3}",
             expected: [#"plan.json:1:202: $: the key "k3" appears twice in this object (keep one of them)"#]),
        Case(id: "columns count characters, not bytes", json: #"{"kind": "take-home", "title": "Ærø Łódź", "sections": 7}"#,
             expected: ["plan.json:1:56: sections: expected the sections (an array), found a number"]),
        Case(id: "empty file", json: "",
             expected: ["plan.json:1:1: $: expected a value, found the end of the input"]),
    ]

    @Test(arguments: cases) func reportsExactly(_ c: Case) {
        do {
            _ = try PlanDecoder.decode(Array(c.json.utf8), file: "plan.json")
            #expect(c.expected.isEmpty, "decoded, but expected errors")
        } catch {
            #expect(error.diagnostics.map(\.line) == c.expected)
        }
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: DiagnosticList.self) { try PlanDecoder.decode(Array(json.utf8)) }
        do { _ = try PlanDecoder.decode(Array(json.utf8), file: "deep.json") } catch {
            #expect(error.diagnostics.first?.line == "deep.json:1:65: $: nested too deeply (more than 64 levels of arrays and objects)")
        }
    }

    @Test func refusesInvalidUTF8() {
        var bytes = Array(#"{"kind": "take-home", "title": "A"#.utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(#"", "sections": []}"#.utf8)
        do { _ = try PlanDecoder.decode(bytes, file: "bad.json"); Issue.record("accepted invalid UTF-8") } catch {
            #expect(error.diagnostics.map(\.line) == ["bad.json:1:32: $: the string is not valid UTF-8 text (save the file as UTF-8)"])
        }
    }

    @Test func refusesAMegabyteTitle() {
        let json = #"{"kind": "take-home", "title": ""# + String(repeating: "x", count: 1_000_000) + #"", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        do { _ = try PlanDecoder.decode(Array(json.utf8)); Issue.record("accepted") } catch {
            #expect(error.diagnostics.map(\.message) == ["the text is 1000000 characters long; at most 200 fit here"])
        }
    }

    @Test func refusesTenThousandItems() {
        let items = Array(repeating: #"{"exercise": "calf-stretch"}"#, count: 10_000).joined(separator: ",")
        let json = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": ["# + items + "]}]}"
        do { _ = try PlanDecoder.decode(Array(json.utf8)); Issue.record("accepted") } catch {
            #expect(error.diagnostics.map(\.message) == ["10000 entries; at most 60 are allowed here"])
        }
    }
}
