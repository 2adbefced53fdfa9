import Hummingbird
import HTTPTypes
import NIOCore
import RoutineModel
import RoutinePress

/// An answer that is not a success: its status, one sentence, and the plan's problems with
/// their JSON paths when there are any (the same diagnostics `validate --format json` prints).
struct APIProblem: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var diagnostics: [Diagnostic] = []
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, diagnostics: [Diagnostic] = [], headers: HTTPFields = [:]) {
        self.status = status; self.message = message; self.diagnostics = diagnostics; self.headers = headers
    }

    /// `{"status": 422, "error": "...", "diagnostics": [...]}`.
    var json: String {
        JSONWriter.text(.object([("status", .int(status.code)), ("error", .string(message)), ("diagnostics", .array(DiagnosticJSON.nodes(diagnostics)))]))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var h = headers
        h[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }
}
