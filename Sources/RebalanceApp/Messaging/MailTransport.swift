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

/// Writes each message as a file in a folder (`DATA_DIR/mail`) when no SMTP server is set: a development machine or
/// a demo loses nothing, and the log never holds an email's address or words — only where the file is.
struct MailFolder: MailTransport {
    let directory: String
    let logger: Logger

    func deliver(_ mail: OutgoingMail) async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("\(mail.id.uuidString.lowercased()).eml")
        var text = "To: \(mail.to)\nSubject: \(mail.subject)\n"
        if let unsubscribe = mail.unsubscribeURL { text += "List-Unsubscribe: <\(unsubscribe)>\n" }
        if let attachment = mail.attachment { text += "X-Attached: \(attachment.name) (\(attachment.contentType))\n" }
        text += "\n\(mail.body)\n"
        // Readable by this user only: the file holds a client's address and, often, a sign-in link.
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        logger.notice("outbox: no SMTP configured; email written to \(path)")
    }
}
