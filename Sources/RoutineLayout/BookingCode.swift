import PageGraphics
import RoutineModel

/// The clinic's booking code for the bottom of the last page: the words, then the code, set to
/// the right, with room above them. Read after the sheet's parts and before the contact.
enum BookingCode {
    /// Its place among the document's parts: after every part, before the footer's contact.
    static let order = PageDecorations.contactOrder - 1

    /// The frame, or nil when the clinic gives no booking page.
    static func frame(_ clinic: Clinic?, layout: Layout, width: Points, measurer: TextMeasuring) -> Frame? {
        guard let clinic, let booking = clinic.booking else { return nil }
        let code = ScanCode(booking: booking, clinic: clinic.name, layout: layout, width: Points.min(width, layout.codes.bookingSide * 4))
        var frame = Frame(size: Size(width: code.width, height: 0))
        let above = layout.codes.above * 2
        let bottom = code.place(in: &frame, at: Point(x: 0, y: above), measurer: measurer,
                                element: StructurePath([StructureStep(.section, order), StructureStep(.link, 0)]), wordsFirst: true)
        frame.size.height = bottom
        return frame
    }
}
