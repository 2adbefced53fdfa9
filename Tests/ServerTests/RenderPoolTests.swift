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
        try RenderPool(size: 1, queueLimit: queue) { () throws(RoutinePressError) in try RenderEngine(resources: ResourceLocator(root: root)) }
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
}
