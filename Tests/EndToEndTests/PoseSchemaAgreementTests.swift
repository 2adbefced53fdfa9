import Foundation
import RoutineModel
import Testing

/// The pose and catalog schemas that `routinepress schema --pose` and `--catalog` print give the
/// decoder's verdict on good and structurally bad documents (checked with Python's jsonschema),
/// accept the shipped catalog and poses, and spell the same words and ranges as the Swift types.
///
/// Left out on purpose, because a schema cannot say them (or only by listing every case):
/// - whether a pose or picture file exists, is a file, is under 2 MB, or holds SVG;
/// - a contact of a place on itself ("seat" on "seat");
/// - ids used twice in one catalog;
/// - the decoder's leniency: "Side" and " side " read as "side", text is trimmed before its
///   length is counted, and a "roll" mark's "place" is ignored (the schema wants a real place).
@Suite(.serialized) struct PoseSchemaAgreementTests {
    static func pose(_ extra: String = "", joints: String = "{}", view: String = #""side""#, description: String = #""Standing.""#) -> String {
        #"{"view": \#(view), "description": \#(description), "joints": \#(joints)\#(extra)}"#
    }

    static let poses: [(String, String)] = [
        ("minimal", pose()),
        ("every part", pose(#", "body": {"pitch": 5, "roll": -3, "yaw": 180}, "camera": {"turn": -60, "tilt": 60}, "end": {"left-hip": {"abduction": -25}}, "props": [{"kind": "wall", "touches": "right-hand"}], "contacts": [{"place": "right-hand", "on": "wall"}, {"place": "left-foot", "on": "floor"}], "motion": [{"kind": "swing", "place": "left-foot"}]"#,
                            joints: #"{"left-hip": {"flexion": 10, "abduction": 30, "rotation": -45}}"#)),
        ("every joint at its limits", pose(joints: #"{"spine": {"flexion": -25, "side-bend": 35, "rotation": -45}, "neck": {"flexion": 45, "side-bend": -45, "rotation": 70}, "left-shoulder": {"flexion": 180, "abduction": -30, "rotation": 90}, "right-shoulder": {"flexion": -60}, "left-elbow": {"flexion": 150}, "right-elbow": {"flexion": 0}, "left-hip": {"flexion": 120}, "right-hip": {"flexion": -30, "abduction": 45}, "left-knee": {"flexion": 135}, "right-knee": {"flexion": 0}, "left-ankle": {"flexion": -50}, "right-ankle": {"flexion": 19.5}}"#)),
        ("roller under a calf", pose(#", "props": [{"kind": "roller", "under": "left-calf", "at": 0}], "contacts": [{"place": "left-calf", "on": "roller"}], "motion": [{"kind": "roll"}]"#)),
        ("roller under the upper back", pose(#", "props": [{"kind": "roller", "under": "upper-back", "at": 1}]"#)),
        ("step, cushion and chair", pose(#", "props": [{"kind": "step", "under": "left-heel"}, {"kind": "cushion", "under": "right-knee"}, {"kind": "chair", "touches": "seat", "at": 0.5}], "contacts": [{"place": "seat", "on": "chair"}, {"place": "right-knee", "on": "cushion"}, {"place": "left-heel", "on": "step"}]"#)),
        ("place on another place", pose(#", "contacts": [{"place": "left-hand", "on": "right-knee"}]"#)),
        ("circle mark", pose(#", "motion": [{"kind": "circle", "place": "left-ankle"}]"#)),
        ("empty lists", pose(#", "props": [], "contacts": [], "motion": [], "end": {}"#)),
        ("missing view", #"{"description": "Standing.", "joints": {}}"#),
        ("missing description", #"{"view": "side", "joints": {}}"#),
        ("missing joints", #"{"view": "side", "description": "Standing."}"#),
        ("unknown key", pose(#", "frames": 2"#)),
        ("$schema key", pose(#", "$schema": "./pose.schema.json""#)),
        ("unknown view", pose(view: #""back""#)),
        ("view as a number", pose(view: "1")),
        ("empty description", pose(description: #""  ""#)),
        ("control character in the description", pose(description: #""Stand\u0007ing.""#)),
        ("line break in the description", pose(description: #""Standing.\nStill.""#)),
        ("description too long", pose(description: "\"" + String(repeating: "a", count: 20_001) + "\"")),
        ("unknown joint", pose(joints: #"{"left-hipp": {"flexion": 10}}"#)),
        ("motion the joint lacks", pose(joints: #"{"left-knee": {"rotation": 10}}"#)),
        ("angle over the range", pose(joints: #"{"left-knee": {"flexion": 136}}"#)),
        ("angle under the range", pose(joints: #"{"spine": {"flexion": -26}}"#)),
        ("angle as a string", pose(joints: #"{"neck": {"flexion": "20"}}"#)),
        ("angle as a boolean", pose(joints: #"{"neck": {"flexion": true}}"#)),
        ("joint as a number", pose(joints: #"{"neck": 20}"#)),
        ("joints as a list", pose(joints: #"[{"neck": {"flexion": 20}}]"#)),
        ("bad end frame", pose(#", "end": {"left-elbow": {"flexion": -1}}"#)),
        ("body key unknown", pose(#", "body": {"tilt": 10}"#)),
        ("body pitch out of range", pose(#", "body": {"pitch": -181}"#)),
        ("camera tilt out of range", pose(#", "camera": {"tilt": 61}"#)),
        ("props not a list", pose(#", "props": {"kind": "wall", "touches": "left-hand"}"#)),
        ("seven props", pose(", \"props\": [" + Array(repeating: #"{"kind": "wall", "touches": "left-hand"}"#, count: 7).joined(separator: ", ") + "]")),
        ("prop without kind", pose(#", "props": [{"under": "left-calf"}]"#)),
        ("unknown prop", pose(#", "props": [{"kind": "ball", "under": "left-calf"}]"#)),
        ("prop key unknown", pose(#", "props": [{"kind": "wall", "touches": "left-hand", "height": 2}]"#)),
        ("wall touching nothing", pose(#", "props": [{"kind": "wall"}]"#)),
        ("cushion under nothing", pose(#", "props": [{"kind": "cushion", "at": 0.5}]"#)),
        ("wall placed with under", pose(#", "props": [{"kind": "wall", "under": "left-hand"}]"#)),
        ("roller placed with touches", pose(#", "props": [{"kind": "roller", "touches": "left-calf"}]"#)),
        ("step with under and touches", pose(#", "props": [{"kind": "step", "under": "left-heel", "touches": "left-toes"}]"#)),
        ("roller under a knee", pose(#", "props": [{"kind": "roller", "under": "left-knee"}]"#)),
        ("roller under an unknown place", pose(#", "props": [{"kind": "roller", "under": "calf"}]"#)),
        ("prop at past the end", pose(#", "props": [{"kind": "roller", "under": "left-calf", "at": 1.01}]"#)),
        ("prop at as a string", pose(#", "props": [{"kind": "roller", "under": "left-calf", "at": "middle"}]"#)),
        ("contact without on", pose(#", "contacts": [{"place": "left-hand"}]"#)),
        ("contact without place", pose(#", "contacts": [{"on": "floor"}]"#)),
        ("contact on an unknown support", pose(#", "contacts": [{"place": "left-hand", "on": "flor"}]"#)),
        ("contact of an unknown place", pose(#", "contacts": [{"place": "left-palm", "on": "floor"}]"#)),
        ("contact on a missing prop", pose(#", "contacts": [{"place": "left-hand", "on": "wall"}]"#)),
        ("contact on a prop of another kind", pose(#", "props": [{"kind": "chair", "touches": "left-hand"}], "contacts": [{"place": "left-hand", "on": "wall"}]"#)),
        ("thirteen contacts", pose(", \"contacts\": [" + Array(repeating: #"{"place": "left-foot", "on": "floor"}"#, count: 13).joined(separator: ", ") + "]")),
        ("roll without a roller", pose(#", "motion": [{"kind": "roll"}]"#)),
        ("roll with only a step", pose(#", "props": [{"kind": "step", "under": "left-foot"}], "motion": [{"kind": "roll"}]"#)),
        ("swing without an end", pose(#", "motion": [{"kind": "swing", "place": "left-foot"}]"#)),
        ("swing without a place", pose(#", "end": {}, "motion": [{"kind": "swing"}]"#)),
        ("circle without a place", pose(#", "motion": [{"kind": "circle"}]"#)),
        ("unknown motion mark", pose(#", "motion": [{"kind": "spin", "place": "left-foot"}]"#)),
        ("motion mark key unknown", pose(#", "motion": [{"kind": "circle", "place": "left-foot", "turns": 2}]"#)),
        ("four motion marks", pose(", \"motion\": [" + Array(repeating: #"{"kind": "circle", "place": "left-foot"}"#, count: 4).joined(separator: ", ") + "]")),
        ("pose as a list", "[]"),
        ("pose as a string", #""poses/roll-calves.json""#),
    ]

    /// A catalog around one entry's extra keys.
    static func catalog(_ entry: String, top: String = "") -> String {
        #"{"version": 1\#(top), "exercises": [{"id": "x", "name": "X", "muscles": ["calves"]\#(entry)}]}"#
    }

    static let catalogs: [(String, String)] = [
        ("entry without a picture", catalog(#", "kind": "mobility", "secondary": ["shins"], "cue": "C", "instructions": "I", "dose": {"reps": 10, "side": "each"}"#)),
        ("inline pose", catalog(#", "pose": \#(pose())"#)),
        ("pose file", catalog(#", "pose": "poses/roll-calves.json""#)),
        ("picture file", catalog(#", "picture": "figures/front.svg""#)),
        ("empty catalog", #"{"exercises": []}"#),
        ("pose and picture", catalog(#", "pose": \#(pose()), "picture": "figures/front.svg""#)),
        ("pose as a number", catalog(#", "pose": 3"#)),
        ("pose as a list", catalog(#", "pose": []"#)),
        ("inline pose with an unknown joint", catalog(#", "pose": \#(pose(joints: #"{"left-hipp": {}}"#))"#)),
        ("inline pose with a swing and one frame", catalog(#", "pose": \#(pose(#", "motion": [{"kind": "swing", "place": "left-foot"}]"#))"#)),
        ("picture as a number", catalog(#", "picture": 3"#)),
        ("entry without an id", #"{"exercises": [{"name": "X", "muscles": ["calves"]}]}"#),
        ("id with capitals", #"{"exercises": [{"id": "Calf", "name": "X", "muscles": ["calves"]}]}"#),
        ("entry without muscles", #"{"exercises": [{"id": "x", "name": "X", "muscles": []}]}"#),
        ("unknown entry key", catalog(#", "photo": "x.svg""#)),
        ("dose key unknown", catalog(#", "dose": {"hodl": 30}"#)),
        ("version 2", #"{"version": 2, "exercises": []}"#),
        ("unknown catalog key", catalog("", top: #", "clinic": "C""#)),
        ("without exercises", #"{"version": 1}"#),
    ]

    static var layouts: URL { Tools.root.appendingPathComponent("Layouts") }

    /// Python jsonschema's verdict ("valid" or the first error's message) on each document.
    static func verdicts(schema: String, documents: [String]) throws -> [String] {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, doc) in documents.enumerated() { try Data(doc.utf8).write(to: dir.appendingPathComponent("\(i).json")) }
        let script = """
        import json, sys, jsonschema
        v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
        for i in range(int(sys.argv[3])):
            errors = sorted(v.iter_errors(json.load(open(f"{sys.argv[2]}/{i}.json"))), key=lambda e: list(e.path))
            print("valid" if not errors else "invalid: " + errors[0].json_path + ": " + errors[0].message.replace("\\n", " ")[:200])
        """
        let r = try Tools.run("env", ["python3", "-c", script, layouts.appendingPathComponent(schema).path, dir.path, String(documents.count)])
        #expect(r.status == 0, "python3 with jsonschema is needed: \(r.stderr)")
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines.count == documents.count)
        return lines
    }

    /// The decoder's verdict on a pose document.
    static func poseReads(_ text: String) -> Bool {
        guard let root = try? JSONParser.parse(Array(text.utf8)) else { return false }
        let sink = DiagnosticSink()
        return PoseReader.read(root, at: .root, sink: sink) != nil && !sink.hasErrors
    }

    @Test func poseSchemaAndDecoderAgree() throws {
        let verdicts = try Self.verdicts(schema: "pose.schema.json", documents: Self.poses.map(\.1))
        for (i, doc) in Self.poses.enumerated() where i < verdicts.count {
            let decoded = Self.poseReads(doc.1)
            #expect((verdicts[i] == "valid") == decoded, "\(doc.0): schema says \(verdicts[i]), decoder says \(decoded ? "valid" : "invalid")")
        }
    }

    @Test func catalogSchemaAndDecoderAgree() throws {
        let verdicts = try Self.verdicts(schema: "catalog.schema.json", documents: Self.catalogs.map(\.1))
        for (i, doc) in Self.catalogs.enumerated() where i < verdicts.count {
            let decoded = (try? Catalog.decode(Array(doc.1.utf8), file: "clinic.json", folder: Self.layouts)) != nil
            #expect((verdicts[i] == "valid") == decoded, "\(doc.0): schema says \(verdicts[i]), decoder says \(decoded ? "valid" : "invalid")")
        }
    }

    /// Inline poses of the catalog schema are held to the same table as pose files.
    @Test func catalogSchemaJudgesInlinePosesLikeThePoseSchema() throws {
        let objects = Self.poses.filter { $0.1.hasPrefix("{") }
        let verdicts = try Self.verdicts(schema: "catalog.schema.json", documents: objects.map { Self.catalog(#", "pose": \#($0.1)"#) })
        for (i, doc) in objects.enumerated() where i < verdicts.count {
            let decoded = Self.poseReads(doc.1)
            #expect((verdicts[i] == "valid") == decoded, "\(doc.0): catalog schema says \(verdicts[i]), decoder says \(decoded ? "valid" : "invalid")")
        }
    }

    @Test func shippedCatalogAndPosesValidate() throws {
        let poseFiles = try FileManager.default.contentsOfDirectory(atPath: Self.layouts.appendingPathComponent("poses").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(!poseFiles.isEmpty)
        let texts = try poseFiles.map { try String(contentsOf: Self.layouts.appendingPathComponent("poses").appendingPathComponent($0), encoding: .utf8) }
        let verdicts = try Self.verdicts(schema: "pose.schema.json", documents: texts)
        for (i, name) in poseFiles.enumerated() where i < verdicts.count {
            #expect(verdicts[i] == "valid", "poses/\(name): \(verdicts[i])")
            #expect(Self.poseReads(texts[i]), "poses/\(name) does not read")
        }
        let catalog = try String(contentsOf: Self.layouts.appendingPathComponent("exercises.json"), encoding: .utf8)
        #expect(try Self.verdicts(schema: "catalog.schema.json", documents: [catalog]) == ["valid"])
    }

    // MARK: The schemas spell what the Swift types say

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: layouts.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func defs(_ schema: [String: Any]) throws -> [String: Any] {
        try #require(schema["$defs"] as? [String: Any])
    }

    /// The catalog schema holds the pose schema's definitions unchanged, so the two cannot drift.
    @Test func catalogSchemaEmbedsThePoseSchema() throws {
        let pose = try Self.defs(Self.schema("pose.schema.json"))
        let catalog = try Self.defs(Self.schema("catalog.schema.json"))
        for (name, definition) in pose {
            let embedded = try #require(catalog[name], "catalog.schema.json lacks $defs.\(name)")
            #expect(NSDictionary(dictionary: ["d": definition]).isEqual(to: ["d": embedded]), "$defs.\(name) differs between the schemas")
        }
        let poseRef = (try Self.defs(Self.schema("catalog.schema.json"))["exercise"] as? [String: Any])
            .flatMap { $0["properties"] as? [String: Any] }?["pose"] as? [String: Any]
        let choices = try #require(poseRef?["oneOf"] as? [[String: Any]])
        #expect(choices.contains { $0["$ref"] as? String == "#/$defs/pose" })
        #expect(try Self.schema("pose.schema.json")["$ref"] as? String == "#/$defs/pose")
    }

    static func words(_ node: Any?) -> [String] { ((node as? [String: Any])?["enum"] as? [String]) ?? [] }

    @Test func poseSchemaSpellsTheDecodersWordsAndRanges() throws {
        let defs = try Self.defs(Self.schema("pose.schema.json"))
        let pose = try #require(defs["pose"] as? [String: Any])
        let properties = try #require(pose["properties"] as? [String: Any])
        #expect(Self.words(properties["view"]) == Pose.View.allCases.map(\.rawValue))
        #expect(Self.words(defs["place"]) == BodyPlace.allCases.map(\.rawValue))
        #expect(Self.words(defs["limb-place"]) == BodyPlace.allCases.filter(\.isSegment).map(\.rawValue))
        let prop = try #require((defs["prop"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Self.words(prop["kind"]) == PoseProp.Kind.allCases.map(\.rawValue))
        let contact = try #require((defs["contact"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Self.words(contact["on"]) == ["floor"] + PoseProp.Kind.allCases.map(\.rawValue) + BodyPlace.allCases.map(\.rawValue))

        let angles = try #require((defs["joint-angles"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(angles.keys) == Set(Joint.allCases.map(\.rawValue)))
        for joint in Joint.allCases {
            let motions = try #require((defs["joint-" + joint.rawValue] as? [String: Any])?["properties"] as? [String: [String: Any]], "\(joint)")
            #expect(Set(motions.keys) == Set(joint.ranges.map(\.0.rawValue)), "\(joint)")
            for (motion, range) in joint.ranges {
                let spec = motions[motion.rawValue]
                #expect(spec?["minimum"] as? Double == range.lowerBound && spec?["maximum"] as? Double == range.upperBound,
                        "\(joint.rawValue) \(motion.rawValue): the schema says \(spec?["minimum"] ?? "nothing") to \(spec?["maximum"] ?? "nothing")")
            }
        }
    }

    @Test func catalogSchemaSpellsTheDecodersWordsAndRanges() throws {
        let defs = try Self.defs(Self.schema("catalog.schema.json"))
        #expect(Self.words(defs["region"]) == Region.allCases.map(\.rawValue))
        let entry = try #require((defs["exercise"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Self.words(entry["kind"]) == ExerciseKind.allCases.map(\.rawValue))
        let dose = try #require((defs["dose"] as? [String: Any])?["properties"] as? [String: [String: Any]])
        #expect(Self.words(dose["side"]) == Side.allCases.map(\.rawValue))
        for field in Dose.fields {
            #expect(dose[field.key]?["minimum"] as? Int == field.range.lowerBound && dose[field.key]?["maximum"] as? Int == field.range.upperBound, "dose \(field.key)")
        }
    }
}
