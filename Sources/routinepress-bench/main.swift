// Measures in-process rendering: per document, warm, with and without figures.
//   swift run -c release routinepress-bench [--repeat N] [--only with|without] PLAN.json|DIR ...
import Foundation
import RoutinePress

var repeatCount = 20
var only: String?
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let a = arguments.popFirst() {
    if a == "--repeat", let n = arguments.popFirst().flatMap(Int.init) { repeatCount = n }
    else if a == "--only" { only = arguments.popFirst() } // "with" or "without" figures, for profiling one variant
    else { paths.append(a) }
}
var plans: [(String, [UInt8])] = []
for path in paths {
    var isDir: ObjCBool = false
    FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
    let files = isDir.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted().map { path + "/" + $0 }
        : [path]
    for f in files { plans.append((f, Array(FileManager.default.contents(atPath: f) ?? Data()))) }
}
guard !plans.isEmpty else { print("usage: routinepress-bench [--repeat N] PLAN.json|DIR ..."); exit(64) }

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

let setupStart = now()
let engine = try RenderEngine(resources: ResourceLocator.find())
let setup = now() - setupStart

@MainActor func measure(_ options: RenderOptions) throws -> (times: [Double], pages: Int, bytes: Int) {
    var times: [Double] = []
    var pages = 0, bytes = 0
    for (name, plan) in plans { _ = try engine.render(plan, file: name, baseDirectory: nil, options: options) }
    for _ in 0..<repeatCount {
        for (name, plan) in plans {
            let t = now()
            let doc = try engine.render(plan, file: name, baseDirectory: nil, options: options)
            times.append(now() - t)
            pages += doc.pageCount
            bytes += doc.files[0].count
        }
    }
    return (times.sorted(), pages, bytes)
}

@MainActor func row(_ label: String, _ r: (times: [Double], pages: Int, bytes: Int)) -> String {
    let t = r.times
    let median = t[t.count / 2]
    let perPage = t.reduce(0, +) / Double(r.pages)
    return String(format: "| %@ | %.2f / **%.2f** / %.2f | %.2f | %.1f |", label, t.first!, median, t.last!, perPage,
                  Double(r.bytes) / Double(t.count) / 1024)
}

print("engine set-up (fonts, catalog, figures): \(String(format: "%.1f", setup)) ms; \(plans.count) plans × \(repeatCount)")
print("| variant | ms per document (min / median / max) | ms per page (mean) | KiB per PDF |")
print("|---|---|---|---|")
if only == nil || only == "layout" {
    // Decoding, resolving, composing and paginating only: what the PDF writer adds is the rest.
    var times: [Double] = []
    var pages = 0
    for _ in 0..<repeatCount {
        for (name, plan) in plans {
            let t = now()
            let prepared = try engine.prepare(plan, file: name, baseDirectory: nil)
            pages += engine.pages(for: prepared, options: RenderOptions()).count
            times.append(now() - t)
        }
    }
    print(row("layout only", (times.sorted(), pages, 0)))
}
if only == "layout" { exit(0) }
if only != "without" { print(row("with figures", try measure(RenderOptions()))) }
if only != "with" { print(row("without figures", try measure(RenderOptions(figures: false)))) }
