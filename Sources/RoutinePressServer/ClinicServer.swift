import Foundation
import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import PageGraphics
import RoutineModel
import RoutinePress
import ServiceLifecycle

/// The clinician's page and its JSON API, served by the tool on the clinic's own machine.
///
/// Everything a request needs is made at start: the catalog as JSON, every picture as SVG, the
/// page's files, and one render engine per thread in a pool. A request never reads a file.
public final class ClinicServer: Sendable {
    public let settings: ServerSettings
    let pool: RenderPool
    let assets: PageAssets
    let catalogJSON: [UInt8]
    /// Each catalog exercise's picture as SVG, by id.
    let pictures: [String: [UInt8]]
    /// The clinic's `clinic` object, given to the page to put into every plan.
    let clinicJSON: String
    /// The languages the page offers, with the words it starts a sheet with.
    let languagesJSON: String

    public init(settings: ServerSettings, resources: ResourceLocator, extraCatalog: URL?, layout: URL? = nil, fonts: URL? = nil) throws(ServerStartError) {
        self.settings = settings
        let shared: RenderResources
        let engine: RenderEngine
        do {
            shared = try RenderResources(locator: resources, extraCatalog: extraCatalog, layout: layout, fonts: fonts)
            engine = try RenderEngine(shared: shared)
        } catch { throw .engine(error) }
        var pictures: [String: [UInt8]] = [:]
        for e in engine.catalog.exercises {
            if let (_, drawing) = engine.posePage(e, side: nil, frame: nil, bodyHeight: 100) {
                pictures[e.id] = Array(DrawingSVG.text(drawing, scale: 100).utf8)
            }
        }
        self.pictures = pictures
        let withPictures = pictures
        catalogJSON = Array(CatalogJSON.encode(engine.catalog) { withPictures[$0.id] != nil ? "/api/pictures/\($0.id).svg" : nil }.utf8)
        clinicJSON = try Self.checkedClinic(settings.clinicJSON, engine: engine)
        languagesJSON = PageLanguages.json(shared.languages)
        assets = try PageAssets(folder: resources.root.appendingPathComponent("Web"))
        do {
            pool = try RenderPool(shared: shared, size: settings.renderThreads, queueLimit: settings.renderQueue)
        } catch { throw .engine(error) }
    }

    /// The clinic file's object, checked the way a plan's `clinic` is; "null" without one.
    static func checkedClinic(_ json: String?, engine: RenderEngine) throws(ServerStartError) -> String {
        guard let json else { return "null" }
        let probe = "{\"kind\": \"take-home\", \"title\": \"Clinic check\", \"clinic\": \(json), \"sections\": [{\"title\": \"S\", \"items\": [{\"exercise\": \"\(engine.catalog.exercises.first?.id ?? "calf-stretch")\"}]}]}"
        let problems = engine.validate(Array(probe.utf8), file: nil, baseDirectory: nil, readsFiles: false).filter { $0.severity == .error }
        guard problems.isEmpty else {
            // The places are the probe's, not the clinic file's: only the JSON path is kept.
            throw .clinic(DiagnosticList(problems.map { p in
                var d = p
                d.location = nil; d.file = nil
                if d.code == "logo-path" { d.message = "a logo cannot be named by path for the page"; d.hint = "leave it out, and upload the logo on the page" }
                return d
            }))
        }
        return json
    }

    /// The routes, their middleware and the handlers, for the server and for in-process tests.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLog())
        router.add(middleware: ResponseGuard(routes: APIRoutes.methods))
        APIRoutes(server: self).add(to: router)
        return router
    }

    /// The application on the configured address; `onRunning` is told once it listens.
    public func application(onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "RoutinePress"),
                    onServerRunning: { _ in await onRunning() })
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests and renders in flight.
    public func run(onRunning: @escaping @Sendable () async -> Void = {}) async throws {
        let app = application(onRunning: onRunning)
        // Services stop in reverse order: the server drains its requests first, then the pool.
        let group = ServiceGroup(configuration: .init(services: [PoolService(pool: pool), app], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: Logger(label: "routinepress")))
        try await group.run()
    }

    /// Stops the pool: the threads finish what they hold, then end.
    public func shutdown() { pool.shutdown() }
}

/// Shuts the render pool down once the server has stopped taking requests.
struct PoolService: Service {
    let pool: RenderPool
    func run() async throws {
        try? await gracefulShutdown()
        pool.shutdown()
    }
}
