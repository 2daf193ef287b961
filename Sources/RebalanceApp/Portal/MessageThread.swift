import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The thread between a client and the studio: reading it, writing to it, and the email that says a new message
/// is waiting. Emails never carry the message itself, only the news and where to read it behind a sign-in.
enum MessageThread {
    /// Long enough for a question and its context; longer belongs in a session.
    static let maxLength = 2_000

    /// One message as a page shows it.
    struct Line: Encodable {
        let mine: Bool
        let author: String
        let when: String
        let paragraphs: [String]
    }

    /// The thread oldest first, as `viewer` sees it.
    static func lines(
        of client: Client, viewer: ClientMessage.Author, zone: TimeZone, on db: any Database
    ) async throws -> [Line] {
        let messages = try await ClientMessage.query(on: db).filter(\.$client.$id == client.requireID())
            .with(\.$staffMember).sort(\.$createdAt).all()
        return messages.map { message in
            let author =
                message.author == .client
                ? (viewer == .client ? "You" : client.name)
                : (message.staffMember?.name ?? "Your studio")
            return Line(
                mine: message.author == viewer, author: author,
                when: BookingTimeText.dateAndTime(message.createdAt, in: zone),
                paragraphs: message.body.components(separatedBy: "\n").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty })
        }
    }

    /// How many messages from the other side `viewer` has not seen.
    static func unread(of clientID: UUID, by viewer: ClientMessage.Author, on db: any Database) async throws -> Int {
        try await ClientMessage.query(on: db).filter(\.$client.$id == clientID).filter(\.$author != viewer)
            .filter(\.$readAt == nil).count()
    }

    /// Marks what the other side wrote as seen by `viewer`.
    static func markRead(of clientID: UUID, by viewer: ClientMessage.Author, now: Date, on db: any Database)
        async throws
    {
        try await ClientMessage.query(on: db).filter(\.$client.$id == clientID).filter(\.$author != viewer)
            .filter(\.$readAt == nil).set(\.$readAt, to: now).update()
    }

    /// The message text, or what is wrong with it.
    static func text(_ field: String?) -> Result<String, ThreadError> {
        let text = (field ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .failure(.empty) }
        if text.count > maxLength { return .failure(.tooLong(text.count)) }
        return .success(text)
    }

    /// What stops a message from being sent.
    enum ThreadError: Error, Equatable {
        case empty
        case tooLong(Int)

        var message: String {
            switch self {
            case .empty: "Write your message first."
            case .tooLong(let count):
                "Keep the message under \(maxLength) characters (it has \(count)). Nothing was sent; your text is kept."
            }
        }
    }

    /// Tells the studio a client wrote; the email names the client and links to the thread.
    static func noticeToStudio(
        from client: Client, to recipients: [String], baseURL: String, now: Date
    ) throws -> [OutboxMessage] {
        let id = try client.requireID().uuidString.lowercased()
        let body = [
            "\(client.name) sent a message in the app.", "",
            "Read and answer it (sign-in needed): \(baseURL)/staff/clients/\(id)/messages",
        ].joined(separator: "\n")
        return recipients.map {
            OutboxMessage(recipient: $0, subject: "New message from \(client.name)", body: body, now: now)
        }
    }

    /// Tells the client the studio answered, with a one-click way to stop these emails.
    static func noticeToClient(
        _ client: Client, from author: String, studio: String, key: SymmetricKey, baseURL: String, now: Date
    ) throws -> OutboxMessage {
        let unsubscribe = ClientEmailKind.messages.address(for: try client.requireID(), key: key, baseURL: baseURL)
        let body = [
            "Hello \(client.firstName),", "",
            "\(author) at \(studio) wrote to you in the app. Read it here: \(baseURL)/me/messages", "",
            "To stop these emails: \(unsubscribe)",
        ].joined(separator: "\n")
        let message = OutboxMessage(
            recipient: client.email, subject: "\(author) wrote to you", body: body, now: now)
        message.unsubscribeURL = unsubscribe
        return message
    }
}
