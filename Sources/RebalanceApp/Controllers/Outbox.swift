import Fluent
import Vapor

/// Puts emails in the outbox table. Until SMTP delivery exists (`SMTP_URL`, the booking work), each message
/// is also written to the log, so a password-reset link is never lost on a development machine.
enum Outbox {
    static func enqueue(to recipient: String, subject: String, body: String, on req: Request) async throws {
        let message = OutboxMessage(recipient: recipient, subject: subject, body: body)
        if Environment.get("SMTP_URL")?.isEmpty ?? true {
            req.logger.notice("outbox: no SMTP configured; email to \(recipient): \(subject)\n\(body)")
            message.sentAt = Date()
        }
        try await message.save(on: req.db)
    }
}
