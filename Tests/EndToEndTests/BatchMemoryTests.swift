import Foundation
import RoutinePress
import Testing

/// What a batch keeps while it runs is bounded, however long its input: a writer that falls
/// behind (a slow disk, a slow plan ahead in the order) holds back the reading of more plans, so
/// rendered documents never pile up in memory.
@Suite struct BatchMemoryTests {
    /// Lines written into the batch's input so far, counted by the feeding thread.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test func aStalledWriterHoldsBackTheReadingOfPlans() throws {
        let dir = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("plans.jsonl").path
        #expect(mkfifo(input, 0o600) == 0)
        // Each line about 2 KB (a small plan and spaces), so the pipe itself holds only a few dozen.
        let plan = "{\"kind\": \"take-home\", \"title\": \"Morning\", \"sections\": [{\"title\": \"A\", \"items\": [{\"exercise\": \"roll-calves\"}]}]}"
        let line = Array((plan + String(repeating: " ", count: 2048 - plan.utf8.count) + "\n").utf8)
        let total = 400
        let written = Counter()
        let feeder = Thread {
            let fd = open(input, O_WRONLY)
            guard fd >= 0 else { return }
            for _ in 0..<total {
                guard (line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }) == line.count else { break }
                written.add()
            }
            close(fd)
        }
        feeder.start()

        let renderer = BatchRenderer(options: BatchOptions(outputDirectory: dir.appendingPathComponent("out").path, jobs: 2,
                                                           resources: ResourceLocator(root: Tools.root)))
        var readWhileStalled: Int?
        let summary = try renderer.run([input]) { _, _ in
            guard readWhileStalled == nil else { return }
            // The writer stops at the first plan until the reading stands still (or all is read).
            var last = -1, still = Date()
            while written.count < total && Date().timeIntervalSince(still) < 1.5 {
                if written.count != last { last = written.count; still = Date() }
                Thread.sleep(forTimeInterval: 0.05)
            }
            readWhileStalled = written.count
        }
        #expect(summary.rendered == total && summary.failed == 0)
        let held = try #require(readWhileStalled)
        // 16 plans in flight, the pipe (64 KB) and the reader's buffer: far fewer than the input.
        #expect(held < 150, "\(held) of \(total) plans were read while the writer stood still")
    }
}
