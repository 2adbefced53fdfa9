import Foundation
import Testing
@testable import RoutineModel

/// Looking up catalog ids and settling doses.
@Suite struct ResolverTests {
    let catalog = try! Catalog.load(contentsOf: Fixtures.catalog)

    func resolve(_ json: String, base: URL? = nil) throws(DiagnosticList) -> Routine {
        guard case .takeHome(let plan) = try PlanDecoder.decode(Array(json.utf8), file: "p.json") else { fatalError() }
        return try Resolver(catalog: catalog, baseDirectory: base).resolve(plan, file: "p.json")
    }

    @Test func everyExampleIdExists() throws {
        guard case .takeHome(let plan) = try PlanDecoder.decode(try Fixtures.example("take-home.json")) else { return }
        let routine = try Resolver(catalog: catalog).resolve(plan)
        #expect(routine.items.count == 16)
        #expect(routine.items.map(\.number) == Array(1...16))
    }

    @Test func unknownIdSuggestsTheNearestOne() {
        let json = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-strech"}, {"exercise": "zzz"}]}]}"#
        do { _ = try resolve(json); Issue.record("resolved") } catch {
            #expect(error.diagnostics.map(\.line) == [
                #"p.json:1:75: sections[0].items[0].exercise: unknown exercise "calf-strech" (did you mean "calf-stretch"?)"#,
                #"p.json:1:104: sections[0].items[1].exercise: unknown exercise "zzz" (`routinepress catalog` lists the ids)"#,
            ])
        }
    }

    @Test func planDoseReplacesTheCatalogDose() throws {
        let json = #"{"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-stretch", "hold": 45}, {"exercise": "calf-stretch", "side": "left"}, {"exercise": "calf-stretch"}]}]}"#
        let items = try resolve(json).items
        #expect(items[0].dose == Dose(hold: 45, side: .each))
        #expect(items[1].dose == Dose(sets: 2, hold: 30, side: .left))
        #expect(Fixtures.english.doseLine(items[2].dose) == "Hold 30 \u{2060}s · 2 \u{2060}times · each side")
    }

    @Test func missingLogoIsReported() {
        let json = #"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "../nowhere/logo.png"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        do { _ = try resolve(json, base: URL(fileURLWithPath: "/tmp/plans")); Issue.record("resolved") } catch {
            #expect(error.diagnostics.map(\.line) == [#"p.json:1:69: clinic.logo: the logo "../nowhere/logo.png" cannot be read (the path is relative to the plan file; looked for /tmp/nowhere/logo.png)"#])
        }
    }

    @Test func logoThatIsNotAPNGIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rp-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("GIF89a not a png".utf8).write(to: dir.appendingPathComponent("logo.png"))
        let json = #"{"kind": "take-home", "title": "T", "clinic": {"name": "C", "logo": "logo.png"}, "sections": [{"title": "S", "items": [{"exercise": "calf-stretch"}]}]}"#
        do { _ = try resolve(json, base: dir); Issue.record("resolved") } catch {
            #expect(error.diagnostics.map(\.message) == [#"the logo "logo.png" is not a PNG file"#])
        }
    }
}
