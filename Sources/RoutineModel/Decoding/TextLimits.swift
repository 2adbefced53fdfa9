/// How long user text may be, so a runaway field is reported instead of filling pages.
public enum TextLimit: Int, Sendable {
    /// Names, titles, labels: one line of a sheet.
    case short = 200
    /// Intro, notes, instructions: paragraphs.
    case long = 20_000
    /// A logo sent inside the plan as a data URL: 5 MB of PNG, in base64.
    case dataURL = 7_000_000  // 4/3 of Logo.maximumBytes (5 MiB) and its prefix, rounded up
}
