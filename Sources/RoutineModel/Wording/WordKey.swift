/// The name of a word or phrase the tool prints, as keyed in `Layouts/strings/LANG.json`.
public enum WordKey: String, CaseIterable, Sendable {
    case dateLong = "date.long", dateShort = "date.short", dateFull = "date.full"
    case listAnd = "list.and", listComma = "list.comma"

    case headerFor = "header.for", headerFrom = "header.from"
    case sectionContinued = "section.continued"
    case notesHeading = "notes.heading"
    case trackerTitle = "tracker.title", trackerWeek = "tracker.week"
    case pageLabel = "page.label"
    case legendPrimary = "legend.primary", legendSecondary = "legend.secondary"
    case videoCaption = "code.videoCaption", bookingCaption = "code.bookingCaption"

    case doseHold = "dose.hold", doseRoll = "dose.roll"
    case dosePasses = "dose.passes", doseTimes = "dose.times", doseRounds = "dose.rounds"
    case doseEachSide = "dose.eachSide", doseLeftOnly = "dose.leftOnly", doseRightOnly = "dose.rightOnly", doseBothSides = "dose.bothSides"
    case timeSeconds = "time.seconds", timeMinutes = "time.minutes", timeMinutesSeconds = "time.minutesSeconds"

    case raceFor = "race.for", raceStart = "race.start", raceTitle = "race.title"
    case weekBookmark = "week.bookmark", weekRaceDay = "week.raceDay", weekToGo = "week.toGo", weekAfter = "week.after"
    case checklistsHeading = "checklists.heading", checklistsWhen = "checklists.when"

    case altFrontAndBack = "alt.frontAndBack", altOneView = "alt.oneView", altViews = "alt.views"
    case altWorkedMost = "alt.workedMost", altAlsoWorked = "alt.alsoWorked"
    case altPose = "alt.pose", altPicture = "alt.picture"
    case altLogo = "alt.logo", altClinicLogo = "alt.clinicLogo"
    case altVideoCode = "alt.videoCode", altBookingCode = "alt.bookingCode"
    case linkVideo = "link.video", linkBooking = "link.booking"
    case linkCall = "link.call", linkEmail = "link.email", linkWebsite = "link.website", linkTheClinic = "link.theClinic"

    case bookTitle = "book.title", bookID = "book.id", bookRemember = "book.remember"
    /// What the clinician's page starts a sheet with: its title and its sections with their times.
    case pageSheetTitle = "page.sheetTitle", pageFoamRolling = "page.foamRolling", pageFoamRollingWhen = "page.foamRollingWhen"
    case pageDynamic = "page.dynamic", pageDynamicWhen = "page.dynamicWhen", pageStretching = "page.stretching", pageStretchingWhen = "page.stretchingWhen"
    case pageOther = "page.other"

    /// Keys that come in families, one per value of a vocabulary: "region.calves", "kind.mobility".
    public static var families: [String] {
        Region.allCases.map { "region." + $0.rawValue } + ExerciseKind.allCases.map { "kind." + $0.rawValue } + ["kind.none"]
            + RaceDistance.allCases.map { "distance." + $0.rawValue } + Wording.figureViews.map { "alt.view." + $0 }
    }

    /// Every key a strings file must give.
    public static var all: [String] { allCases.map(\.rawValue) + families }
}
