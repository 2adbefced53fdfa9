import Foundation

/// How the clinician's page is served: where it listens and what it allows.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The clinic printed on every sheet made on the page (the `clinic` object of a plan), as JSON.
    public var clinicJSON: String?
    /// Renders at once: one per core.
    public var renderThreads = ProcessInfo.processInfo.activeProcessorCount
    /// Renders that may wait for a thread before requests are turned away with 503.
    public var renderQueue = 8
    /// A render not done by then is answered with 503 (its thread finishes it and drops it).
    public var renderTimeout: Duration = .seconds(10)
    /// The largest request body: plans are a few kilobytes.
    public var bodyLimit = 1 << 20

    public init() {}

    /// Whether the server listens beyond this machine.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }

    /// The address to open in a browser.
    public var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }
}
