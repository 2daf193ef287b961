import Fluent
import Foundation

/// An email waiting to be delivered. A background worker leases due rows, sends them (SMTP, or the log when
/// no SMTP server is configured), and retries failures with growing pauses; nothing is removed until sent.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox"

    @ID(key: .id) var id: UUID?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// An attached file (a calendar invitation), with its name and MIME type.
    @OptionalField(key: "attachment_name") var attachmentName: String?
    @OptionalField(key: "attachment_type") var attachmentType: String?
    @OptionalField(key: "attachment") var attachment: String?
    /// A one-click unsubscribe address for this kind of email (RFC 8058), sent as `List-Unsubscribe`.
    @OptionalField(key: "unsubscribe_url") var unsubscribeURL: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Field(key: "attempts") var attempts: Int
    /// When the next delivery attempt may start.
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    /// While set and in the future, one app instance is delivering this message and no other may.
    @OptionalField(key: "lease_until") var leaseUntil: Date?
    @OptionalField(key: "lease_owner") var leaseOwner: String?
    @OptionalField(key: "last_error") var lastError: String?
    /// Set after the last allowed attempt failed; the message stays for a person to look at.
    @OptionalField(key: "failed_at") var failedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(recipient: String, subject: String, body: String, attachment: Attachment? = nil, now: Date) {
        self.recipient = recipient
        self.subject = subject
        self.body = body
        attachmentName = attachment?.name
        attachmentType = attachment?.contentType
        self.attachment = attachment?.content
        attempts = 0
        nextAttemptAt = now
    }

    /// A text file sent with a message.
    struct Attachment: Sendable, Equatable {
        var name: String
        var contentType: String
        var content: String
    }

    var attached: Attachment? {
        guard let attachmentName, let attachmentType, let attachment else { return nil }
        return Attachment(name: attachmentName, contentType: attachmentType, content: attachment)
    }
}
