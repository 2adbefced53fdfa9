import Foundation
import PageGraphics
import CairoBackend

/// Renders many plans on several threads, streaming: plans are read as workers need them, results
/// are written in input order, and a bad plan is reported without stopping the others.
public final class BatchRenderer: @unchecked Sendable {
    public let options: BatchOptions
    private let cancelFlag = CancelFlag()
    /// Plans read but not yet written; bounds the memory of a batch of any length.
    private let inFlight: InFlightLimit
    private let messages = Channel<Message>()

    /// A renderer for one run.
    public init(options: BatchOptions) {
        self.options = options
        inFlight = InFlightLimit(limit: max(16, options.jobs * 8))
    }

    /// Stops handing out plans; those being rendered finish and are written. Safe from any thread.
    public func cancel() {
        cancelFlag.set()
        inFlight.openAll()
        messages.push(.cancelled)
    }

    private enum Message: Sendable {
        case outcome(BatchOutcome)
        /// A plan an earlier run finished (`--resume`), with what the manifest says of it.
        case kept(Int, BatchJob, BatchManifest.Finished)
        /// A plan left out because the batch was cancelled while it waited.
        case skipped(Int)
        /// Every plan handed to the pool has been rendered or skipped.
        /// Nothing more will come; with how many plans the whole input held, when all were read.
        case drained(Int?)
        case cancelled
    }

    /// Renders every plan of `inputs`; `onRecord` sees each plan's record in input order.
    public func run(_ inputs: [String], onRecord: (BatchRecord, BatchSummary) -> Void) throws(RoutinePressError) -> BatchSummary {
        let started = Date()
        try prepareOutputDirectory()
        let shared = try RenderResources(locator: options.resources, extraCatalog: options.extraCatalog, layout: options.layout, fonts: options.fonts)
        let pool = try RenderPool(shared: shared, size: options.jobs, queueLimit: options.jobs * 2)
        var merged: PDFFile?
        if let mergePath = options.mergePath {
            do {
                merged = try RenderEngine(shared: shared).mergedPDF(at: Self.temporaryPath(for: mergePath), title: "Plans", date: options.render.creationDate)
            } catch {
                pool.shutdown()
                throw error
            }
        }
        let manifest: BatchManifest?, finished: [String: BatchManifest.Finished]
        let fingerprint = options.resume ? BatchFingerprint(options) : nil
        do {
            manifest = options.resume ? try BatchManifest(outputDirectory: options.outputDirectory, shard: options.shard) : nil
            finished = options.resume ? BatchManifest.load(outputDirectory: options.outputDirectory, format: options.render.format) { options.shard?.holds($0) ?? true } : [:]
            if options.resume, let path = options.reportPath {
                var strays = StrayFiles(folder: URL(fileURLWithPath: path).deletingLastPathComponent().path)
                strays.remove(URL(fileURLWithPath: path).lastPathComponent)
            }
        } catch {
            pool.shutdown()
            throw error
        }
        let report: ReportFile?
        do { report = try options.reportPath.map { path throws(RoutinePressError) in try ReportFile(path: path, shard: options.shard) } } catch {
            pool.shutdown()
            if let mergePath = options.mergePath { unlink(Self.temporaryPath(for: mergePath)) }
            throw error
        }
        let producer = Thread { [cancelFlag, messages, options, inFlight] in
            let shard = options.shard
            let inputs = BatchInputs(inputs) { shard?.holds($0) ?? true }
            var names = OutputNames()
            var strays = options.resume ? StrayFiles(folder: options.outputDirectory) : nil
            var order = 0, positions = 0
            while !cancelFlag.isSet, var next = inputs.next() {
                positions += 1
                // Every plan claims its name, so names agree with one whole run whichever shard this is.
                next.name = names.claim(Self.nameSource(next))
                guard shard?.holds(next.index) ?? true else { continue }
                next.order = order
                order += 1
                inFlight.take()
                if options.resume {
                    // What a killed run left half-written goes; what it finished stays.
                    strays?.removeOutputs(of: next.name, format: options.render.format)
                    let earlier = finished[next.name]
                    if let entry = earlier, case .success(let bytes) = next.input, let fingerprint,
                       entry.input == BatchManifest.Digest(hex: fingerprint.input(bytes, from: next.source)),
                       BatchManifest.isComplete(entry, name: next.name, format: options.render.format, in: options.outputDirectory) {
                        messages.push(.kept(next.order, next, entry))
                        continue
                    }
                    BatchManifest.removeOutputs(of: next.name, pages: earlier?.sizes.count ?? 0, format: options.render.format, in: options.outputDirectory)
                }
                let job = next
                let accepted = pool.submit { engine in
                    guard !cancelFlag.isSet else { messages.push(.skipped(job.order)); return }  // cancelled while it waited
                    messages.push(.outcome(Self.render(job, on: engine, options: options, fingerprint: fingerprint)))
                }
                guard accepted else { break }
            }
            pool.shutdown()
            messages.push(.drained(cancelFlag.isSet ? nil : positions))
        }
        producer.start()

        var summary = BatchSummary()
        // What came back, by input position; nil for a plan skipped after a cancel.
        var waiting: [Int: Came?] = [:]
        var next = 0
        var drained = false, plans: Int?
        // Records go out in input order; once the pool is drained, nothing more will come (after
        // a cancel the producer may still wait on stdin, and is left to the process's end).
        while !drained || waiting[next] != nil {
            if !drained {
                switch messages.pop() {
                case .drained(let total): drained = true; plans = total
                case .cancelled:
                    pool.shutdown()
                    messages.push(.drained(nil))
                case .outcome(let o): waiting[o.order] = .rendered(o)
                case .kept(let i, let job, let entry): waiting[i] = .kept(job, entry)
                case .skipped(let i): waiting[i] = .some(nil)
                }
            }
            while let came = waiting.removeValue(forKey: next) {
                guard let came else { next += 1; inFlight.free(); continue }
                let record: BatchRecord
                switch came {
                case .rendered(let o): record = finish(o, merged: merged, manifest: manifest, summary: &summary)
                case .kept(let job, let entry): record = kept(job, entry, summary: &summary)
                }
                report?.append(record)
                summary.seconds = Date().timeIntervalSince(started)
                onRecord(record, summary)
                next += 1
                inFlight.free()
            }
        }
        summary.interrupted = cancelFlag.isSet
        summary.seconds = Date().timeIntervalSince(started)
        manifest?.sync()
        do { try report?.finish(plans: summary.interrupted ? nil : plans) } catch {
            if let mergePath = options.mergePath { unlink(Self.temporaryPath(for: mergePath)) }
            throw error
        }
        if let merged, let mergePath = options.mergePath {
            if merged.pageCount > 0 {
                do { try merged.finish() } catch {
                    unlink(Self.temporaryPath(for: mergePath))
                    if case .output = error.subject { throw .outputUnwritable(path: mergePath, reason: error.reason) }
                    throw .render(error, plan: nil)
                }
                if rename(Self.temporaryPath(for: mergePath), mergePath) != 0 {
                    unlink(Self.temporaryPath(for: mergePath))
                    throw .outputUnwritable(path: mergePath, reason: String(cString: strerror(errno)))
                }
                summary.mergedPages = merged.pageCount
            } else {
                try? merged.finish()
                unlink(Self.temporaryPath(for: mergePath))
                summary.mergedPages = 0
            }
        }
        return summary
    }

    /// What the collector holds for a plan until its turn in input order comes.
    private enum Came {
        case rendered(BatchOutcome)
        case kept(BatchJob, BatchManifest.Finished)
    }

    /// One plan on one of the pool's engines; a resumable run also digests its input and outputs here, off the writing thread.
    private static func render(_ job: BatchJob, on engine: RenderEngine, options: BatchOptions, fingerprint: BatchFingerprint?) -> BatchOutcome {
        let result: Result<RenderedDocument, RoutinePressError>
        switch job.input {
        case .failure(let e): result = .failure(e)
        case .success(let bytes):
            do {
                result = .success(try engine.render(bytes, file: job.source.displayName, baseDirectory: job.source.baseDirectory,
                                                    options: options.render, keepPages: options.mergePath != nil))
            } catch {
                result = .failure(error)
            }
        }
        var outcome = BatchOutcome(index: job.index, order: job.order, name: job.name, source: job.source, result: result)
        if let fingerprint, case .success(let bytes) = job.input, case .success(let doc) = result {
            outcome.digests = (fingerprint.input(bytes, from: job.source), doc.files.map(Checksum.sha256))
        }
        return outcome
    }

    /// The record of a plan an earlier run finished, as that run reported it.
    private func kept(_ job: BatchJob, _ entry: BatchManifest.Finished, summary: inout BatchSummary) -> BatchRecord {
        summary.rendered += 1
        summary.kept += 1
        summary.pages += entry.pages
        let files = BatchManifest.outputFiles(of: job.name, count: entry.sizes.count, format: options.render.format)
        return BatchRecord(input: job.source.displayName, position: job.index, outputs: files, pages: entry.pages,
                           status: .rendered, errors: [], warnings: entry.warnings, unreadable: false)
    }

    /// What a plan's output is named after: a JSON Lines plan's `id`, else its file (and line).
    private static func nameSource(_ job: BatchJob) -> String {
        guard job.source.line != nil, case .success(let bytes) = job.input else { return job.source.fallbackName }
        return PlanIdentity.id(in: bytes) ?? job.source.fallbackName
    }

    /// Writes a rendered plan under its name and adds it to the merged PDF; builds its record.
    private func finish(_ o: BatchOutcome, merged: PDFFile?, manifest: BatchManifest?, summary: inout BatchSummary) -> BatchRecord {
        var record = BatchRecord(input: o.source.displayName, position: o.index, outputs: [], pages: 0, status: .failed, errors: [], warnings: [], unreadable: false)
        switch o.result {
        case .failure(let error):
            record.errors = error.lines
            if case .inputUnreadable = error { record.unreadable = true; summary.unreadable += 1 }
            summary.failed += 1
        case .success(let doc):
            let name = o.name
            let files = Array(zip(BatchManifest.outputFiles(of: name, count: doc.files.count, format: options.render.format), doc.files))
            do {
                for (file, bytes) in files {
                    try AtomicFile.write(bytes, to: options.outputDirectory + "/" + file)
                    record.outputs.append(file)
                }
                record.status = .rendered
                do { try merged?.add(doc.pages, title: doc.title, language: doc.language) } catch { record.warnings.append("\(o.source.displayName): not added to the merged PDF: \(error)") }
                record.pages = doc.pageCount
                record.warnings = doc.warnings.map(\.line) + record.warnings
                if let manifest, let (input, outputs) = o.digests {
                    let entry = BatchManifest.Entry(name: o.name, position: o.index, input: input,
                                                    outputs: zip(files, outputs).map { .init(file: $0.0.0, size: $0.0.1.count, sha256: $0.1) },
                                                    pages: doc.pageCount, warnings: record.warnings)
                    do { try manifest.append(entry) } catch { record.warnings.append("\(o.source.displayName): not recorded in the manifest (\(error)); a resumed run renders it again") }
                }
                summary.rendered += 1
                summary.pages += doc.pageCount
            } catch {
                // Only writing the files can fail here, and it says which file and why.
                record.errors = error.lines
                if case .outputUnwritable = error { summary.unwritable += 1 }
                summary.failed += 1
            }
        }
        return record
    }

    private func prepareOutputDirectory() throws(RoutinePressError) {
        let dir = options.outputDirectory
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
            if !isDir.boolValue { throw .outputUnwritable(path: dir, reason: "it is a file, not a folder") }
            if access(dir, W_OK) != 0 { throw .outputUnwritable(path: dir, reason: "permission denied") }
            return
        }
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw .outputUnwritable(path: dir, reason: "the folder cannot be created")
        }
    }

    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".part-\(getpid())").path
    }
}
