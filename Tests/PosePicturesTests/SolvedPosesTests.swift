import Foundation
@testable import PosePictures
import RoutineModel
import Testing

/// `Layouts/solved-poses.json` holds what the solver finds for every built-in pose, so workers
/// only draw them. Re-record after changing a pose, the solver or the body's proportions:
///   ROUTINEPRESS_RECORD=1 swift test --filter solvedPosesAreCurrent
@Suite struct SolvedPosesTests {
    static let file = BuiltInPoses.root.appendingPathComponent("Layouts/solved-poses.json")

    @Test func solvedPosesAreCurrent() throws {
        let poses = BuiltInPoses.catalog.exercises.compactMap { e -> Pose? in if case .pose(let p) = e.picture { return p } else { return nil } }
        let fresh = PoseSolutions.solving(poses)
        if ProcessInfo.processInfo.environment["ROUTINEPRESS_RECORD"] == "1" {
            try Data(fresh.text.utf8).write(to: Self.file)
            return
        }
        let stored = try #require(PoseSolutions.decode(Array(try Data(contentsOf: Self.file))), "solved.json does not read")
        for pose in poses {
            for p in [pose, PoseMirror.mirrored(pose)] {
                let kept = try #require(stored.stored(p), "a pose is not in solved.json; re-record it (see above)")
                let now = try #require(fresh.stored(p))
                for (a, b) in zip(kept.joined(), now.joined()) {
                    #expect(abs(a - b) < 1e-4, "solved.json is out of date; re-record it with ROUTINEPRESS_RECORD=1 swift test --filter solvedPosesAreCurrent")
                }
            }
        }
    }

    @Test func aChangedPoseIsSolvedAgain() throws {
        let (_, pose) = try #require(BuiltInPoses.pose("calf-stretch"))
        let stored = PoseSolutions.solving([pose])
        #expect(stored.stored(pose) != nil)
        var moved = pose
        moved.start[JointAngle(.rightKnee, .flexion)] = 20
        #expect(stored.stored(moved) == nil, "a pose with another knee angle must not reuse the old solution")
        #expect(PoseSolutions.decode(Array("not json".utf8)) == nil)
    }
}
