// A libFuzzer target over the whole path a plan takes: decode, validate, resolve, lint and
// lay out with the real Pango measurer. Build and run (see docs/DEVELOPING.md):
//   swift build --scratch-path .build-fuzz --product routinepress-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
//   .build-fuzz/debug/routinepress-fuzz -max_total_time=600 fuzz-corpus Examples
// Built without those flags (as `swift build` does), it only says how to build it.
import Foundation
import RoutinePress

nonisolated(unsafe) private var engine: RenderEngine?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if engine == nil {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        engine = try? RenderEngine(resources: ResourceLocator(root: root))
    }
    guard let engine else { fatalError("the fuzz target needs the repository's Layouts and Fonts") }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = engine.validate(bytes, file: "fuzz.json", baseDirectory: nil)
    if let plan = try? engine.prepare(bytes, file: "fuzz.json", baseDirectory: nil) {
        _ = engine.pages(for: plan, options: RenderOptions())
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// The program's entry: hands control to libFuzzer's driver with the target above.
@_cdecl("routinepress_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
#else
print("routinepress-fuzz: build it with -sanitize=fuzzer (see docs/DEVELOPING.md)")
#endif
