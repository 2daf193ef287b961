import Foundation

/// The contact details a prospective client leaves, validated field by field.
public struct LeadDetails: Sendable, Equatable, Codable {
    public let name: String
    public let email: String
    public let phone: String?
    public let preferredTimes: String
    public let consentToContact: Bool
    public let consentToStoreHealth: Bool

    public init(
        name: String, email: String, phone: String?, preferredTimes: String, consentToContact: Bool,
        consentToStoreHealth: Bool
    ) {
        self.name = name
        self.email = email
        self.phone = phone
        self.preferredTimes = preferredTimes
        self.consentToContact = consentToContact
        self.consentToStoreHealth = consentToStoreHealth
    }

    public static let maximumNameLength = 100
    public static let maximumEmailLength = 254
    public static let maximumTimesLength = 300

    /// Reads the form fields `name`, `email`, `phone`, `times`, `consentContact`, `consentHealth`.
    public static func read(_ fields: [String: String]) -> Result<LeadDetails, SelfCheckFormErrors> {
        var errors: [SelfCheckForm.FieldError] = []
        func text(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func fail(_ field: String, _ message: String) { errors.append(.init(field: field, message: message)) }

        let name = text("name")
        if name.isEmpty { fail("name", "Please tell us your name.") }
        if name.count > maximumNameLength {
            fail("name", "Please keep your name under \(maximumNameLength) characters.")
        }
        let email = text("email")
        if !isEmail(email) { fail("email", "Enter an email address like name@example.com.") }
        let phone = text("phone")
        if !phone.isEmpty, !isPhone(phone) {
            fail(
                "phone",
                "Enter a phone number with digits only (spaces, +, - and brackets are fine), or leave it empty.")
        }
        let times = text("times")
        if times.count > maximumTimesLength {
            fail("times", "Please keep this under \(maximumTimesLength) characters.")
        }
        let contact = fields["consentContact"] == "yes"
        if !contact { fail("consentContact", "We can only get back to you if you agree to be contacted.") }
        guard errors.isEmpty else { return .failure(SelfCheckFormErrors(errors: errors)) }
        return .success(
            LeadDetails(
                name: name, email: email, phone: phone.isEmpty ? nil : phone, preferredTimes: times,
                consentToContact: contact, consentToStoreHealth: fields["consentHealth"] == "yes"))
    }

    /// A practical check (one @, a dot in the domain, no spaces), not the full RFC grammar.
    ///
    /// A sane subset of RFC 5321, because the address goes into mail headers and `mailto:` lines of calendar
    /// files: letters, digits and ``.!#$%&'*+/=?^_`{|}~-`` before the @ (no quotes, brackets, commas, spaces or
    /// control characters), and a dotted host name of letters, digits and hyphens after it.
    public static func isEmail(_ text: String) -> Bool {
        guard text.count <= maximumEmailLength, text.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64,
            !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy(localAllowed.contains) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy(labelAllowed.contains)
            }
    }

    /// 7–15 digits, with the usual separators.
    public static func isPhone(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        return (7...15).contains(digits) && text.count <= 30
            && text.allSatisfy { $0.isNumber || " +-().".contains($0) }
    }
}
