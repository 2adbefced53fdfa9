@testable import CairoBackend
import Foundation
import PageGraphics
import RoutinePress
import Testing

/// Long paragraphs laid out from pieces shaped once (`ParagraphComposer`) break into the same
/// lines, at the same places, with the same glyphs as Pango laying out the paragraph whole.
@Suite struct ComposedParagraphTests {
    /// Every text the shipped data holds (catalog, strings, race-week defaults, examples), in
    /// both languages, joined three at a time so most are long paragraphs, and a few hard cases.
    static let corpus: [String] = {
        var texts: [String] = []
        func walk(_ value: Any) {
            if let s = value as? String, s.utf8.count >= 20 { texts.append(s) }
            else if let a = value as? [Any] { a.forEach(walk) }
            else if let d = value as? [String: Any] { d.keys.sorted().forEach { walk(d[$0]!) } }
        }
        let files = ["Layouts/exercises.json", "Layouts/strings/en.json", "Layouts/strings/es.json", "Layouts/strings/es.exercises.json",
                     "Layouts/strings/es.race-week.json", "Layouts/race-week-defaults.json"]
            + ((try? FileManager.default.contentsOfDirectory(atPath: Tools.root.appendingPathComponent("Examples").path)) ?? []).sorted().map { "Examples/" + $0 }
        for file in files {
            guard let data = try? Data(contentsOf: Tools.root.appendingPathComponent(file)), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            walk(json)
        }
        var paragraphs = stride(from: 0, to: texts.count, by: 3).map { texts[$0..<min($0 + 3, texts.count)].joined(separator: " ") }
        paragraphs += [
            "Warm-up first: roll the calves slowly — about 30 s each side — then stand tall; don't bounce. Keep breathing, “easy” and steady…",
            "Estira suavemente: ¿sientes la parte de atrás del muslo? ¡Bien! Mantén 30 s y cambia de pierna, sin rebotes ni dolor. Año tras año.",
            "Supercalifragilisticexpialidocious-and-extraordinarily-long-hyphenated-words break where they may, though a narrow column cannot hold them.",
            "Left-Right side: X-ray, T-shirt, (BIG) words — UPPER-CASE hyphens, A - B; arrows -> and <- and => and :) mean nothing here, nor does H-I-J-K-L.",
            "Take\u{2060}these\u{2060}words together, then a number 8\u{2060} x 200 m, and a last long sentence that wraps over a few lines at the narrow widths.",
        ]
        return paragraphs.filter { $0.utf8.count >= ParagraphComposer.minimumLength }
    }()

    @Test func composedParagraphsMatchPango() throws {
        let text = try PangoTextSystem(manifest: FontListReader.load(folder: ResourceLocator(root: Tools.root).fonts))
        let composer = ParagraphComposer { t, style in text.layout(t, style: style, width: nil) }
        let styles = [TextStyle(family: "Inter", size: 10.5, lineHeight: 1.4), TextStyle(family: "Inter", size: 12, weight: .semibold, lineHeight: 1.25),
                      TextStyle(family: "Inter", size: 18, lineHeight: 1.35, language: "es"), TextStyle(family: "Inter", size: 9, weight: .medium, lineHeight: 1.3, language: "en")]
        var composed = 0, left = 0, differences: [String] = []
        for paragraph in Self.corpus {
            for style in styles {
                for width in [48.0, 95.5, 150, 233.25, 410] {
                    guard let c = composer.compose(paragraph, style: style, width: Points(width)) else { left += 1; continue }
                    composed += 1
                    let mine = TextLayout(composed: c, text: paragraph) { fatalError("a composed paragraph is measured without Pango") }
                    let pango = text.makeLayout(paragraph, style: style, width: Points(width))
                    if let why = Self.difference(mine, pango, size: style.size.value, fonts: text.pdfFonts) {
                        differences.append("\(style.size.value) pt at \(width): \(why): \(paragraph.prefix(50))")
                    }
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(composed) differ, e.g. \(differences.prefix(3))")
        // Most texts take the fast path (not those with digits, or a word wider than the line).
        #expect(composed > left, "composed \(composed), left to Pango \(left)")
    }

    /// What differs between the two layouts' measurements and PDF text, or nil.
    static func difference(_ a: TextLayout, _ b: TextLayout, size: Double, fonts: PDFFontRegistry) -> String? {
        if a.measurement.size != b.measurement.size { return "size \(a.measurement.size) vs \(b.measurement.size)" }
        if a.measurement.lines != b.measurement.lines { return "lines \(a.measurement.lines.map(\.utf8Range)) vs \(b.measurement.lines.map(\.utf8Range))" }
        let x = a.pdfProgram(size: size, fonts: fonts), y = b.pdfProgram(size: size, fonts: fonts)
        if x.lineTops != y.lineTops { return "line tops" }
        if x.glyphs != y.glyphs { return "glyphs" }
        if x.runs.count != y.runs.count { return "\(x.runs.count) vs \(y.runs.count) runs" }
        for (r, s) in zip(x.runs, y.runs) where r.face != s.face || r.x != s.x || r.y != s.y || r.show != s.show || r.line != s.line {
            return "run on line \(r.line) at \(r.x), \(r.y) vs \(s.x), \(s.y)"
        }
        return nil
    }
}
