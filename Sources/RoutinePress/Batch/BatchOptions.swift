import Foundation

/// How a batch runs: where files go, how many workers, and what else to write.
public struct BatchOptions: Sendable {
    public var outputDirectory: String
    public var render: RenderOptions
    /// Worker threads, each with its own fonts and figures.
    public var jobs: Int
    /// A JSON report of every plan, written when the batch ends.
    public var reportPath: String?
    /// One PDF with every rendered plan in input order.
    public var mergePath: String?
    public var resources: ResourceLocator
    public var extraCatalog: URL?
    /// A clinic's layout (extending ours) and fonts folder.
    public var layout: URL?
    public var fonts: URL?
    /// This run's share of the input, when a job engine splits it over several workers.
    public var shard: BatchShard?
    /// Skip the plans an earlier run into the same folder finished, as its manifest records them; keep a manifest.
    public var resume: Bool

    public init(outputDirectory: String, render: RenderOptions = RenderOptions(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                reportPath: String? = nil, mergePath: String? = nil, resources: ResourceLocator, extraCatalog: URL? = nil,
                layout: URL? = nil, fonts: URL? = nil, shard: BatchShard? = nil, resume: Bool = false) {
        self.outputDirectory = outputDirectory; self.render = render; self.jobs = max(1, jobs)
        self.reportPath = reportPath; self.mergePath = mergePath; self.resources = resources; self.extraCatalog = extraCatalog
        self.layout = layout; self.fonts = fonts; self.shard = shard; self.resume = resume
    }
}
