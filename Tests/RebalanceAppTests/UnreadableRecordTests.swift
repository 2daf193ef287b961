import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// A stored value that no longer decodes fails the page loudly; it never shows as an empty record.
    @Suite("Unreadable stored records")
    struct UnreadableRecordTests {
        @Test func emptyTextIsNothingYetButDamagedTextThrows() throws {
            #expect(try JSONColumn.decode([PainArea].self, "", empty: []) == [])
            #expect(throws: UnreadableRecord.self) {
                try JSONColumn.decode([PainArea].self, #"[{"region":"elbowz"}]"#, empty: [])
            }
            #expect(throws: UnreadableRecord.self) { try JSONColumn.decode(SessionLog.self, "{") }
        }

        @Test(arguments: TestDatabase.available)
        func aDamagedPainListIsAServerErrorNotAnEmptyProfile(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let path = try await WorkspaceTests.client(theo)
                #expect(try await theo.get(path + "/edit").status == .ok)
                try await Client.query(on: app.db).set(\.$painAreasJSON, to: #"[{"region":"knee","side":"sideways"}]"#)
                    .update()
                let page = try await theo.get(path + "/edit")
                #expect(page.status == .internalServerError)
                #expect(!page.body.contains("sideways"))
            }
        }

        @Test(arguments: TestDatabase.available)
        func aDamagedWeeklyRangeIsAServerErrorNotAMissingMorning(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                #expect(try await theo.get("/staff/availability").status == .ok)
                // An end before its start can only come from outside the app; the page must not drop it quietly.
                try await AvailabilityRule.query(on: app.db).set(\.$startMinute, to: 900).set(\.$endMinute, to: 600)
                    .update()
                #expect(try await theo.get("/staff/availability").status == .internalServerError)
            }
        }
    }
}
