import Fluent
import Foundation

/// The studio's email about a new lead, so the promised reply within a working day does not depend on someone
/// opening the inbox. It names the person and how to reach them, never their health answers: those stay behind
/// the sign-in, where reading them is audited.
enum NewLeadNotice {
    /// One message per recipient.
    static func messages(
        for lead: Lead, to recipients: [String], baseURL: String, now: Date
    ) throws -> [OutboxMessage] {
        let subject = "New lead: \(lead.name)" + (lead.redFlag ? " — a warning sign, refer first" : "")
        let times = lead.preferredTimes.isEmpty ? "not given" : lead.preferredTimes
        let body = [
            "\(lead.name) left their details after the self-check and is waiting to hear from the studio.",
            "",
            "Email: \(lead.email)" + (lead.phone.map { "\nPhone: \($0)" } ?? ""),
            "Best times: \(times)",
            lead.redFlag
                ? "\nTheir answers include a warning sign: they should see a clinician before any training." : nil,
            "",
            "Open the lead (sign-in needed): \(baseURL)/staff/leads/\(try lead.requireID().uuidString.lowercased())",
        ].compactMap { $0 }.joined(separator: "\n")
        return recipients.map { OutboxMessage(recipient: $0, subject: subject, body: body, now: now) }
    }
}
