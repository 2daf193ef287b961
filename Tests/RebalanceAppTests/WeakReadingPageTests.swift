import Fluent
import Foundation
import RebalanceCore
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// One weak reading is shown as worth confirming, in plain words, and never as a pattern to train.
    @Suite("A weak reading on the result page")
    struct WeakReadingPageTests {
        @Test(arguments: TestDatabase.available)
        func oneWeakReadingIsToConfirmNotToTrain(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let (theo, _, _) = try await WorkspaceTests.setUp(app)
                let (_, assessment) = try await WorkspaceTests.screenedClientWithAssessment(app, theo)
                let done = try await theo.post(assessment, ["action": "complete", "t.hipInternalRotation.right": "27"])
                let result = try await theo.get(try #require(done.location))
                #expect(
                    result.body.contains("Possible — confirm before naming it")
                        && result.body.contains("Restricted hip rotation"))
                #expect(result.body.contains("One test was a little outside its norm"))
                #expect(!result.body.contains("Your tests are within the norms we use"))
                #expect(
                    !result.body.contains("<figure class=\"diagram\"") && result.body.contains("No muscle stands out"))
            }
        }
    }
}
