import Foundation
import PageGraphics

/// The compressed form contents of drawings, by key: made once per worker, and safe to fill
/// from another thread, so a document's pictures can be encoded while its text is laid out.
public final class DrawingForms: @unchecked Sendable {
    private let lock = NSLock()
    private var contents: [String: [UInt8]] = [:]

    public init() {}

    /// A drawing's compressed content, made now unless it was made before.
    func content(_ d: Drawing) throws(RenderError) -> [UInt8] {
        if let c = lock.withLock({ contents[d.key] }) { return c }
        let c = try DrawingFormEncoder.compressed(d)
        lock.withLock {
            if contents.count > 512 { contents.removeAll() }
            contents[d.key] = c
        }
        return c
    }

    /// Makes a drawing's content ahead of the writer, on any thread. A drawing that cannot be
    /// encoded is left alone here: the writer meets it again and reports it with its page.
    public func prepare(_ d: Drawing) {
        do { _ = try content(d) } catch {}
    }
}
