import ArgumentParser
import Foundation
import RoutineModel
import RoutinePress

/// `routinepress batch`: many plans in one run, on every core.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render many plans at once: files, folders, JSON Lines, or JSON Lines on standard input.",
        usage: "routinepress batch <input> ... -o <dir> [options]",
        discussion: """
        Inputs: plan files (*.json), folders (their *.json), JSON Lines files (*.jsonl, one plan a \
        line) and - for JSON Lines on standard input. Each plan is written to OUTDIR under its \
        file's name; a JSON Lines plan under its "id", else FILE-LINE. Names are made safe and \
        distinct (a clash gets -2, -3, ...); every file is written to a temporary name and renamed.

        A bad plan does not stop the batch: it is reported on stderr as FILE[:LINE]: json.path: message, \
        every good plan is still rendered, and the exit code is 65 (66 if an input could not be read).

        Shards, for job engines that start N workers at once (Kubernetes Indexed Jobs, Slurm \
        arrays, AWS Batch arrays, GNU parallel): --shard K/N renders only the plans whose \
        position in the input (from 0, folders in name order, JSON Lines by line) leaves K-1 when \
        divided by N; --shard-from-env --shards N takes the 0-based index from \
        JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX. Shards may write \
        into one folder at once; together they write exactly the files of one whole run, with the \
        same names. Each shard writes its own --report; --merge-reports joins them.

        A worker killed or retried goes on where it stopped with --resume: the plans it finished \
        (recorded in OUTDIR/.routinepress) are kept, the rest rendered, and the folder ends as \
        one clean run leaves it. Recipes for Kubernetes, Slurm and GNU parallel: docs/SCALE.md.

        Examples:
          routinepress batch plans/ -o out/
          routinepress batch today.jsonl -o out/ --merge all.pdf --report report.json
          export-plans | routinepress batch - -o out/ --jobs 4
          routinepress batch plans/ -o /shared/out --shard-from-env --shards 8 --report /shared/report-$JOB_COMPLETION_INDEX.json
          routinepress batch --merge-reports /shared/report-*.json --report /shared/report.json
          routinepress batch plans/ -o out/ --resume
        """
    )

    @Argument(help: ArgumentHelp("Plan files, folders, .jsonl files, or - for JSON Lines on standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created, with its parents, if missing).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("Worker threads (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("png writes one image per page.", valueName: "format"))
    var format: RenderOptions.Format = .pdf

    @Option(help: ArgumentHelp("Paper size for every plan, overriding theirs.", valueName: "size"))
    var paper: Paper?

    @Option(help: ArgumentHelp("Resolution of PNG pages.", valueName: "dpi"))
    var dpi: Double = 110

    @Option(help: ArgumentHelp("Also write one PDF holding every rendered plan, in input order.", valueName: "file.pdf"))
    var merge: String?

    @Option(help: ArgumentHelp("Write a JSON report: one record per plan (input, position, output, pages, status, errors); a shard's report also names its shard and the input's plan count.", valueName: "file.json"))
    var report: String?

    @Flag(name: .customLong("no-figures"), help: "Leave the exercise pictures and muscle figures out (a text-only sheet).")
    var noFigures = false

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line.")
    var quiet = false

    @Flag(help: "Print each plan's warnings too (they are always in the report).")
    var warnings = false

    @Option(help: ArgumentHelp("Render only shard K of N (K from 1 to N): the plans at input positions K-1, K-1+N, K-1+2N, ...", valueName: "K/N"))
    var shard: String?

    @Flag(name: .customLong("shard-from-env"), help: "Take the shard from the job engine's 0-based index (JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID, AWS_BATCH_JOB_ARRAY_INDEX); needs --shards.")
    var shardFromEnvironment = false

    @Option(help: ArgumentHelp("How many shards --shard-from-env splits the batch into.", valueName: "n"))
    var shards: Int?

    @Flag(help: "Skip the plans an earlier run into the same folder finished (one killed, or retried by a job engine), as the manifest it kept in DIR/.routinepress records them; a plan whose file or whose settings changed since is rendered again, and what a killed run left half-written is removed.")
    var resume = false

    @Flag(name: .customLong("merge-reports"), help: "Join the shards' reports given as inputs into the one --report names (every plan once, in input order).")
    var mergeReports = false

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func validate() throws {
        if let jobs, !(1...64).contains(jobs) { throw ValidationError("--jobs must be between 1 and 64") }
        if !(20...600).contains(dpi) { throw ValidationError("--dpi must be between 20 and 600") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be given once") }
        if mergeReports {
            if report == nil { throw ValidationError("--merge-reports needs --report FILE.json to write the merged report to") }
            if output != nil || merge != nil || shard != nil || shardFromEnvironment { throw ValidationError("--merge-reports only joins reports: leave out -o, --merge and the shard options") }
            return
        }
        if output == nil { throw ValidationError("missing -o DIR: the folder to write the PDFs into") }
        if shard != nil && shardFromEnvironment { throw ValidationError("give --shard K/N or --shard-from-env, not both") }
        if shardFromEnvironment && shards == nil { throw ValidationError("--shard-from-env needs --shards N, the number of shards the job runs") }
        if shards != nil && !shardFromEnvironment { throw ValidationError("--shards goes with --shard-from-env (or write --shard K/N)") }
        if let shard, case .failure(let e) = BatchShard.parse(shard) { throw ValidationError(e.description) }
        if shardFromEnvironment, let shards, case .failure(let e) = BatchShard.fromEnvironment(ProcessInfo.processInfo.environment, count: shards) {
            throw ValidationError(e.description)
        }
        if resume && merge != nil {
            throw ValidationError("--merge makes one PDF of every plan, and --resume does not render the plans already done: leave --merge out of a resumed run")
        }
        if (shard != nil || shardFromEnvironment) && merge != nil {
            throw ValidationError("--merge makes one PDF of the whole batch and a shard holds only part of it: leave --merge out of a sharded run")
        }
    }

    /// This run's shard, from --shard or the environment.
    func chosenShard() throws -> BatchShard? {
        if let shard { return try BatchShard.parse(shard).get() }
        guard shardFromEnvironment, let shards else { return nil }
        switch BatchShard.fromEnvironment(ProcessInfo.processInfo.environment, count: shards) {
        case .success(let s): return s
        case .failure(let e): throw ValidationError(e.description)
        }
    }

    func run() throws {
        if mergeReports, let report {
            do {
                let outcome = try ReportMerge.merge(inputs, into: report)
                if !quiet { Standard.error("\(report): \(outcome.records) plans from \(inputs.count) reports, \(outcome.failed) failed") }
            } catch { throw ExitCodes.report(error) }
            return
        }
        let shard = try chosenShard()
        guard let output else { return }
        do {
            let locator = try ResourceLocator.find(explicit: common.resources)
            let extra = common.catalog.map { URL(fileURLWithPath: $0) }
            let (layout, fonts) = try look.located(locator)
            let options = BatchOptions(outputDirectory: output, render: RenderOptions(paper: paper, format: format, dpi: dpi, figures: !noFigures),
                                       jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, reportPath: report, mergePath: merge, resources: locator, extraCatalog: extra,
                                       layout: layout, fonts: fonts, shard: shard, resume: resume)
            let renderer = BatchRenderer(options: options)
            let signals = SignalWatch { renderer.cancel() }
            let terminal = isatty(2) == 1 && !quiet
            var bar = ProgressBar(enabled: terminal, total: inputs.contains("-") ? nil : Self.count(inputs).map { shard?.share(of: $0) ?? $0 })
            var warned = 0
            let summary = try renderer.run(inputs) { record, summary in
                if !record.warnings.isEmpty { warned += 1 }
                let lines = record.errors + (warnings ? record.warnings : [])
                if !lines.isEmpty {
                    bar.clear()
                    for line in lines { Standard.error(line) }
                }
                bar.update(done: summary.rendered + summary.failed, failed: summary.failed)
            }
            bar.clear()
            _ = signals
            if !quiet {
                var line = (shard.map { "shard \($0.index + 1)/\($0.count): " } ?? "") + "rendered \(summary.rendered)" + (resume ? " (\(summary.kept) done before)" : "") + ", failed \(summary.failed), pages \(summary.pages), \(String(format: "%.2f", summary.seconds)) s"
                if warned > 0 && !warnings { line += "; \(warned) with warnings (--warnings or --report shows them)" }
                if let merged = summary.mergedPages, let merge { line += "; \(merge): \(merged) pages" }
                if summary.interrupted { line += " (interrupted)" }
                Standard.error(line)
            }
            if summary.interrupted { throw ExitCode(130) }
            if summary.unwritable > 0 { throw ExitCode(ExitCodes.cannotWrite) }
            if summary.unreadable > 0 { throw ExitCode(ExitCodes.inputMissing) }
            if summary.failed > 0 { throw ExitCode(ExitCodes.invalidPlan) }
        } catch { throw ExitCodes.report(error) }
    }

    /// How many plans the inputs hold, counted cheaply (files and folders; JSON Lines by lines), for the progress bar.
    static func count(_ inputs: [String]) -> Int? {
        var n = 0
        for input in inputs {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else { n += 1; continue }
            if isDir.boolValue {
                n += ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }.count
            } else if input.lowercased().hasSuffix(".jsonl") {
                n += countLines(input) ?? 1
            } else { n += 1 }
        }
        return n
    }

    /// The non-blank lines of a file, read in pieces so a large file is never held whole.
    static func countLines(_ path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var n = 0, blank = true
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            for byte in chunk {
                if byte == 0x0A {
                    if !blank { n += 1 }
                    blank = true
                } else if byte != 0x20 && byte != 0x0D && byte != 0x09 { blank = false }
            }
        }
        return blank ? n : n + 1
    }
}
