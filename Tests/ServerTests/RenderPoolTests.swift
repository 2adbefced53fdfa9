import Foundation
import RoutinePress
import Testing

/// The pool of renderers: a full pool says so at once, a slow job is given up on, and the
/// pool keeps working after both.
@Suite struct RenderPoolTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A gate a job waits at until the test opens it.
    final class Gate: @unchecked Sendable {
        let entered = DispatchSemaphore(value: 0), open = DispatchSemaphore(value: 0)
    }

    static func pool(queue: Int) throws -> RenderPool {
        try RenderPool(shared: RenderResources(locator: ResourceLocator(root: root)), size: 1, queueLimit: queue)
    }

    @Test func aFullPoolRefusesAtOnce() async throws {
        let pool = try Self.pool(queue: 0)
        let gate = Gate()
        async let held: Int = pool.run(timeout: .seconds(30)) { _ in gate.entered.signal(); gate.open.wait(); return 1 }
        gate.entered.wait()
        await #expect(throws: RenderPool.Refusal.busy) { try await pool.run(timeout: .seconds(30)) { _ in 2 } }
        gate.open.signal()
        #expect(try await held == 1)
        #expect(try await pool.run(timeout: .seconds(30)) { $0.catalog.exercise("calf-stretch")?.name } == "Calf stretch")
        pool.shutdown()
    }

    @Test func aSlowJobIsGivenUpOnAndTheThreadComesBack() async throws {
        let pool = try Self.pool(queue: 1)
        let gate = Gate()
        await #expect(throws: RenderPool.Refusal.timedOut) {
            try await pool.run(timeout: .milliseconds(50)) { _ in gate.open.wait(); return 0 }
        }
        gate.open.signal()
        #expect(try await pool.run(timeout: .seconds(30)) { _ in 7 } == 7)
        pool.shutdown()
        await #expect(throws: RenderPool.Refusal.stopped) { try await pool.run(timeout: .seconds(1)) { _ in 0 } }
    }

    /// A batch's way in: `submit` waits for room instead of refusing, and every job runs.
    @Test func submitWaitsForRoomAndRunsEveryJob() throws {
        let pool = try Self.pool(queue: 0)
        let gate = Gate()
        let done = Counter()
        #expect(pool.submit { _ in gate.entered.signal(); gate.open.wait(); done.add() })
        gate.entered.wait()
        let second = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = pool.submit { _ in done.add() }  // waits: the one thread is busy and the queue holds none
            second.signal()
        }
        #expect(second.wait(timeout: .now() + 0.3) == .timedOut, "the second job waits for room")
        gate.open.signal()
        #expect(second.wait(timeout: .now() + 30) == .success)
        pool.shutdown()
        #expect(done.value == 2)
        #expect(!pool.submit { _ in done.add() }, "a stopped pool takes nothing")
    }

    /// An engine that cannot be made (a face the fonts file names is not installed) fails the
    /// pool's start, with the reason, and leaves no thread behind.
    @Test func anEngineThatCannotBeMadeFailsThePoolAtStart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rp-pool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["Layouts", "Fonts"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(sub), to: folder.appendingPathComponent(sub))
        }
        let fontsFile = folder.appendingPathComponent("Fonts/fonts.json")
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: fontsFile)) as! [String: Any]
        manifest["families"] = ["No Such Face", "DejaVu Sans"]
        try JSONSerialization.data(withJSONObject: manifest).write(to: fontsFile)
        let shared = try RenderResources(locator: ResourceLocator(root: folder))
        #expect {
            try RenderPool(shared: shared, size: 2, queueLimit: 1)
        } throws: { error in
            (error as? RoutinePressError)?.lines.first?.contains("\"No Such Face\" is not installed") == true
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
