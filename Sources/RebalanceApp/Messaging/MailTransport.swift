import Foundation
import Logging

/// Somewhere an outbox message can be delivered: an SMTP server, or the log on a machine without one.
protocol MailTransport: Sendable {
    func deliver(_ mail: OutgoingMail) async throws
}

/// A message ready to leave, independent of the table it came from.
struct OutgoingMail: Sendable, Equatable {
    let id: UUID
    let to: String
    let subject: String
    let body: String
    let attachment: OutboxMessage.Attachment?
    /// One-click unsubscribe for this kind of email (RFC 8058); `nil` for transactional mail.
    var unsubscribeURL: String? = nil
}

/// Writes each message to the log: development machines and demos lose nothing without an SMTP server.
struct LogTransport: MailTransport {
    let logger: Logger

    func deliver(_ mail: OutgoingMail) async throws {
        var text = "outbox: no SMTP configured; email to \(mail.to): \(mail.subject)\n\(mail.body)"
        if let attachment = mail.attachment { text += "\n[attached: \(attachment.name), \(attachment.contentType)]" }
        logger.notice("\(text)")
    }
}
