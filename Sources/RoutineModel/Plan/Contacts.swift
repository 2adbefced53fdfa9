/// The clinic that hands out the sheet.
public struct Clinic: Hashable, Sendable {
    public var name: String
    public var address: String?
    public var phone: String?
    public var email: String?
    public var website: String?
    /// Where patients book their next visit, printed as a code to scan on the last page.
    public var booking: WebAddress?
    /// The logo's path as written in the plan (relative to the plan file).
    public var logo: String?
    /// Where the logo path stands in the plan.
    public var logoOrigin: Origin?

    public init(name: String, address: String? = nil, phone: String? = nil, email: String? = nil, website: String? = nil,
                logo: String? = nil, logoOrigin: Origin? = nil) {
        self.name = name; self.address = address; self.phone = phone; self.email = email; self.website = website
        self.logo = logo; self.logoOrigin = logoOrigin
    }

    /// The contact details in print order.
    public var contactParts: [String] { [address, phone, email, website].compactMap { $0 } }
}

/// A patient or runner, named on every page.
public struct Person: Hashable, Sendable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// The clinician who wrote the plan.
public struct Clinician: Hashable, Sendable {
    public var name: String
    public var credentials: String?
    public init(name: String, credentials: String? = nil) { self.name = name; self.credentials = credentials }
    /// "Sam Okafor, DPT".
    public var displayName: String { credentials.map { "\(name), \($0)" } ?? name }
}
