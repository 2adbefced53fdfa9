import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import RoutinePress
import RoutinePressServer
import Testing

/// Every route of `routinepress serve`, in process: what a browser or a program gets back, and
/// the status and JSON error of each thing that can go wrong.
@Suite struct ServerRouteTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = try! String(contentsOf: root.appendingPathComponent("Examples/take-home.json"), encoding: .utf8)
    static let json: HTTPFields = [.contentType: "application/json"]

    static func server(_ change: (inout ServerSettings) -> Void = { _ in }) throws -> ClinicServer {
        var settings = ServerSettings()
        change(&settings)
        return try ClinicServer(settings: settings, resources: ResourceLocator(root: root), extraCatalog: nil)
    }

    static func app(_ server: ClinicServer) -> some ApplicationProtocol { Application(router: server.router()) }

    static func object(_ r: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any])
    }

    static func plan(_ items: String) -> ByteBuffer {
        ByteBuffer(string: #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [\#(items)]}]}"#)
    }

    @Test func thePageAndItsFilesComeWithTheSecurityHeaders() async throws {
        let server = try Self.server()
        try await Self.app(server).test(.router) { client in
            for (path, type) in [("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css")] {
                try await client.execute(uri: path, method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.headers[.contentType]?.hasPrefix(type) == true)
                    #expect(r.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                    #expect(r.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                    #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                }
            }
            try await client.execute(uri: "/", method: .get) { r in
                let html = String(buffer: r.body)
                #expect(html.contains("<script src=\"/app.js\""))
                #expect(!html.contains("<script>"), "no inline script")
                #expect(!html.contains("http://") && !html.contains("https://"), "nothing from another origin")
            }
        }
        server.shutdown()
    }

    @Test func healthCatalogAndPictures() async throws {
        let server = try Self.server()
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { r in
                #expect(r.status == .ok)
                let o = try Self.object(r)
                #expect(o["status"] as? String == "ok")
            }
            try await client.execute(uri: "/api/catalog", method: .get) { r in
                let exercises = try #require(try Self.object(r)["exercises"] as? [[String: Any]])
                #expect(exercises.count >= 22)
                let calf = try #require(exercises.first { $0["id"] as? String == "calf-stretch" })
                #expect(calf["picture"] as? String == "/api/pictures/calf-stretch.svg")
                #expect((calf["dose"] as? [String: Any])?["hold"] != nil)
            }
            try await client.execute(uri: "/api/languages", method: .get) { r in
                let languages = try #require(try Self.object(r)["languages"] as? [[String: Any]])
                #expect(languages.compactMap { $0["code"] as? String } == ["en", "es"])
                let spanish = try #require(languages.last?["sheet"] as? [String: Any])
                #expect(spanish["title"] as? String == "Rutina de recuperación")
                let rolling = (spanish["groups"] as? [String: [String: Any]])?["foam-rolling"]
                #expect(rolling?["title"] as? String == "Rodillo de espuma" && rolling?["when"] as? String == "Antes o después de correr")
                #expect(languages.last?["name"] as? String == "Español" && languages.last?["raceWeek"] as? Bool == true)
            }
            try await client.execute(uri: "/api/pictures/calf-stretch.svg", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "image/svg+xml")
                #expect(String(buffer: r.body).contains("<svg"))
            }
            try await client.execute(uri: "/api/pictures/../../etc/passwd", method: .get) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/api/pictures/nothing.svg", method: .get) { r in
                #expect(r.status == .notFound)
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
        server.shutdown()
    }

    @Test func validateWarnsBesideTheItem() async throws {
        let server = try Self.server()
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.json, body: Self.plan(#"{"exercise": "calf-stretch", "hold": 90}"#)) { r in
                #expect(r.status == .ok)
                let o = try Self.object(r)
                #expect(o["valid"] as? Bool == true)
                let d = try #require((o["diagnostics"] as? [[String: Any]])?.first)
                #expect(d["path"] as? String == "sections[0].items[0].hold")
                #expect(d["severity"] as? String == "warning")
                #expect((d["message"] as? String)?.contains("90 s hold") == true)
            }
        }
        server.shutdown()
    }

    @Test func renderGivesThePDFOrOnePageAsPNG() async throws {
        let server = try Self.server()
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/api/render", method: .post, headers: Self.json, body: ByteBuffer(string: Self.example)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/pdf")
                #expect(String(buffer: r.body).hasPrefix("%PDF-"))
                #expect(r.headers[HTTPField.Name("X-Page-Count")!] == "3")
            }
            try await client.execute(uri: "/api/render?format=png&page=2&dpi=40", method: .post, headers: Self.json, body: ByteBuffer(string: Self.example)) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "image/png")
                #expect(Array(r.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                #expect(r.headers[HTTPField.Name("X-Page-Count")!] == "3")
            }
            try await client.execute(uri: "/api/render?format=gif", method: .post, headers: Self.json, body: ByteBuffer(string: Self.example)) { r in
                #expect(r.status == .badRequest)
            }
            try await client.execute(uri: "/api/render?format=png&page=0", method: .post, headers: Self.json, body: ByteBuffer(string: Self.example)) { r in
                #expect(r.status == .badRequest)
            }
        }
        server.shutdown()
    }

    @Test func raceWeekMakesAPlanOrSaysWhatIsWrong() async throws {
        let server = try Self.server()
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/api/race-week", method: .post, headers: Self.json,
                                     body: ByteBuffer(string: #"{"race": {"date": "2026-12-06", "distance": "half"}, "runner": "Jordan Lee", "days": 5}"#)) { r in
                #expect(r.status == .ok)
                let o = try Self.object(r)
                #expect(o["kind"] as? String == "race-week")
                #expect((o["days"] as? [Any])?.count == 5)
            }
            try await client.execute(uri: "/api/race-week", method: .post, headers: Self.json,
                                     body: ByteBuffer(string: #"{"race": {"date": "soon", "distance": "ultra"}, "pace": 5}"#)) { r in
                #expect(r.status == .unprocessableContent)
                let paths = try #require(try Self.object(r)["diagnostics"] as? [[String: Any]]).compactMap { $0["path"] as? String }
                #expect(paths == ["pace", "race.date", "race.distance"])
            }
            // In Spanish, and in a language the server has no words for.
            try await client.execute(uri: "/api/race-week", method: .post, headers: Self.json,
                                     body: ByteBuffer(string: #"{"race": {"date": "2026-12-06", "distance": "half"}, "language": "es"}"#)) { r in
                #expect(r.status == .ok)
                let o = try Self.object(r)
                #expect(o["language"] as? String == "es")
                #expect((o["routines"] as? [String: [String: Any]])?.values.contains { $0["title"] as? String == "Antes de correr" } == true)
            }
            try await client.execute(uri: "/api/race-week", method: .post, headers: Self.json,
                                     body: ByteBuffer(string: #"{"race": {"date": "2026-12-06", "distance": "half"}, "language": "xx"}"#)) { r in
                #expect(r.status == .unprocessableContent)
                let d = try #require((try Self.object(r)["diagnostics"] as? [[String: Any]])?.first)
                #expect(d["path"] as? String == "language" && (d["message"] as? String)?.contains("no race week can be written in \"xx\"") == true)
            }
            // A control character in a name would make a plan that no longer reads back (found by the API fuzzer).
            try await client.execute(uri: "/api/race-week", method: .post, headers: Self.json,
                                     body: ByteBuffer(string: #"{"race": {"date": "2026-12-06", "distance": "half", "name": "City\u0088Half"}}"#)) { r in
                #expect(r.status == .unprocessableContent)
                let d = try #require((try Self.object(r)["diagnostics"] as? [[String: Any]])?.first)
                #expect(d["path"] as? String == "race.name" && d["message"] as? String == "the text contains the control character U+0088")
            }
        }
        server.shutdown()
    }

    @Test func everyFailureHasItsStatusAndAJSONError() async throws {
        let server = try Self.server()
        try await Self.app(server).test(.router) { client in
            // 400: not JSON at all, with the place
            try await client.execute(uri: "/api/render", method: .post, headers: Self.json, body: ByteBuffer(string: #"{"kind": "#)) { r in
                #expect(r.status == .badRequest)
                let o = try Self.object(r)
                #expect(o["diagnostics"] as? [[String: Any]] != nil)
            }
            // 404 and 405 (with Allow)
            try await client.execute(uri: "/nothing-here", method: .get) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/api/render", method: .get) { r in
                #expect(r.status == .methodNotAllowed)
                #expect(r.headers[.allow] == "POST")
            }
            try await client.execute(uri: "/api/catalog", method: .delete) { r in #expect(r.status == .methodNotAllowed) }
            // 413: more than 1 MiB
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.json, body: ByteBuffer(string: String(repeating: " ", count: (1 << 20) + 1))) { r in
                #expect(r.status == .contentTooLarge)
                #expect(r.headers[.contentSecurityPolicy] != nil, "errors carry the security headers too")
            }
            // 415: not said to be JSON
            try await client.execute(uri: "/api/render", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: Self.example)) { r in
                #expect(r.status == .unsupportedMediaType)
            }
            // 422: the plan's problems, with path and hint
            try await client.execute(uri: "/api/render", method: .post, headers: Self.json, body: Self.plan(#"{"exercise": "calf-strech"}"#)) { r in
                #expect(r.status == .unprocessableContent)
                let d = try #require((try Self.object(r)["diagnostics"] as? [[String: Any]])?.first)
                #expect(d["path"] as? String == "sections[0].items[0].exercise")
                #expect(d["hint"] as? String == "did you mean \"calf-stretch\"?")
            }
            // 422: a plan may not name a file on the server's disk
            try await client.execute(uri: "/api/render", method: .post, headers: Self.json,
                                     body: ByteBuffer(string: #"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "/etc/shadow"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#)) { r in
                #expect(r.status == .unprocessableContent)
                let o = try Self.object(r)
                #expect((o["diagnostics"] as? [[String: Any]])?.first?["path"] as? String == "clinic.logo")
            }
        }
        server.shutdown()
    }

    /// A real PNG: page 1 of the example at 300 dpi (2550 × 3300 pixels).
    static func largePNG() throws -> [UInt8] {
        let engine = try RenderEngine(resources: ResourceLocator(root: root))
        return try engine.render(Array(example.utf8), file: nil, baseDirectory: nil, options: RenderOptions(format: .png, dpi: 300)).files[0]
    }

    @Test func anUploadedLogoComesBackScaledAndPrintsOnTheSheet() async throws {
        let server = try Self.server()
        let png = try Self.largePNG()
        try await Self.app(server).test(.router) { client in
            var dataURL = ""
            try await client.execute(uri: "/api/logo", method: .post, headers: [.contentType: "image/png"], body: ByteBuffer(bytes: png)) { r in
                #expect(r.status == .ok)
                let o = try Self.object(r)
                dataURL = o["logo"] as? String ?? ""
                // The box is 150 × 46 pt: at 300 dpi at most 625 × 192 pixels; a page is taller than wide.
                #expect(o["height"] as? Int == 192 && (o["width"] as? Int).map { abs($0 - 148) <= 1 } == true, "\(o["width"] ?? "-") × \(o["height"] ?? "-")")
            }
            #expect(dataURL.hasPrefix("data:image/png;base64,"))
            #expect(dataURL.count < png.count / 4, "the logo travels at print size, not as uploaded")
            let plan = #"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "\#(dataURL)"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
            try await client.execute(uri: "/api/render", method: .post, headers: Self.json, body: ByteBuffer(string: plan)) { r in
                #expect(r.status == .ok)
                let pdf = String(decoding: r.body.readableBytesView, as: UTF8.self)
                #expect(pdf.contains("/Subtype /Image /Width 148") || pdf.contains("/Subtype /Image /Width 149"), "the logo is in the PDF at print size")
            }
        }
        server.shutdown()
    }

    @Test func aLogoThatCannotBeUsedIsRefusedWithItsReason() async throws {
        let server = try Self.server()
        // A PNG header claiming 12000 × 12000 pixels: a few bytes that would decode to 576 MB.
        let huge: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
            + Array("IHDR".utf8) + [0, 0, 0x2E, 0xE0, 0, 0, 0x2E, 0xE0, 8, 0, 0, 0, 0, 0, 0, 0, 0]
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/api/logo", method: .post, headers: [.contentType: "image/png"], body: ByteBuffer(bytes: huge)) { r in
                #expect(r.status == .unprocessableContent)
                let o = try Self.object(r)
                #expect(o["error"] as? String == "the logo is 12000 × 12000 pixels (144 megapixels); at most 25 megapixels are accepted")
            }
            try await client.execute(uri: "/api/logo", method: .post, headers: [.contentType: "image/png"], body: ByteBuffer(string: "GIF89a, not a PNG")) { r in
                #expect(r.status == .unprocessableContent)
                let o = try Self.object(r)
                #expect(o["error"] as? String == "the file is not a PNG image")
            }
            try await client.execute(uri: "/api/logo", method: .post, headers: [.contentType: "image/jpeg"], body: ByteBuffer(string: "JFIF")) { r in
                #expect(r.status == .unsupportedMediaType)
            }
            try await client.execute(uri: "/api/logo", method: .post, headers: [.contentType: "image/png"],
                                     body: ByteBuffer(bytes: [UInt8](repeating: 0, count: 5 * 1024 * 1024 + 1))) { r in
                #expect(r.status == .contentTooLarge)
            }
        }
        server.shutdown()
    }

    @Test func aPlanSentToTheServerCannotNameAFileOnItsDisk() async throws {
        let server = try Self.server()
        // An existing file, so only the rule (never the file's absence) can refuse it.
        let existing = Self.root.appendingPathComponent("Package.swift").path
        let body = #"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "\#(existing)"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        try await Self.app(server).test(.router) { client in
            for uri in ["/api/render", "/api/render?format=png"] {
                try await client.execute(uri: uri, method: .post, headers: Self.json, body: ByteBuffer(string: body)) { r in
                    #expect(r.status == .unprocessableContent, "\(uri)")
                    let d = try #require((try Self.object(r))["diagnostics"] as? [[String: Any]])
                    #expect(d.map { $0["code"] as? String } == ["logo-path"])
                    #expect(d.first?["path"] as? String == "clinic.logo")
                    #expect(d.first?["message"] as? String == "the server does not read files named in a plan")
                }
            }
            try await client.execute(uri: "/api/validate", method: .post, headers: Self.json, body: ByteBuffer(string: body)) { r in
                #expect(r.status == .ok)
                let o = try Self.object(r)
                #expect(o["valid"] as? Bool == false)
                #expect((o["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }.contains("logo-path") == true)
            }
        }
        server.shutdown()
    }

    @Test func aRenderOverItsTimeIs503AndTheServerGoesOn() async throws {
        let server = try Self.server { $0.renderTimeout = .milliseconds(1); $0.renderThreads = 1 }
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/api/render", method: .post, headers: Self.json, body: ByteBuffer(string: Self.example)) { r in
                #expect(r.status == .serviceUnavailable)
                #expect(r.headers[.retryAfter] == "1")
            }
            try await client.execute(uri: "/healthz", method: .get) { r in #expect(r.status == .ok) }
        }
        server.shutdown()
    }
}

/// `docs/openapi.yaml` names exactly the routes the server answers, with their methods.
@Test func theOpenAPIDocumentDescribesEveryRoute() throws {
    let text = try String(contentsOf: ServerRouteTests.root.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
    var documented: [String: Set<String>] = [:]
    var path: String?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("  /"), line.hasSuffix(":") {
            // /api/pictures/{file} is the route /api/pictures/ and one name below it
            path = String(line.dropFirst(2).dropLast()).replacingOccurrences(of: "{file}", with: "")
            documented[path!] = []
        } else if let p = path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
            documented[p]!.insert(line.trimmingCharacters(in: .whitespaces).dropLast().uppercased())
        } else if !line.hasPrefix(" ") && !line.isEmpty {
            path = nil
        }
    }
    documented["/"] = ["GET"]; documented["/app.js"] = ["GET"]; documented["/app.css"] = ["GET"]  // the page's own files
    let served = APIRoutes.methods.mapValues { Set($0.map(\.rawValue)) }
    #expect(documented == served)
}
