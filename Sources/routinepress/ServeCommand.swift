import ArgumentParser
import Foundation
import RoutinePress
import RoutinePressServer

/// `routinepress serve`: the clinician's page on this machine.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the clinician's page: build a sheet in the browser, see it, print it.",
        usage: "routinepress serve [--host <address>] [--port <n>] [options]",
        discussion: """
        Open the address it prints. Search the catalog, add exercises, set each dose, and the \
        preview follows as you type; Print or Download PDF when it looks right. Save plan keeps the \
        plan as JSON, and Open plan fills the page from one. Nothing is sent anywhere else: the page, \
        its pictures and the sheets all come from this program, and nothing a clinician types is \
        written to disk or to the log.

          routinepress serve
          routinepress serve --clinic clinic.json --catalog ours.json --port 8090

        It listens on this machine only (127.0.0.1) unless --host names another address. Ctrl-C or \
        SIGTERM stops it once the sheets being made are done. The JSON API the page uses is \
        described in docs/openapi.yaml.
        """
    )

    @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 opens it to the network.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on.", valueName: "n"))
    var port = 8080

    @Option(help: ArgumentHelp("The clinic printed on every sheet: a JSON object like a plan's \"clinic\" (name, address, phone, email, website).", valueName: "file"))
    var clinic: String?

    @OptionGroup var common: CommonOptions

    @OptionGroup(title: "A clinic's look") var look: LookOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
        guard !host.isEmpty, host.count < 256 else { throw ValidationError("--host must be an address such as 127.0.0.1") }
    }

    func run() throws {
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        if let clinic {
            guard let data = FileManager.default.contents(atPath: clinic) else { throw ExitCodes.report(RoutinePressError.inputUnreadable(file: clinic, reason: "no such file")) }
            settings.clinicJSON = String(decoding: data, as: UTF8.self)
        }
        let server: ClinicServer
        do {
            let (locator, extra) = try common.located()
            let (layout, fonts) = try look.located(locator)
            server = try ClinicServer(settings: settings, resources: locator, extraCatalog: extra, layout: layout, fonts: fonts)
        } catch let e as ServerStartError {
            switch e {
            case .clinic(let list):
                for d in list.diagnostics { var d = d; d.file = clinic; Standard.error(d.line) }
                throw ExitCode(ExitCodes.invalidPlan)
            case .engine(let error):
                throw ExitCodes.exitCode(error)
            case .pageFileMissing:
                Standard.error("routinepress: \(e.message)")
                throw ExitCode(ExitCodes.internalError)
            }
        } catch { throw ExitCodes.report(error) }

        if !settings.isLoopback {
            Standard.error("routinepress: listening on \(host), so other machines on the network can reach this page")
        }
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        let url = settings.url
        Task {
            do {
                try await server.run { Standard.error("RoutinePress is serving the clinician's page at \(url) (Ctrl-C stops it)") }
            } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            server.shutdown()
            Standard.error("routinepress: cannot serve on \(host):\(port): \(Self.describe(error))")
            throw ExitCode(ExitCodes.cannotServe)
        }
        Standard.error("routinepress: stopped")
    }

    static func describe(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("errno: 98") || text.contains("Address already in use") { return "the port is already in use (try --port)" }
        if text.contains("errno: 99") || text.contains("Cannot assign requested address") { return "the address is not one of this machine's" }
        return text
    }
}

/// The server's failure, handed from its task to the command.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ e: any Error) { lock.withLock { stored = e } }
    var error: (any Error)? { lock.withLock { stored } }
}
