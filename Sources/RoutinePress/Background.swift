import Foundation

/// Work started on a thread of its own, for a value needed a little later (the catalog and its
/// poses are read while the fonts and figures load; a document's pictures are drawn while its
/// text is laid out).
final class Background<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Failure>?

    init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        let thread = Thread { [self] in
            do throws(Failure) { result = .success(try work()) } catch { result = .failure(error) }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work to end.
    func wait() {
        done.wait()
        done.signal()
    }

    /// Waits for the work and returns what it gave or threw (the semaphore orders the memory).
    func value() throws(Failure) -> Value {
        wait()
        return try result!.get()
    }
}

/// Carries a value made on one thread to the one that owns it from then on (a font map, an
/// engine: used by one thread at a time, never by two at once).
final class Handoff<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
