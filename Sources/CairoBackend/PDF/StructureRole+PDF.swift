import PageGraphics

/// How the PDF writer spells each role, whole, so a mark or an element starts with one append.
extension StructureRole {
    /// The start of a marked-content sequence for this role, up to its MCID: `/P<</MCID `.
    var markStart: StaticString {
        switch self {
        case .section: return "/Sect<</MCID "
        case .heading(let level):
            switch level {
            case ...1: return "/H1<</MCID "
            case 2: return "/H2<</MCID "
            case 3: return "/H3<</MCID "
            case 4: return "/H4<</MCID "
            case 5: return "/H5<</MCID "
            default: return "/H6<</MCID "
            }
        case .paragraph, .translation: return "/P<</MCID "
        case .list: return "/L<</MCID "
        case .listItem: return "/LI<</MCID "
        case .label: return "/Lbl<</MCID "
        case .listBody: return "/LBody<</MCID "
        case .table: return "/Table<</MCID "
        case .tableRow: return "/TR<</MCID "
        case .tableHeader: return "/TH<</MCID "
        case .tableCell: return "/TD<</MCID "
        case .figure: return "/Figure<</MCID "
        case .link: return "/Link<</MCID "
        case .span: return "/Span<</MCID "
        }
    }

    /// The start of a structure element's dictionary for this role, up to its parent: `<</S/P/P `.
    var elementStart: StaticString {
        switch self {
        case .section: return "<</S/Sect/P "
        case .heading(let level):
            switch level {
            case ...1: return "<</S/H1/P "
            case 2: return "<</S/H2/P "
            case 3: return "<</S/H3/P "
            case 4: return "<</S/H4/P "
            case 5: return "<</S/H5/P "
            default: return "<</S/H6/P "
            }
        case .paragraph, .translation: return "<</S/P/P "
        case .list: return "<</S/L/P "
        case .listItem: return "<</S/LI/P "
        case .label: return "<</S/Lbl/P "
        case .listBody: return "<</S/LBody/P "
        case .table: return "<</S/Table/P "
        case .tableRow: return "<</S/TR/P "
        case .tableHeader: return "<</S/TH/P "
        case .tableCell: return "<</S/TD/P "
        case .figure: return "<</S/Figure/P "
        case .link: return "<</S/Link/P "
        case .span: return "<</S/Span/P "
        }
    }
}
