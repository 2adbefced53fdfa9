import Foundation
import Hummingbird

/// One line per request on standard error: time, method, path, status, bytes and milliseconds.
/// Never the query, the body or a header: nothing a clinician sends reaches the log.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let ms = (ContinuousClock.now - start).components
        let millis = Double(ms.seconds) * 1000 + Double(ms.attoseconds) / 1e15
        let bytes = response.body.contentLength.map(String.init) ?? "-"
        let line = "\(Date().formatted(.iso8601)) \(request.method.rawValue) \(request.uri.path.shownInLog) \(response.status.code) \(bytes) \(String(format: "%.1f", millis)) ms\n"
        FileHandle.standardError.write(Data(line.utf8))
        return response
    }
}

extension String {
    /// The text cut short, with anything unprintable escaped, so a hostile path cannot forge log
    /// lines or messages.
    var shownInLog: String {
        var out = ""
        for scalar in unicodeScalars.prefix(120) {
            if scalar.value >= 0x21 && scalar.value < 0x7F { out.unicodeScalars.append(scalar) } else { out += "%" + String(scalar.value, radix: 16, uppercase: true) }
        }
        return unicodeScalars.count > 120 ? out + "..." : out
    }
}
