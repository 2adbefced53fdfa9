import Foundation

/// A fixed set of threads, each owning one `RenderEngine` on shared `RenderResources` (a font
/// map and librsvg handles are not thread-safe, so an engine never changes thread); jobs wait in
/// a short queue. `serve` and `batch` both render through one.
///
/// For the server, asking more than it can take is an answer, not a wait (`run`): a full queue
/// throws `.busy` at once, and a job not done within its time throws `.timedOut` while its thread
/// finishes it and the result is dropped. A batch waits for room instead (`submit`). Nothing here
/// can stop the process.
public final class RenderPool: @unchecked Sendable {
    /// Why a job was not done.
    public enum Refusal: Error, Sendable, Equatable {
        /// Every thread is busy and the queue is full.
        case busy
        /// The job took longer than its time.
        case timedOut
        /// The pool has been shut down.
        case stopped
    }

    private final class Job: @unchecked Sendable {
        let work: (RenderEngine) -> Void
        /// Set when the caller gave up before a thread took the job.
        var abandoned = false
        init(_ work: @escaping (RenderEngine) -> Void) { self.work = work }
    }

    /// Resumes a continuation once: with the result, or with a refusal, whichever comes first.
    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        init(_ c: CheckedContinuation<T, any Error>) { continuation = c }
        func resume(_ result: Result<T, any Error>) {
            let c: CheckedContinuation<T, any Error>? = lock.withLock { defer { continuation = nil }; return continuation }
            c?.resume(with: result)
        }
    }

    private let condition = NSCondition()
    private var queue: [Job] = []
    private var stopping = false
    private var running = 0
    private var threadsLeft: Int
    /// How many jobs may wait for a thread.
    public let queueLimit: Int
    /// How many threads render.
    public let size: Int

    /// Starts `size` threads, each making its own engine on `shared`, and returns once every
    /// engine is made (so a broken install fails at start, not on the first job).
    public init(shared: RenderResources, size: Int, queueLimit: Int) throws(RoutinePressError) {
        self.size = max(1, size)
        self.queueLimit = max(0, queueLimit)
        threadsLeft = self.size
        let started = StartLatch(count: self.size)
        for _ in 0..<self.size {
            let thread = Thread { [self] in
                let engine: RenderEngine
                do throws(RoutinePressError) { engine = try RenderEngine(shared: shared) } catch {
                    started.failed(error)
                    condition.withLock { threadsLeft -= 1; condition.broadcast() }
                    return
                }
                started.ready()
                self.work(engine)
            }
            thread.name = "routinepress-render"
            thread.start()
        }
        if let error = started.wait() {
            shutdown()
            throw error
        }
    }

    /// Counts the threads that have made their engine, and keeps the first failure.
    private final class StartLatch: @unchecked Sendable {
        private let condition = NSCondition()
        private var left: Int
        private var failure: RoutinePressError?
        init(count: Int) { left = count }
        func ready() { condition.withLock { left -= 1; condition.broadcast() } }
        func failed(_ e: RoutinePressError) { condition.withLock { if failure == nil { failure = e }; left -= 1; condition.broadcast() } }
        func wait() -> RoutinePressError? {
            condition.withLock {
                while left > 0 { condition.wait() }
                return failure
            }
        }
    }

    private func work(_ engine: RenderEngine) {
        while true {
            condition.lock()
            while queue.isEmpty && !stopping { condition.wait() }
            if queue.isEmpty && stopping {
                threadsLeft -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let job = queue.removeFirst()
            let skip = job.abandoned
            if !skip { running += 1 }
            condition.broadcast()
            condition.unlock()
            guard !skip else { continue }
            job.work(engine)
            condition.lock()
            running -= 1
            condition.broadcast()  // a waiting `submit` may go on
            condition.unlock()
        }
    }

    /// Hands `work` to a thread, waiting while the queue is full (a batch's pace); false once the
    /// pool is shut down.
    public func submit(_ work: @escaping @Sendable (RenderEngine) -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !stopping && running + queue.count >= size + queueLimit { condition.wait() }
        if stopping { return false }
        queue.append(Job(work))
        condition.broadcast()
        return true
    }

    /// Jobs being rendered and waiting, for health checks.
    public var load: (running: Int, waiting: Int) { condition.withLock { (running, queue.count) } }

    /// Runs `work` on one of the pool's engines; throws `Refusal` when the pool cannot, and
    /// whatever `work` throws.
    public func run<T: Sendable>(timeout: Duration, _ work: @escaping @Sendable (RenderEngine) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<T, any Error>) in
            let once = Once(c)
            let timer = TimerBox()
            // The time counts from now, whether the job waits or runs; the thread checks it too,
            // so a late job is refused even when the timer has not had its turn yet.
            let deadline = ContinuousClock.now + timeout
            let job = Job { engine in
                if ContinuousClock.now < deadline {
                    let result = Result { try work(engine) }
                    once.resume(ContinuousClock.now < deadline ? result : .failure(Refusal.timedOut))
                } else {
                    once.resume(.failure(Refusal.timedOut))
                }
                timer.cancel()
            }
            let refusal: Refusal? = condition.withLock {
                if stopping { return .stopped }
                if running + queue.count >= size + queueLimit { return .busy }
                queue.append(job)
                condition.broadcast()
                return nil
            }
            if let refusal { once.resume(.failure(refusal)); return }
            timer.start(Task {
                guard (try? await Task.sleep(until: deadline)) != nil else { return }
                self.condition.withLock { job.abandoned = true }
                once.resume(.failure(Refusal.timedOut))
            })
        }
    }

    /// The task that gives up on a job, cancelled when the job is done first.
    private final class TimerBox: @unchecked Sendable {
        private let lock = NSLock()
        private var task: Task<Void, Never>?
        private var done = false
        func start(_ t: Task<Void, Never>) {
            let cancelNow = lock.withLock { () -> Bool in if done { return true }; task = t; return false }
            if cancelNow { t.cancel() }
        }
        func cancel() {
            let t = lock.withLock { () -> Task<Void, Never>? in done = true; defer { task = nil }; return task }
            t?.cancel()
        }
    }

    /// Takes no more jobs, lets the threads finish those queued and in hand, and returns when
    /// every thread has ended.
    public func shutdown() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while threadsLeft > 0 { condition.wait() }
        condition.unlock()
    }
}
