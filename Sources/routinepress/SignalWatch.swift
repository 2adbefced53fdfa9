import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a call (stop handing out work) instead of an abrupt exit,
/// so no file is left half-written. A second signal ends the program at once.
final class SignalWatch {
    private var sources: [DispatchSourceSignal] = []

    init(_ handler: @escaping @Sendable () -> Void) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            let count = Counter()
            source.setEventHandler {
                if count.increment() > 1 { exit(130) }
                handler()
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit { for s in sources { s.cancel() } }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func increment() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
    }
}
