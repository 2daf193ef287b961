import Fluent
import Foundation
import SQLKit

/// Keeps only fingerprints of the secret link tokens — self-checks, program links and calendar feeds — so a copy of
/// the database opens none of them. Links already given out keep working: their fingerprints match.
///
/// Also records when a program's link was last made, so the program page can say whether one was given out.
struct HashLinkTokens: AsyncMigration {
    private static let columns = [
        (table: "self_screens", token: "token", fingerprint: "token_hash"),
        (table: "programs", token: "share_token", fingerprint: "share_token_hash"),
        (table: "staff", token: "calendar_token", fingerprint: "calendar_token_hash"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.writeTransaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            for column in Self.columns {
                try await sql.raw(
                    """
                    ALTER TABLE \(ident: column.table) \
                    RENAME COLUMN \(ident: column.token) TO \(ident: column.fingerprint)
                    """
                ).run()
                let rows = try await sql.raw(
                    """
                    SELECT id, \(ident: column.fingerprint) AS token FROM \(ident: column.table)
                    WHERE \(ident: column.fingerprint) IS NOT NULL
                    """
                ).all()
                for row in rows {
                    let id = try row.decode(column: "id", as: UUID.self)
                    let token = try row.decode(column: "token", as: String.self)
                    try await sql.raw(
                        """
                        UPDATE \(ident: column.table) \
                        SET \(ident: column.fingerprint) = \(bind: SecretToken.fingerprint(token))
                        WHERE id = \(bind: id)
                        """
                    ).run()
                }
            }
            try await db.schema(ProgramRecord.schema).field("share_link_made_at", .datetime).update()
            // Every existing program's link may already be with its client.
            try await sql.raw("UPDATE programs SET share_link_made_at = created_at").run()
        }
    }

    /// Going back cannot recover the tokens: every self-check, program and calendar link stops working.
    func revert(on database: any Database) async throws {
        try await database.writeTransaction { db in
            try await db.schema(ProgramRecord.schema).deleteField("share_link_made_at").update()
            guard let sql = db as? any SQLDatabase else { return }
            try await sql.raw("UPDATE staff SET calendar_token_hash = NULL").run()
            for column in Self.columns {
                try await sql.raw(
                    """
                    ALTER TABLE \(ident: column.table) \
                    RENAME COLUMN \(ident: column.fingerprint) TO \(ident: column.token)
                    """
                ).run()
            }
        }
    }
}
