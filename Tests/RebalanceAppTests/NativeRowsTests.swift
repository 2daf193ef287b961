import Fluent
import Foundation
import Testing
import Vapor

@testable import RebalanceApp

extension HTTPTests {
    /// A stored value of the wrong type is an error that names the column, not a row that quietly disappears.
    @Suite("Native rows read or fail loudly")
    struct NativeRowsTests {
        @Test(arguments: TestDatabase.available)
        func aValueOfTheWrongTypeIsAnError(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let rows = NativeRows(db: app.db)
                let names = try await rows.select("SELECT name FROM studios", []) { $0.text(0) }
                #expect(names.count == 1)
                // The studio's name read as a number: before, the row was skipped and the list came back empty.
                await #expect(throws: NativeRowsError.self) {
                    _ = try await rows.select("SELECT name FROM studios", []) { $0.int(0) }
                }
                // NULL is still simply absent.
                let phones = try await rows.select("SELECT NULL AS phone FROM studios", []) { $0.text(0) ?? "none" }
                #expect(phones == ["none"])
            }
        }
    }
}
