import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

/// The waits asked for, in order.
actor PauseRecorder {
    private(set) var waits: [Duration] = []

    func record(_ duration: Duration) { waits.append(duration) }

    nonisolated var pause: Pause { Pause { duration in await self.record(duration) } }
}

extension HTTPTests {
    @Suite("Failed sign-ins slow down")
    struct SignInDelayTests {
        @Test func theFirstTriesAreFreeThenTheWaitDoublesUpToACeiling() {
            let waits = (1...12).map { SignInDelay.after(tries: $0) }
            #expect(waits[0..<3].allSatisfy { $0 == .zero })
            #expect(Array(waits[3..<8]) == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8)])
            #expect(waits[8...].allSatisfy { $0 == .seconds(8) })
        }

        @Test(arguments: TestDatabase.available)
        func repeatedWrongPasswordsWaitLongerAndKnownAndUnknownAccountsWaitAlike(_ database: TestDatabase) async throws
        {
            let recorder = PauseRecorder()
            var settings = database.settings
            settings.failedSignInPause = recorder.pause
            try await withApp(settings: settings) { app in
                let fixture = try await BookingFixture.make(app)
                _ = try await fixture.trainer("Theo Trainer", email: "theo@studio.example")
                for email in ["theo@studio.example", "nobody@studio.example"] {
                    let browser = FormClient(app)
                    try await browser.get("/staff/sign-in")
                    for _ in 0..<6 {
                        let wrong = try await browser.post(
                            "/staff/sign-in", ["email": email, "password": "not the password"])
                        #expect(wrong.status == .unauthorized)
                    }
                }
                let expected: [Duration] = [.milliseconds(500), .seconds(1), .seconds(2)]
                #expect(await recorder.waits == expected + expected)
                // The right password is answered at once, however many tries came before.
                let browser = FormClient(app)
                try await browser.get("/staff/sign-in")
                let signedIn = try await browser.post(
                    "/staff/sign-in", ["email": "theo@studio.example", "password": StaffTestPassword.value])
                #expect(signedIn.status == .seeOther)
                #expect(await recorder.waits.count == 6)
            }
        }
    }
}
