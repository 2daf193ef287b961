import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// A change to a client's record and its audit entry land together or not at all, and a stored value that
    /// cannot be read is an error naming its table and column.
    @Suite("One data path")
    struct OneTransactionTests {
        @Test(arguments: TestDatabase.available)
        func aChangeWhoseAuditEntryFailsLeavesNothingBehind(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                try await theo.get(path + "/progress")
                // The audit log refuses every entry (as a full disk or a broken migration would).
                try await app.db.sql.raw("ALTER TABLE audit_log RENAME TO audit_log_away").run()
                let saved = try await theo.post(
                    path + "/progress/function", ["activity.0": "Climb stairs", "score.0": "4"])
                try await app.db.sql.raw("ALTER TABLE audit_log_away RENAME TO audit_log").run()
                #expect(saved.status == .internalServerError)
                // Before, the score was committed first and only the audit entry failed.
                #expect(try await FunctionScore.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: TestDatabase.available)
        func aValueOfTheWrongTypeNamesItsTableAndColumn(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let sql = try app.db.sql
                let row = try #require(try await sql.raw("SELECT name FROM studios").first())
                #expect(try row.stored("name", of: "studios", as: String.self).isEmpty == false)
                // The studio's name read as a number.
                let error = #expect(throws: UnreadableColumn.self) {
                    try row.stored("name", of: "studios", as: Int.self)
                }
                #expect(error?.description.hasPrefix("The stored value studios.name could not be read") == true)
                // NULL is simply absent where the column may be empty.
                let empty = try #require(try await sql.raw("SELECT NULL AS phone FROM studios").first())
                #expect(try empty.stored("phone", of: "studios", as: String?.self) == nil)
            }
        }

        /// SQLite keeps any value in any column, so a damaged row is possible there: the list fails loudly.
        @Test func aDamagedRowFailsTheListInsteadOfDroppingOut() async throws {
            try await withApp(.sqlite) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                _ = try await WorkspaceTests.client(theo)
                #expect(try await theo.get("/staff/clients?show=archived").status == .ok)
                try await app.db.sql.raw("UPDATE clients SET archived_at = 'soon'").run()
                let list = try await theo.get("/staff/clients?show=archived")
                #expect(list.status == .internalServerError && !list.body.contains("Ana Diaz"))
            }
        }
    }
}
