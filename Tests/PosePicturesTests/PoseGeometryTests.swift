import Foundation
import PageGraphics
@testable import PosePictures
import RoutineModel
import Testing

/// The built-in catalog and its poses, read as the tool reads them.
enum BuiltInPoses {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog: Catalog = {
        do { return try Catalog.load(contentsOf: root.appendingPathComponent("Layouts/exercises.json")) } catch {
            fatalError("the built-in catalog does not load: \(error)")
        }
    }()
    static var ids: [String] { catalog.ids }
    /// The solutions the tool ships (what users get), from Layouts/solved-poses.json.
    static let solutions: PoseSolutions = {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("Layouts/solved-poses.json").path),
              let s = PoseSolutions.decode(Array(data)) else { fatalError("Layouts/solved-poses.json does not read") }
        return s
    }()
    static func pose(_ id: String) -> (Exercise, Pose)? {
        guard let e = catalog.exercise(id), case .pose(let p) = e.picture else { return nil }
        return (e, p)
    }
    static let style = PictureStyle(body: Color(hex: "#d4cdc2")!, farBody: Color(hex: "#e6e1da")!, faintBody: Color(hex: "#f0ede8")!, paper: .white,
                                    prop: Color(hex: "#8d979f")!, propLight: Color(hex: "#c8cfd5")!, floor: Color(hex: "#a3abb2")!,
                                    mat: Color(hex: "#e8ecef")!, arrow: Color(hex: "#1c5a85")!, primary: Color(hex: "#d9651c")!, secondary: Color(hex: "#efa466")!)
}

@Suite struct PoseGeometryTests {
    @Test func everyCatalogExerciseHasAPose() {
        #expect(BuiltInPoses.catalog.exercises.count == 22)
        for e in BuiltInPoses.catalog.exercises {
            guard case .pose = e.picture else { Issue.record("\(e.id) has no pose"); continue }
        }
    }

    /// Every contact touches (within 3 mm on a person 170 cm tall), nothing is below the floor,
    /// every prop stands on the floor, and every joint stays within its range.
    @Test(arguments: BuiltInPoses.ids) func contactsHold(_ id: String) throws {
        let (_, pose) = try #require(BuiltInPoses.pose(id))
        for (frame, solved) in zip(pose.frames, PoseLibrary.solve(pose, solutions: BuiltInPoses.solutions)) {
            for (i, gap) in solved.gaps.enumerated() {
                #expect(abs(gap) <= PoseSolver.tolerance, "\(id) \(frame.rawValue): contact \(i) is \(Int((gap * 1700).rounded())) mm from touching")
            }
            #expect(solved.lowestPoint >= -PoseSolver.tolerance, "\(id) \(frame.rawValue): the body goes \(Int((-solved.lowestPoint * 1700).rounded())) mm below the floor")
            for bottom in solved.propBottoms { #expect(abs(bottom) <= PoseSolver.tolerance, "\(id) \(frame.rawValue): a prop floats or sinks by \(bottom)") }
            for (angle, value) in solved.angles {
                let range = try #require(angle.joint.range(angle.motion))
                #expect(range.contains(value), "\(id) \(frame.rawValue): \(angle.joint.rawValue) \(angle.motion.rawValue) is \(value)°, outside \(range)")
            }
        }
    }

    @Test(arguments: BuiltInPoses.ids) func limbsKeepTheirLengthsBetweenFrames(_ id: String) throws {
        let (_, pose) = try #require(BuiltInPoses.pose(id))
        let frames = PoseLibrary.solve(pose, solutions: BuiltInPoses.solutions)
        guard frames.count == 2 else { return }
        let a = frames[0].segmentLengths, b = frames[1].segmentLengths
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, length) in a { #expect(abs(length - (b[name] ?? 0)) < 1e-9, "\(id): the \(name) is \(length) long in one frame and \(b[name] ?? 0) in the other") }
        #expect(abs((a["left-thigh"] ?? 0) - 0.245) < 1e-9 && abs((a["left-shin"] ?? 0) - 0.246) < 1e-9)
    }

    /// The lit regions are the exercise's muscles, in their strengths, and one side lights one side.
    @Test(arguments: BuiltInPoses.ids) func litRegionsAreTheExercisesMuscles(_ id: String) throws {
        let (e, pose) = try #require(BuiltInPoses.pose(id))
        let secondary = e.secondary.filter { !e.muscles.contains($0) }
        let lit = PoseLibrary.litPatches(pose, muscles: e.muscles, secondary: secondary, side: e.dose.side, style: BuiltInPoses.style, solutions: BuiltInPoses.solutions)
        #expect(Set(lit.map(\.region)) == Set(e.muscles + secondary), "\(id) lights \(Set(lit.map(\.region.rawValue)).sorted())")
        for patch in lit {
            #expect(patch.strength == (e.muscles.contains(patch.region) ? .primary : .secondary), "\(id): \(patch.region.rawValue) in the wrong strength")
        }
        for side in [Side.left, .right] {
            let one = PoseLibrary.litPatches(pose, muscles: e.muscles, secondary: secondary, side: side, style: BuiltInPoses.style, solutions: BuiltInPoses.solutions)
            #expect(!one.isEmpty)
            #expect(one.allSatisfy { $0.left == nil || $0.left == (side == .left) }, "\(id) --side \(side.rawValue) lights the other side's limb")
        }
    }

    @Test func aPoseForTheRightSideIsTheMirrorImage() throws {
        let (e, pose) = try #require(BuiltInPoses.pose("calf-stretch"))
        let library = PoseLibrary(style: BuiltInPoses.style, solutions: BuiltInPoses.solutions)
        let left = library.picture(pose, id: e.id, muscles: e.muscles, secondary: e.secondary, side: .left)
        let right = library.picture(pose, id: e.id, muscles: e.muscles, secondary: e.secondary, side: .right)
        #expect(left.key != right.key)
        #expect(abs(left.size.width.value - right.size.width.value) < 0.01 && abs(left.size.height.value - right.size.height.value) < 0.01)
        // Mirrored across: the first shape's points, flipped, match.
        let w = left.size.width.value
        guard case .move(let a)? = left.shapes.first?.path.elements.first, case .some = right.shapes.first?.path.elements.first else { Issue.record("no shapes"); return }
        let rightXs = right.shapes[0].path.elements.compactMap { e -> Double? in if case .line(let p) = e { return p.x.value } else if case .move(let p) = e { return p.x.value } else { return nil } }
        #expect(rightXs.contains { abs($0 - (w - a.x.value)) < 0.01 })
    }

    @Test func aDrawingIsTheSameEachTime() throws {
        let (e, pose) = try #require(BuiltInPoses.pose("leg-swings"))
        let a = PoseLibrary.draw(pose, key: "a", muscles: e.muscles, secondary: e.secondary, side: .each, frame: nil, style: BuiltInPoses.style)
        let b = PoseLibrary.draw(pose, key: "a", muscles: e.muscles, secondary: e.secondary, side: .each, frame: nil, style: BuiltInPoses.style)
        #expect(a.shapes == b.shapes)
    }
}
