import Foundation
import Testing
@testable import RoutineModel

/// Poses in a catalog entry, written inline or named as a file: every mistake gets its exact,
/// located message, and a good pose reads back as the values it spells.
@Suite struct PoseReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var pose: String
        var expected: [String]
        var testDescription: String { id }
    }

    /// A one-entry catalog whose pose (or whose pose and picture) is the whole of line 2.
    static func catalog(_ pose: String, key: String = "pose") -> String {
        "{\"version\": 1, \"exercises\": [{\"id\": \"x\", \"name\": \"X\", \"muscles\": [\"calves\"], \"\(key)\":\n\(pose)\n}]}"
    }

    /// The lines a user sees for a catalog, or none when it reads.
    static func problems(_ json: String, folder: URL? = nil) -> [String] {
        do {
            _ = try Catalog.decode(Array(json.utf8), file: "clinic.json", folder: folder)
            return []
        } catch {
            return error.diagnostics.map(\.line)
        }
    }

    static let layouts = Fixtures.root.appendingPathComponent("Layouts")

    static let cases: [Case] = [
        Case(id: "a place on a rolling arrow", pose: #"{"view": "side", "description": "Rolling.", "joints": {}, "props": [{"kind": "roller", "under": "left-calf"}], "motion": [{"kind": "roll", "place": "left-calf"}]}"#,
             expected: [#"clinic.json:2:149: exercises[0].pose.motion[0].place: a rolling arrow follows the roller, so it takes no "place" (remove "place")"#]),
        Case(id: "unknown joint", pose: #"{"view": "side", "description": "Standing.", "joints": {"left-hipp": {"flexion": 10}}}"#,
             expected: [#"clinic.json:2:57: exercises[0].pose.joints.left-hipp: unknown joint "left-hipp" (did you mean "left-hip"?)"#]),
        Case(id: "unknown joint, nothing close", pose: #"{"view": "side", "description": "Standing.", "joints": {"wrist": {"flexion": 10}}}"#,
             expected: [#"clinic.json:2:57: exercises[0].pose.joints.wrist: unknown joint "wrist" (joints: spine, neck, left-shoulder, right-shoulder, left-elbow, right-elbow, left-hip, right-hip, left-knee, right-knee, left-ankle, right-ankle)"#]),
        Case(id: "motion the joint does not make", pose: #"{"view": "side", "description": "Standing.", "joints": {"left-knee": {"rotation": 10}}}"#,
             expected: [#"clinic.json:2:71: exercises[0].pose.joints.left-knee.rotation: the left-knee does not make "rotation" (the left-knee moves by: flexion)"#]),
        Case(id: "misspelt motion", pose: #"{"view": "side", "description": "Standing.", "joints": {"spine": {"sidebend": 10}}}"#,
             expected: [#"clinic.json:2:67: exercises[0].pose.joints.spine.sidebend: the spine does not make "sidebend" (did you mean "side-bend"?)"#]),
        Case(id: "angle beyond the joint's range", pose: #"{"view": "side", "description": "Standing.", "joints": {"left-knee": {"flexion": 170}}}"#,
             expected: [#"clinic.json:2:82: exercises[0].pose.joints.left-knee.flexion: 170° of left-knee flexion is beyond what the joint does (use 0 to 135 degrees)"#]),
        Case(id: "negative angle beyond the range", pose: #"{"view": "side", "description": "Standing.", "joints": {"right-ankle": {"flexion": -60}}}"#,
             expected: [#"clinic.json:2:84: exercises[0].pose.joints.right-ankle.flexion: -60° of right-ankle flexion is beyond what the joint does (use -50 to 20 degrees)"#]),
        Case(id: "angle as a string", pose: #"{"view": "side", "description": "Standing.", "joints": {"neck": {"flexion": "20"}}}"#,
             expected: [#"clinic.json:2:77: exercises[0].pose.joints.neck.flexion: expected a number of degrees, found a string"#]),
        Case(id: "joints missing", pose: #"{"view": "side", "description": "Standing."}"#,
             expected: [#"clinic.json:2:1: exercises[0].pose.joints: missing the joint angles ("joints") (for example {"left-knee": {"flexion": 90}}; joints: spine, neck, left-shoulder, right-shoulder, left-elbow, right-elbow, left-hip, right-hip, left-knee, right-knee, left-ankle, right-ankle)"#]),
        Case(id: "wall that touches nothing", pose: #"{"view": "side", "description": "Leaning.", "joints": {}, "props": [{"kind": "wall"}]}"#,
             expected: [#"clinic.json:2:69: exercises[0].pose.props[0]: the wall touches nothing, so it cannot be placed (add "touches": the place that holds or leans on it, such as "left-hand")"#]),
        Case(id: "step under nothing", pose: #"{"view": "side", "description": "Standing.", "joints": {}, "props": [{"kind": "step", "at": 0.5}]}"#,
             expected: [#"clinic.json:2:70: exercises[0].pose.props[0]: the step lies under nothing, so it cannot be placed (add "under": the place it lies under, such as "left-calf")"#]),
        Case(id: "roller placed with touches", pose: #"{"view": "side", "description": "Rolling.", "joints": {}, "props": [{"kind": "roller", "touches": "left-calf"}]}"#,
             expected: [#"clinic.json:2:99: exercises[0].pose.props[0].touches: a roller is placed with "under", not "touches" (write "under")"#]),
        Case(id: "roller under a joint", pose: #"{"view": "side", "description": "Rolling.", "joints": {}, "props": [{"kind": "roller", "under": "left-knee"}]}"#,
             expected: [#"clinic.json:2:97: exercises[0].pose.props[0].under: a roller lies under a stretch of a limb, not under "left-knee" (one of: seat, upper-back, left-forearm, right-forearm, left-thigh, right-thigh, left-calf, right-calf)"#]),
        Case(id: "roller beyond the limb's ends", pose: #"{"view": "side", "description": "Rolling.", "joints": {}, "props": [{"kind": "roller", "under": "left-calf", "at": 1.5}]}"#,
             expected: [#"clinic.json:2:116: exercises[0].pose.props[0].at: 1.5 is past the limb's ends (use 0, its upper end, to 1, its lower end)"#]),
        Case(id: "unknown prop", pose: #"{"view": "side", "description": "Rolling.", "joints": {}, "props": [{"kind": "rolller", "under": "left-calf"}]}"#,
             expected: [#"clinic.json:2:78: exercises[0].pose.props[0].kind: unknown prop "rolller" (did you mean "roller"?)"#]),
        Case(id: "contact on a prop the pose lacks", pose: #"{"view": "side", "description": "Leaning.", "joints": {}, "contacts": [{"place": "left-hand", "on": "wall"}]}"#,
             expected: [#"clinic.json:2:101: exercises[0].pose.contacts[0].on: the pose has no wall for the left-hand to rest on (add {"kind": "wall", ...} to "props")"#]),
        Case(id: "place resting on itself", pose: #"{"view": "side", "description": "Sitting.", "joints": {}, "contacts": [{"place": "seat", "on": "seat"}]}"#,
             expected: [#"clinic.json:2:96: exercises[0].pose.contacts[0].on: a place cannot rest on itself"#]),
        Case(id: "unknown support", pose: #"{"view": "side", "description": "Sitting.", "joints": {}, "contacts": [{"place": "seat", "on": "flor"}]}"#,
             expected: [#"clinic.json:2:96: exercises[0].pose.contacts[0].on: unknown support "flor" (did you mean "floor"?)"#]),
        Case(id: "roll mark without a roller", pose: #"{"view": "side", "description": "Rolling.", "joints": {}, "motion": [{"kind": "roll"}]}"#,
             expected: [#"clinic.json:2:79: exercises[0].pose.motion[0].kind: a rolling arrow needs a roller (add {"kind": "roller", "under": ...} to "props")"#]),
        Case(id: "swing without an end frame", pose: #"{"view": "side", "description": "Swinging.", "joints": {}, "motion": [{"kind": "swing", "place": "left-foot"}]}"#,
             expected: [#"clinic.json:2:71: exercises[0].pose.motion[0]: a swing goes from the start frame to the end frame, and this pose has one frame (add "end" with the joint angles at the end of the swing)"#]),
        Case(id: "circle around no place", pose: #"{"view": "side", "description": "Circling.", "joints": {}, "motion": [{"kind": "circle"}]}"#,
             expected: [#"clinic.json:2:71: exercises[0].pose.motion[0].place: missing a place on the body ("place") (for example "left-calf")"#]),
        Case(id: "unknown view", pose: #"{"view": "sidee", "description": "Standing.", "joints": {}}"#,
             expected: [#"clinic.json:2:10: exercises[0].pose.view: unknown view "sidee" (did you mean "side"?)"#]),
        Case(id: "view nothing like a view", pose: #"{"view": "behind", "description": "Standing.", "joints": {}}"#,
             expected: [#"clinic.json:2:10: exercises[0].pose.view: unknown view "behind" (one of: side, front, top)"#]),
        Case(id: "missing description", pose: #"{"view": "side", "joints": {}}"#,
             expected: [#"clinic.json:2:1: exercises[0].pose.description: missing a sentence saying what the person does ("description")"#]),
        Case(id: "blank description", pose: #"{"view": "side", "description": " ", "joints": {}}"#,
             expected: [#"clinic.json:2:33: exercises[0].pose.description: must not be empty"#]),
        Case(id: "body tilted past a half turn", pose: #"{"view": "side", "description": "Lying.", "body": {"pitch": 200}, "joints": {}}"#,
             expected: [#"clinic.json:2:61: exercises[0].pose.body.pitch: 200 degrees is out of range (use -180 to 180)"#]),
        Case(id: "camera turned too far", pose: #"{"view": "side", "description": "Lying.", "camera": {"turn": 90}, "joints": {}}"#,
             expected: [#"clinic.json:2:62: exercises[0].pose.camera.turn: 90 degrees is out of range (use -60 to 60)"#]),
        Case(id: "unknown pose key", pose: #"{"view": "side", "description": "Standing.", "joint": {}}"#,
             expected: [#"clinic.json:2:46: exercises[0].pose.joint: unknown key "joint" (did you mean "joints"?)"#,
                        #"clinic.json:2:1: exercises[0].pose.joints: missing the joint angles ("joints") (for example {"left-knee": {"flexion": 90}}; joints: spine, neck, left-shoulder, right-shoulder, left-elbow, right-elbow, left-hip, right-hip, left-knee, right-knee, left-ankle, right-ankle)"#]),
        Case(id: "several problems at once", pose: #"{"view": "side", "description": "Rolling.", "joints": {"left-hipp": {}, "left-knee": {"flexion": -5}}, "motion": [{"kind": "roll"}]}"#,
             expected: [#"clinic.json:2:56: exercises[0].pose.joints.left-hipp: unknown joint "left-hipp" (did you mean "left-hip"?)"#,
                        #"clinic.json:2:98: exercises[0].pose.joints.left-knee.flexion: -5° of left-knee flexion is beyond what the joint does (use 0 to 135 degrees)"#,
                        #"clinic.json:2:124: exercises[0].pose.motion[0].kind: a rolling arrow needs a roller (add {"kind": "roller", "under": ...} to "props")"#]),
        Case(id: "pose as a number", pose: "3",
             expected: ["clinic.json:2:1: exercises[0].pose: expected a pose (an object), found a number"]),
    ]

    @Test(arguments: cases) func badPoseIsReportedExactly(_ c: Case) {
        #expect(Self.problems(Self.catalog(c.pose)) == c.expected)
    }

    @Test func poseAndPictureTogether() {
        let json = "{\"version\": 1, \"exercises\": [{\"id\": \"x\", \"name\": \"X\", \"muscles\": [\"calves\"],\n"
            + "\"pose\": {\"view\": \"side\", \"description\": \"Standing.\", \"joints\": {}},\n\"picture\": \"figures/front.svg\"}]}"
        #expect(Self.problems(json, folder: Self.layouts) == [
            #"clinic.json:3:12: exercises[0].picture: an exercise has a pose or a picture file, not both (remove one of them)"#,
        ])
    }

    @Test func reportedPlaceIsTheOffendingKey() throws {
        let json = """
        {"version": 1, "exercises": [{"id": "x", "name": "X", "muscles": ["calves"], "pose": {
          "view": "side",
          "description": "Standing.",
          "joints": {
            "left-knee": {"flexion": 20},
            "left-hipp": {"flexion": 10}
          }
        }}]}
        """
        do {
            _ = try Catalog.decode(Array(json.utf8), file: "clinic.json")
            Issue.record("accepted")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(error.diagnostics.count == 1)
            #expect(d.code == "unknown-joint")
            #expect(d.file == "clinic.json")
            #expect(d.location == SourceLocation(line: 6, column: 5))
            #expect(d.path.description == "exercises[0].pose.joints.left-hipp")
            #expect(d.message == #"unknown joint "left-hipp""#)
            #expect(d.hint == #"did you mean "left-hip"?"#)
        }
    }

    @Test func missingPoseFileSaysWhereItLooked() {
        let looked = Self.layouts.appendingPathComponent("poses/no-such-pose.json").path
        #expect(Self.problems(Self.catalog(#""poses/no-such-pose.json""#), folder: Self.layouts) == [
            #"clinic.json:2:1: exercises[0].pose: the pose file "poses/no-such-pose.json" does not exist (the path is relative to the catalog file; looked for \#(looked))"#,
        ])
    }

    @Test func poseFileProblemsNameThePoseFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routinepress-pose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("poses"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("poses/broken.json")
        try Data("{\n  \"view\": \"side\",\n  \"description\": \"Standing.\"\n  \"joints\": {}\n}\n".utf8).write(to: broken)
        let typo = folder.appendingPathComponent("poses/typo.json")
        try Data("{\"view\": \"side\", \"description\": \"Standing.\",\n \"joints\": {\"left-hipp\": {\"flexion\": 10}}}\n".utf8).write(to: typo)

        #expect(Self.problems(Self.catalog(#""poses/broken.json""#), folder: folder) == [
            #"\#(broken.path):4:3: $: expected ',' or '}', found '"' (a comma is missing before this key)"#,
        ])
        #expect(Self.problems(Self.catalog(#""poses/typo.json""#), folder: folder) == [
            #"\#(typo.path):2:13: joints.left-hipp: unknown joint "left-hipp" (did you mean "left-hip"?)"#,
        ])
    }

    @Test func goodInlinePoseReadsAsWritten() throws {
        let pose = """
        {"view": "front", "description": "Standing with one hand on a wall, swinging the left leg across the body.",
         "body": {"pitch": 5, "yaw": -10}, "camera": {"turn": 15, "tilt": -5},
         "joints": {"left-hip": {"flexion": 10, "abduction": 30}, "right-shoulder": {"abduction": 90}, "spine": {"side-bend": -5}},
         "end": {"left-hip": {"abduction": -25}},
         "props": [{"kind": "wall", "touches": "right-hand"}, {"kind": "step", "under": "right-foot", "at": 0.25}],
         "contacts": [{"place": "right-hand", "on": "wall"}, {"place": "right-foot", "on": "step"}, {"place": "left-hand", "on": "left-thigh"}],
         "motion": [{"kind": "swing", "place": "left-foot"}, {"kind": "circle", "place": "left-ankle"}]}
        """
        let catalog = try Catalog.decode(Array(Self.catalog(pose).utf8), file: "clinic.json")
        let expected = Pose(
            view: .front, description: "Standing with one hand on a wall, swinging the left leg across the body.",
            body: BodyTilt(pitch: 5, roll: 0, yaw: -10),
            start: [JointAngle(.leftHip, .flexion): 10, JointAngle(.leftHip, .abduction): 30,
                    JointAngle(.rightShoulder, .abduction): 90, JointAngle(.spine, .sideBend): -5],
            end: [JointAngle(.leftHip, .abduction): -25],
            props: [PoseProp(kind: .wall, place: .rightHand), PoseProp(kind: .step, place: .rightFoot, at: 0.25)],
            contacts: [PoseContact(.rightHand, on: .prop(.wall)), PoseContact(.rightFoot, on: .prop(.step)),
                       PoseContact(.leftHand, on: .place(.leftThigh))],
            motion: [.swing(.leftFoot), .circle(.leftAnkle)],
            camera: CameraTurn(turn: 15, tilt: -5))
        #expect(catalog.exercise("x")?.picture == .pose(expected))
    }

    /// The built-in catalog names its poses by file; the example pose reads through that path.
    @Test func builtInPoseFileReads() throws {
        let catalog = try Catalog.load(contentsOf: Fixtures.catalog)
        guard case .pose(let pose) = try #require(catalog.exercise("roll-calves")?.picture) else {
            Issue.record("roll-calves has no pose")
            return
        }
        #expect(pose.view == .side)
        #expect(pose.end == nil)
        #expect(pose.props.map(\.kind) == [.roller])
        #expect(pose.props.first?.place == .leftCalf)
        #expect(pose.motion == [.roll])
    }
}

/// A blank picture path is an error, not a silently missing picture.
@Test func aBlankPictureIsReported() {
    let json = "{\"version\": 1, \"exercises\": [{\"id\": \"x\", \"name\": \"X\", \"muscles\": [\"calves\"], \"picture\": \"  \"}]}"
    do {
        _ = try Catalog.decode(Array(json.utf8), file: "clinic.json")
        Issue.record("a blank picture was accepted")
    } catch {
        #expect(error.diagnostics.map(\.line) == ["clinic.json:1:89: exercises[0].picture: must not be empty"])
    }
}
