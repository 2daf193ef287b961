import Fluent
import Vapor

/// Puts emails in the outbox table; the outbox worker delivers them (SMTP when `SMTP_URL` is set, else the log).
enum Outbox {
    static func enqueue(to recipient: String, subject: String, body: String, now: Date, on db: any Database)
        async throws
    {
        try await OutboxMessage(recipient: recipient, subject: subject, body: body, now: now).create(on: db)
    }
}
