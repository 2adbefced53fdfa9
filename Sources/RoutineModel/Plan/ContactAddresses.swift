/// The addresses a sheet's contact details open when clicked: `tel:` for the phone, `mailto:`
/// for the e-mail, `https:` for the website. A detail that cannot be an address (a phone with no
/// digits, an e-mail without an @, a website in some other scheme) is printed but opens nothing.
extension Clinic {
    /// `tel:+15550142` from "+1 555-0142": the leading plus and the digits.
    public var phoneAddress: String? {
        guard let phone else { return nil }
        let digits = phone.unicodeScalars.filter { $0.properties.numericType == .decimal && $0.isASCII }
        guard digits.count >= 3 else { return nil }
        let plus = phone.trimmingPrefix(while: { $0 == " " }).first == "+" ? "+" : ""
        return "tel:" + plus + String(String.UnicodeScalarView(digits))
    }

    /// `mailto:hello@clinic.example`, from one address with a name and a domain.
    public var emailAddress: String? {
        guard let email else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !email.contains(where: { $0.isWhitespace || "<>\"(),;:\\[]".contains($0) }) else { return nil }
        return "mailto:" + WebAddress.percentEncoded(email)
    }

    /// The website as written when it says http or https, else `https://` before it; nil for
    /// another scheme or anything that is not a host name.
    public var websiteAddress: String? {
        guard let website else { return nil }
        let lower = website.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return WebAddress.percentEncoded(website) }
        // A bare host name, with a port or path perhaps: "clinic.example/book".
        let host = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard host.contains("."), host.allSatisfy({ $0.isLetter || $0.isNumber || "-.:".contains($0) }),
              host.split(separator: ":").count <= 2, host.split(separator: ":").dropFirst().allSatisfy({ $0.allSatisfy(\.isNumber) }),
              !website.contains(where: \.isWhitespace) else { return nil }
        return "https://" + WebAddress.percentEncoded(website)
    }
}

extension StringProtocol {
    fileprivate func trimmingPrefix(while keep: (Character) -> Bool) -> SubSequence { self[(firstIndex { !keep($0) } ?? endIndex)...] }
}
