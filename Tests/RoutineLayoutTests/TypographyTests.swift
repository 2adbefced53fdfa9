import Testing
@testable import RoutineLayout

/// Where line breaks are forbidden: shown with "⁀" marking each word joiner.
@Suite struct TypographyTests {
    static let cases: [(String, String)] = [
        ("Hold 30 s · 2 times · each side", "Hold 30 ⁀s ⁀· 2 ⁀times ⁀· each side"),
        ("45 min easy + 8 x 200 m strides", "45 ⁀min easy + 8 ⁀x ⁀200 ⁀m strides"),
        ("3 × 1 km at marathon pace", "3 ⁀× ⁀1 ⁀km at marathon pace"),
        ("Breakfast 2 h before the start.", "Breakfast 2 ⁀h before the start."),
        ("Roll 1 min, then rest", "Roll 1 ⁀min, then rest"),
        ("Stretch gently every day", "Stretch gently every day"),
        ("Room 12 is upstairs", "Room 12 is upstairs"),
        ("", ""),
        ("555-0142 · hello@riverside-physio.example", "555-0142 ⁀· hello@riverside-⁀physio.example"),
    ]

    @Test(arguments: cases)
    func numbersStayWithTheirUnits(_ c: (String, String)) {
        let shown = Typography.keepTogether(c.0).replacingOccurrences(of: "\u{2060}", with: "⁀")
        #expect(shown == c.1)
    }
}
