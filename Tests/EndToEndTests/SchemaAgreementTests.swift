import Foundation
import RoutineModel
import Testing

/// The JSON Schema that `routinepress schema` prints and the decoder give the same verdict on the
/// examples, generated plans and structurally bad plans (checked with Python's jsonschema).
@Suite(.serialized) struct SchemaAgreementTests {
    static let item = #"{"exercise": "calf-stretch"}"#
    static func sheet(_ extra: String = "", items: String = item, title: String = #""T""#) -> String {
        #"{"kind": "take-home", "title": \#(title), "sections": [{"title": "S", "items": [\#(items)]}]\#(extra)}"#
    }

    static let documents: [(String, String)] = [
        ("minimal sheet", sheet()),
        ("inline exercise", sheet(items: #"{"name": "Calves", "muscles": ["calves"], "duration": 60, "side": "each"}"#)),
        ("full tracker", sheet(#", "tracker": {"weeks": 2, "days": ["mon", "wed"]}"#)),
        ("race without days", #"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06", "distance": "5k"}}"#),
        ("unknown key", sheet(#", "titel": "x""#)),
        ("section with a timing", #"{"kind": "take-home", "title": "T", "sections": [{"title": "Antes de correr", "timing": "before-run", "items": [{"exercise": "leg-swings"}]}]}"#),
        ("unknown timing", #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "timing": "before", "items": [{"exercise": "leg-swings"}]}]}"#),
        ("routine with a timing", #"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06"}, "routines": {"pre": {"title": "Antes", "timing": "race-morning", "items": [{"exercise": "leg-swings"}]}}}"#),
        ("video and booking", sheet(#", "clinic": {"name": "C", "booking": "https://clinic.example/book"}"#,
                                    items: #"{"exercise": "calf-stretch", "video": "https://clinic.example/v/calf?t=3"}"#)),
        ("inline exercise with a video", sheet(items: #"{"name": "Calves", "muscles": ["calves"], "video": "HTTP://clinic.example/v"}"#)),
        ("video in another scheme", sheet(items: #"{"exercise": "calf-stretch", "video": "javascript:alert(1)"}"#)),
        ("video without a site", sheet(items: #"{"exercise": "calf-stretch", "video": "https:///v.mp4"}"#)),
        ("video with a space", sheet(items: #"{"exercise": "calf-stretch", "video": "https://clinic.example/my video"}"#)),
        ("booking without a scheme", sheet(#", "clinic": {"name": "C", "booking": "clinic.example/book"}"#)),
        ("booking too long", sheet(#", "clinic": {"name": "C", "booking": "https://c.example/\#(String(repeating: "a", count: 190))"}"#)),
        ("typo in a dose key", sheet(items: #"{"exercise": "calf-stretch", "hodl": 30}"#)),
        ("hold as a string", sheet(items: #"{"exercise": "calf-stretch", "hold": "30"}"#)),
        ("negative reps", sheet(items: #"{"exercise": "leg-swings", "reps": -3}"#)),
        ("huge duration", sheet(items: #"{"exercise": "roll-calves", "duration": 100000}"#)),
        ("fractional sets", sheet(items: #"{"exercise": "calf-stretch", "sets": 2.5}"#)),
        ("unknown side", sheet(items: #"{"exercise": "calf-stretch", "side": "lefft"}"#)),
        ("item naming nothing", sheet(items: #"{"hold": 30}"#)),
        ("inline without muscles", sheet(items: #"{"name": "Calves"}"#)),
        ("unknown muscle", sheet(items: #"{"name": "Calves", "muscles": ["calfs"]}"#)),
        ("catalog id with inline fields", sheet(items: #"{"exercise": "calf-stretch", "muscles": ["calves"]}"#)),
        ("empty items", sheet(items: "")),
        ("empty title", sheet(title: #""   ""#)),
        ("NUL in a title", sheet(title: #""A\u0000B""#)),
        ("title too long", sheet(title: "\"" + String(repeating: "a", count: 201) + "\"")),
        ("unknown paper", sheet(#", "paper": "legal""#)),
        ("bad language", sheet(#", "language": "english!""#)),
        ("tracker weeks zero", sheet(#", "tracker": {"weeks": 0}"#)),
        ("duplicate tracker day", sheet(#", "tracker": {"days": ["mon", "mon"]}"#)),
        ("missing kind", #"{"title": "T", "sections": []}"#),
        ("unknown kind", #"{"kind": "take-hom", "title": "T"}"#),
        ("race without race", #"{"kind": "race-week"}"#),
        ("race start not a time", #"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06", "start": "7.30am"}}"#),
        ("race unknown distance", #"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06", "distance": "ultra"}}"#),
        ("day without run", #"{"kind": "race-week", "race": {"name": "R", "date": "2026-12-06"}, "days": [{"date": "2026-12-05"}]}"#),
        ("array", "[1]"),
    ]

    @Test func schemaAndDecoderAgree() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var docs = Self.documents
        for name in ["take-home.json", "race-week.json"] {
            docs.append((name, try String(contentsOf: Tools.root.appendingPathComponent("Examples").appendingPathComponent(name), encoding: .utf8)))
        }
        let generated = try Tools.run(Tools.routinepress, ["race-week", "--race-date", "2026-12-06", "--distance", "half", "--runner", "R"])
        docs.append(("generated race week", generated.text))
        for (i, doc) in docs.enumerated() { try Data(doc.1.utf8).write(to: dir.appendingPathComponent("\(i).json")) }
        let schema = Tools.root.appendingPathComponent("Layouts/plan.schema.json").path
        let script = """
        import json, sys, jsonschema
        v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
        for i in range(int(sys.argv[3])):
            print("valid" if v.is_valid(json.load(open(f"{sys.argv[2]}/{i}.json"))) else "invalid")
        """
        let r = try Tools.run("env", ["python3", "-c", script, schema, dir.path, String(docs.count)])
        #expect(r.status == 0, "python3 with jsonschema is needed: \(r.stderr)")
        let verdicts = r.text.split(separator: "\n").map(String.init)
        #expect(verdicts.count == docs.count)
        for (i, doc) in docs.enumerated() where i < verdicts.count {
            let decoded = (try? PlanDecoder.decode(Array(doc.1.utf8))) != nil
            #expect((verdicts[i] == "valid") == decoded, "\(doc.0): schema says \(verdicts[i]), decoder says \(decoded ? "valid" : "invalid")")
        }
    }
}
