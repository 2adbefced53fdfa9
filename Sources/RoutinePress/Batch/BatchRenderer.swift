import Foundation
import PageGraphics

/// Renders many plans on several threads, streaming: plans are read as workers need them, results
/// are written in input order, and a bad plan is reported without stopping the others.
public final class BatchRenderer: @unchecked Sendable {
    public let options: BatchOptions
    private let cancelFlag = CancelFlag()
    private let jobs: Channel<BatchJob>

    /// A renderer for one run.
    public init(options: BatchOptions) {
        self.options = options
        jobs = Channel<BatchJob>(capacity: options.jobs * 2)
    }

    /// Stops handing out plans; those being rendered finish and are written. Safe from any thread.
    public func cancel() {
        cancelFlag.set()
        jobs.close(dropPending: true)
    }

    private enum Message: Sendable {
        case outcome(BatchOutcome)
        case inputsDone(count: Int)
        case workerFailed(RoutinePressError)
        case workerDone
    }

    /// Renders every plan of `inputs`; `onRecord` sees each plan's record in input order.
    public func run(_ inputs: [String], onRecord: (BatchRecord, BatchSummary) -> Void) throws(RoutinePressError) -> BatchSummary {
        let started = Date()
        try prepareOutputDirectory()
        var merged: PDFFile?
        if let mergePath = options.mergePath {
            let engine = try RenderEngine(resources: options.resources, extraCatalog: options.extraCatalog)
            merged = try engine.mergedPDF(at: Self.temporaryPath(for: mergePath), title: "Plans", date: options.render.creationDate)
        }
        let report: ReportFile?
        do { report = try options.reportPath.map { path throws(RoutinePressError) in try ReportFile(path: path) } } catch {
            if let mergePath = options.mergePath { unlink(Self.temporaryPath(for: mergePath)) }
            throw error
        }
        let jobs = self.jobs
        let messages = Channel<Message>(capacity: Int.max)
        let producer = Thread { [cancelFlag] in
            let inputs = BatchInputs(inputs)
            var count = 0
            while !cancelFlag.isSet, let job = inputs.next() {
                guard jobs.push(job) else { break }
                count += 1
            }
            jobs.close()
            messages.push(.inputsDone(count: count))
        }
        producer.start()
        let options = self.options
        for _ in 0..<options.jobs {
            Thread {
                Self.work(jobs: jobs, messages: messages, options: options)
            }.start()
        }

        var summary = BatchSummary()
        var names = OutputNames()
        var waiting: [Int: BatchOutcome] = [:]
        var next = 0
        var total: Int?
        var workersLeft = options.jobs
        var fatal: RoutinePressError?
        while total == nil || next < total! {
            // Once cancelled and every worker is done, nothing more will come (the producer may still wait on stdin).
            if workersLeft == 0 && (total != nil || cancelFlag.isSet) && waiting[next] == nil { break }
            guard let message = messages.pop() else { break }
            switch message {
            case .inputsDone(let count): total = count
            case .workerFailed(let error): fatal = error; cancel()
            case .workerDone: workersLeft -= 1
            case .outcome(let o): waiting[o.index] = o
            }
            while let o = waiting.removeValue(forKey: next) {
                let record = finish(o, names: &names, merged: merged, summary: &summary)
                report?.append(record)
                summary.seconds = Date().timeIntervalSince(started)
                onRecord(record, summary)
                next += 1
            }
        }
        if let fatal {
            report?.discard()
            if let mergePath = options.mergePath { unlink(Self.temporaryPath(for: mergePath)) }
            throw fatal
        }
        summary.interrupted = cancelFlag.isSet
        summary.seconds = Date().timeIntervalSince(started)
        do { try report?.finish() } catch {
            if let mergePath = options.mergePath { unlink(Self.temporaryPath(for: mergePath)) }
            throw error
        }
        if let merged, let mergePath = options.mergePath {
            if merged.pageCount > 0 {
                do { try merged.finish() } catch { throw .render(error.message) }
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

    /// One worker: its own engine (fonts, figures, caches), rendering until the jobs run out.
    private static func work(jobs: Channel<BatchJob>, messages: Channel<Message>, options: BatchOptions) {
        let engine: RenderEngine
        do { engine = try RenderEngine(resources: options.resources, extraCatalog: options.extraCatalog) } catch {
            messages.push(.workerFailed(error))
            messages.push(.workerDone)
            return
        }
        while let job = jobs.pop() {
            let result: Result<RenderedDocument, RoutinePressError>
            switch job.input {
            case .failure(let e): result = .failure(e)
            case .success(let bytes):
                do {
                    result = .success(try engine.render(bytes, file: job.source.displayName, baseDirectory: job.source.baseDirectory,
                                                        options: options.render, keepPages: options.mergePath != nil))
                } catch {
                    // Library failures name the plan they happened in.
                    if case .render(let message) = error { result = .failure(.render("\(job.source.displayName): \(message)")) } else { result = .failure(error) }
                }
            }
            messages.push(.outcome(BatchOutcome(index: job.index, source: job.source, result: result)))
        }
        messages.push(.workerDone)
    }

    /// Writes a rendered plan under its name and adds it to the merged PDF; builds its record.
    private func finish(_ o: BatchOutcome, names: inout OutputNames, merged: PDFFile?, summary: inout BatchSummary) -> BatchRecord {
        var record = BatchRecord(input: o.source.displayName, outputs: [], pages: 0, status: .failed, errors: [], warnings: [], unreadable: false)
        switch o.result {
        case .failure(let error):
            record.errors = error.lines
            if case .inputUnreadable = error { record.unreadable = true; summary.unreadable += 1 }
            summary.failed += 1
        case .success(let doc):
            let name = names.claim(o.source.line == nil ? o.source.fallbackName : (doc.planID ?? o.source.fallbackName))
            let files: [(String, [UInt8])] = options.render.format == .pdf
                ? [(name + ".pdf", doc.files[0])]
                : doc.files.enumerated().map { ("\(name)-\($0.offset + 1).png", $0.element) }
            do {
                for (file, bytes) in files {
                    try AtomicFile.write(bytes, to: options.outputDirectory + "/" + file)
                    record.outputs.append(file)
                }
                record.status = .rendered
                do { try merged?.add(doc.pages) } catch { record.warnings.append("\(o.source.displayName): not added to the merged PDF: \(error.message)") }
                record.pages = doc.pageCount
                record.warnings = doc.warnings.map(\.line) + record.warnings
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
