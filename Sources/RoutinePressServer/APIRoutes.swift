import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import RoutineModel
import RoutinePress

/// The handlers of the page and the API (`docs/openapi.yaml` describes them).
public struct APIRoutes: Sendable {
    let server: ClinicServer

    /// Every path and its methods: what is not here is 404, a listed path with another method 405.
    public static let methods: [String: [HTTPRequest.Method]] = [
        "/": [.get], "/app.css": [.get], "/app.js": [.get], "/healthz": [.get],
        "/api/catalog": [.get], "/api/clinic": [.get], "/api/languages": [.get], "/api/pictures/": [.get],
        "/api/validate": [.post], "/api/render": [.post], "/api/race-week": [.post], "/api/logo": [.post],
    ]

    func add(to router: Router<BasicRequestContext>) {
        for (path, asset) in server.assets.files {
            router.get(RouterPath(path)) { _, _ in Self.bytes(asset.bytes, type: asset.contentType, cache: "no-cache") }
        }
        router.get("/healthz") { _, _ in
            let load = server.pool.load
            return Self.json(JSONWriter.text(.object([("status", .string("ok")), ("renders", .object([
                ("running", .int(load.running)), ("waiting", .int(load.waiting)), ("threads", .int(server.pool.size)),
            ]))])))
        }
        router.get("/api/catalog") { _, _ in Self.bytes(server.catalogJSON, type: "application/json; charset=utf-8", cache: "no-cache") }
        router.get("/api/clinic") { _, _ in Self.json("{\"clinic\": \(server.clinicJSON)}\n") }
        router.get("/api/languages") { _, _ in Self.json(server.languagesJSON) }
        router.get("/api/pictures/:file") { _, context in
            let file = context.parameters.get("file") ?? ""
            guard file.hasSuffix(".svg"), let svg = server.pictures[String(file.dropLast(4))] else {
                throw APIProblem(.notFound, "no picture is called \(file.shownInLog)")
            }
            return Self.bytes(svg, type: "image/svg+xml", cache: "max-age=3600")
        }
        router.post("/api/validate") { request, context in
            let body = try await Self.jsonBody(request, limit: server.settings.bodyLimit)
            let diagnostics = try await server.pool.run(timeout: server.settings.renderTimeout) { engine in
                engine.validate(body, file: nil, baseDirectory: nil, readsFiles: false)
            }
            let ok = !diagnostics.contains { $0.severity == .error }
            return Self.json(JSONWriter.text(.object([("valid", .bool(ok)), ("diagnostics", .array(DiagnosticJSON.nodes(diagnostics)))])))
        }
        router.post("/api/render") { request, context in
            let body = try await Self.jsonBody(request, limit: server.settings.bodyLimit)
            let query = request.uri.queryParameters
            let format = query["format"].map(String.init) ?? "pdf"
            let paper = try query["paper"].map { p throws(APIProblem) -> Paper in
                guard let paper = Paper(rawValue: String(p)) else { throw APIProblem(.badRequest, "paper must be letter, a4 or a5") }
                return paper
            }
            switch format {
            case "pdf":
                let document = try await server.pool.run(timeout: server.settings.renderTimeout) { engine in
                    try Self.answer { () throws(RoutinePressError) in try engine.render(body, file: nil, baseDirectory: nil, options: RenderOptions(paper: paper, readsFiles: false)) }
                }
                var response = Self.bytes(document.files[0], type: "application/pdf", cache: "no-store")
                response.headers[.pageCount] = String(document.pageCount)
                response.headers[.contentDisposition] = "inline; filename=\"plan.pdf\""
                return response
            case "png":
                let page = try query["page"].map { p throws(APIProblem) -> Int in
                    guard let n = Int(p), (1...500).contains(n) else { throw APIProblem(.badRequest, "page must be a page number from 1") }
                    return n
                } ?? 1
                let dpi = try query["dpi"].map { d throws(APIProblem) -> Double in
                    guard let n = Double(d), (20...300).contains(n) else { throw APIProblem(.badRequest, "dpi must be from 20 to 300") }
                    return n
                } ?? 96
                let preview = try await server.pool.run(timeout: server.settings.renderTimeout) { engine in
                    try Self.answer { () throws(RoutinePressError) in try engine.previewPage(body, page: page, dpi: dpi, paper: paper, readsFiles: false) }
                }
                var response = Self.bytes(preview.png, type: "image/png", cache: "no-store")
                response.headers[.pageCount] = String(preview.pageCount)
                return response
            default:
                throw APIProblem(.badRequest, "format must be pdf or png")
            }
        }
        router.post("/api/logo") { request, context in
            let type = request.headers[.contentType]?.lowercased() ?? ""
            guard type == "image/png" else { throw APIProblem(.unsupportedMediaType, "send the logo as a PNG file, with Content-Type: image/png") }
            var request = request
            let png = Array(try await request.collectBody(upTo: Logo.maximumBytes).readableBytesView)
            let logo = try await server.pool.run(timeout: server.settings.renderTimeout) { engine in
                do throws(RoutinePressError) { return try engine.logoDataURL(png) } catch {
                    guard case .invalidPlan(let list) = error, let first = list.diagnostics.first else { throw APIProblem(.internalServerError, error.lines.joined(separator: "; ")) }
                    throw APIProblem(.unprocessableContent, first.message, diagnostics: list.diagnostics)
                }
            }
            // It travels inside every plan the page sends, which must stay under the body limit.
            if logo.dataURL.utf8.count > server.settings.bodyLimit / 2 {
                throw APIProblem(.unprocessableContent, "the logo is too detailed to send with every plan (\(logo.dataURL.utf8.count / 1024) KB at print size)",
                                 diagnostics: [Diagnostic(code: "logo-too-detailed", at: .root, nil, "the logo is too detailed to send with every plan",
                                                          hint: "use a simpler image: flat colours, no photograph")])
            }
            return Self.json(JSONWriter.text(.object([("logo", .string(logo.dataURL)), ("width", .int(logo.width)), ("height", .int(logo.height))])))
        }
        router.post("/api/race-week") { request, context in
            let body = try await Self.jsonBody(request, limit: server.settings.bodyLimit)
            let ask = try RaceWeekRequest(body)
            let plan = try await server.pool.run(timeout: server.settings.renderTimeout) { engine in
                try Self.answer { () throws(RoutinePressError) in try ask.plan(engine: engine) }
            }
            return Self.json(plan)
        }
    }

    /// Runs engine work, turning its errors into answers: a plan's problems are 422 (400 when
    /// the body is not JSON at all), the tool's own failures 500.
    static func answer<T>(_ work: () throws(RoutinePressError) -> T) throws(APIProblem) -> T {
        do { return try work() } catch {
            switch error {
            case .invalidPlan(let list):
                let syntax = list.diagnostics.contains { $0.code == "json-syntax" }
                throw APIProblem(syntax ? .badRequest : .unprocessableContent, syntax ? "the body is not valid JSON" : "the plan has errors", diagnostics: list.diagnostics)
            case .inputUnreadable, .outputUnwritable, .reportsDisagree, .resourcesMissing, .brokenResources, .brokenFigures, .font, .render:
                throw APIProblem(.internalServerError, error.lines.joined(separator: "; "))
            }
        }
    }

    /// The request's body, which must say it is JSON and be at most `limit` bytes.
    static func jsonBody(_ request: Request, limit: Int) async throws -> [UInt8] {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type == "application/json" || type.hasPrefix("application/json;") else {
            throw APIProblem(.unsupportedMediaType, "send the plan as JSON, with Content-Type: application/json")
        }
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        return Array(buffer.readableBytesView)
    }

    static func bytes(_ b: [UInt8], type: String, cache: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: cache], body: ResponseBody(byteBuffer: ByteBuffer(bytes: b)))
    }

    static func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

extension HTTPField.Name {
    /// How many pages the plan has, beside a PDF or a page's PNG.
    static let pageCount = HTTPField.Name("X-Page-Count")!
}
