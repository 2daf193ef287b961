import Fluent
import Foundation
import RebalanceCore
import Vapor

/// A cleaned photo (`PhotoFile`) kept in the database: on PostgreSQL every instance serves the same photos and a
/// backup holds them with the records they belong to; SQLite keeps them in its one file for the same reasons.
/// Never addressable by itself: each route that serves one checks what it belongs to first.
final class StoredPhoto: Model, @unchecked Sendable {
    static let schema = "photos"

    @ID(key: .id) var id: UUID?
    @Parent(key: "studio_id") var studio: Studio
    @Field(key: "kind") var kind: String
    @Field(key: "stored_width") var storedWidth: Int
    @Field(key: "stored_height") var storedHeight: Int
    @Field(key: "orientation") var orientation: Int
    @Field(key: "bytes") var bytes: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(studioID: UUID, photo: PhotoFile) {
        $studio.id = studioID
        kind = photo.kind.rawValue
        storedWidth = photo.storedWidth
        storedHeight = photo.storedHeight
        orientation = photo.orientation.rawValue
        bytes = Data(photo.bytes)
    }

    /// The media type to serve; a stored kind that no longer reads is an error, never a guess.
    func mediaType() throws -> String {
        guard let kind = PhotoFile.Kind(rawValue: kind) else {
            throw UnreadableColumn(table: Self.schema, column: "kind", reason: "unknown photo kind")
        }
        return kind.mediaType
    }

    /// The photo as a response; the caller says how long it may be kept, since that depends on who may see it.
    func response(cacheControl: String) throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: try mediaType())
        headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }
}
