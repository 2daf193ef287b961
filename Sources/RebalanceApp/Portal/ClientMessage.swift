import Fluent
import Foundation

/// One message in the thread between a client and the studio, written in the app or on the client's page.
final class ClientMessage: Model, @unchecked Sendable {
    static let schema = "client_messages"

    /// Who wrote it.
    enum Author: String, Codable {
        case client, staff
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Enum(key: "author") var author: Author
    /// The member who wrote a studio message; nil for the client's own.
    @OptionalParent(key: "staff_member_id") var staffMember: StaffMember?
    @Field(key: "body") var body: String
    /// When the other side first saw it.
    @OptionalField(key: "read_at") var readAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(clientID: UUID, author: Author, staffMemberID: UUID?, body: String, at now: Date) {
        $client.id = clientID
        self.author = author
        $staffMember.id = staffMemberID
        self.body = body
        createdAt = now
    }
}
