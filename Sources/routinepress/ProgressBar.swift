import Foundation

/// A one-line progress bar on a terminal's stderr: done / total, rate and time left
/// (a count alone when the total is unknown, as with standard input).
struct ProgressBar {
    let enabled: Bool
    let total: Int?
    let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool, total: Int?) { self.enabled = enabled; self.total = total }

    /// Redraws at most ten times a second (always for the last plan).
    mutating func update(done: Int, failed: Int) {
        guard enabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) < 0.1 && done != total { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        var line = ""
        if let total, total > 0 {
            let width = 28
            let filled = min(width, Int(Double(width) * Double(done) / Double(total)))
            let eta = rate > 0 ? Double(total - done) / rate : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
                + "\(done)/\(total)  \(String(format: "%.0f", rate))/s  ETA \(Self.duration(eta))"
        } else {
            line = "\(done) plans  \(String(format: "%.0f", rate))/s"
        }
        if failed > 0 { line += "  \(failed) failed" }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Clears the bar so the next line starts clean.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func duration(_ s: Double) -> String {
        s < 60 ? String(format: "%.0fs", s) : String(format: "%dm%02ds", Int(s) / 60, Int(s) % 60)
    }
}
