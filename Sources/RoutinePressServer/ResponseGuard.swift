import Hummingbird
import HTTPTypes
import RoutinePress

/// Every answer, success or failure, leaves through here: failures become JSON with the right
/// status (a path that exists with another method is 405, not 404), and every response gets the
/// security headers, including those made from errors.
struct ResponseGuard<Context: RequestContext>: RouterMiddleware {
    /// The methods of each path the server answers; a path ending in `/` covers one name below it.
    let routes: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = (try? Self.problem(for: error, request: request, routes: routes).response(from: request, context: context))
                ?? Response(status: .internalServerError)
        }
        Self.secure(&response.headers)
        return response
    }

    static func problem(for error: any Error, request: Request, routes: [String: [HTTPRequest.Method]]) -> APIProblem {
        switch error {
        case let p as APIProblem: return p
        case let refusal as RenderPool.Refusal:
            switch refusal {
            case .busy: return APIProblem(.serviceUnavailable, "every renderer is busy; try again in a moment", headers: [.retryAfter: "1"])
            case .timedOut: return APIProblem(.serviceUnavailable, "the render took too long and was abandoned", headers: [.retryAfter: "1"])
            case .stopped: return APIProblem(.serviceUnavailable, "the server is stopping", headers: [.retryAfter: "5"])
            }
        case let e as HTTPError:
            if e.status == .notFound, let allowed = methods(for: request.uri.path, in: routes), !allowed.contains(request.method) {
                return APIProblem(.methodNotAllowed, "\(request.method.rawValue) is not allowed here; use \(allowed.map(\.rawValue).joined(separator: " or "))",
                                  headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")])
            }
            switch e.status {
            case .notFound: return APIProblem(.notFound, "there is nothing at \(request.uri.path.shownInLog)")
            case .contentTooLarge: return APIProblem(.contentTooLarge, "the request body is too large (at most 1 MiB)")
            default: return APIProblem(e.status, e.body ?? e.status.reasonPhrase)
            }
        case let e as any HTTPResponseError:
            // A body past the limit (NIOTooManyBytesError), and Hummingbird's other answers.
            if e.status == .contentTooLarge { return APIProblem(.contentTooLarge, "the request body is too large (at most 1 MiB)") }
            return APIProblem(e.status, e.status.reasonPhrase)
        default:
            return APIProblem(.internalServerError, "internal error")
        }
    }

    static func methods(for path: String, in routes: [String: [HTTPRequest.Method]]) -> [HTTPRequest.Method]? {
        if let m = routes[path] { return m }
        for (prefix, m) in routes where prefix.hasSuffix("/") && prefix.count > 1 && path.hasPrefix(prefix)
            && path.count > prefix.count && !path.dropFirst(prefix.count).contains("/") { return m }
        return nil
    }

    /// The page runs only its own files: no inline script, no other origin, never in a frame.
    static func secure(_ h: inout HTTPFields) {
        h[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        h[.xContentTypeOptions] = "nosniff"
        h[.referrerPolicy] = "no-referrer"
        if h[.cacheControl] == nil { h[.cacheControl] = "no-store" }
    }
}

extension HTTPField.Name {
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
