import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// Sign-in's "where to go next" can only lead to a staff page of this site,
    /// and no header ever carries a line break.
    @Suite("Redirect and header safety")
    struct RedirectSafetyTests {
        /// Values as the form or query parser hands them over (already decoded once).
        static let hostile = [
            "/\t/evil.example/phish", "/%09/evil.example/phish", "/staff/leads\r\nSet-Cookie: csrf=attacker",
            "/staff/leads\nSet-Cookie: x=1", "/staff\r\n\r\n<h1>split</h1>", "\r\n/staff", "//evil.example/",
            "///evil.example",
            "/\\evil.example", "\\\\evil.example", "/staff\\..\\..\\evil", "%2F%2Fevil.example", "/%2F%2Fevil.example",
            "https://evil.example/staff", "http:/evil.example", "//evil.example/staff", "javascript:alert(1)",
            "/staff/../../evil", "/staff/./x", " /staff", "/staff /x", "/staff\u{0}", "/staff\u{2028}x", "",
        ]

        /// One member per attempt: sign-in is rate limited per address and account, and the test clock stands still.
        static func members(_ app: Application, count: Int) async throws {
            let studio = try await Studio.current(on: app.db)
            let hash = try Bcrypt.hash(StaffTests.password, cost: 4)
            for index in 0..<count {
                try await StaffMember(
                    studioID: try studio.requireID(), email: "member\(index)@a.example", name: "Member \(index)",
                    role: .trainer, passwordHash: hash
                ).save(on: app.db)
            }
        }

        @Test func onlyPlainStaffPathsSurvive() {
            for value in Self.hostile {
                #expect(SafeRedirect.staffPath(value) == "/staff", "\(value.debugDescription)")
            }
            #expect(SafeRedirect.staffPath("/staff/clients?show=referred") == "/staff/clients?show=referred")
            #expect(SafeRedirect.staffPath("/staff/leads%0d%0aSet-Cookie:x") == "/staff/leads%0d%0aSet-Cookie:x")
            #expect(SafeRedirect.staffPath(nil) == "/staff")
        }

        @Test(arguments: TestDatabase.available)
        func signInSendsHostileNextValuesHome(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                let values = Self.hostile + ["/staff/clients?show=referred"]
                try await Self.members(app, count: values.count)
                // Over a real socket, so what NIO writes on the wire is what is checked.
                let browser = FormClient(app, overNetwork: true)
                for (index, value) in values.enumerated() {
                    let form = try await browser.get("/staff/sign-in?next=" + Self.encode(value))
                    #expect(form.status == .ok, "\(value.debugDescription)")
                    let signedIn = try await browser.post(
                        "/staff/sign-in",
                        ["email": "member\(index)@a.example", "password": StaffTests.password, "next": value])
                    let expected = value == "/staff/clients?show=referred" ? value : "/staff"
                    #expect(signedIn.status == .seeOther, "\(value.debugDescription)")
                    #expect(signedIn.location == expected, "\(value.debugDescription) → \(signedIn.location ?? "none")")
                    #expect(browser.cookies["rb_csrf"] != "attacker" && browser.cookies["x"] == nil)
                    try await browser.post("/staff/sign-out", [:])
                }
                // The doubly encoded query from the report, sent as raw bytes of the URL.
                for query in [
                    "next=%2F%2509%2Fevil.example%2Fphish",
                    "next=%2Fstaff%2Fleads%250d%250aSet-Cookie%3Acsrf%3Dattacker",
                ] {
                    let page = try await browser.get("/staff/sign-in?" + query)
                    #expect(page.status == .ok && !page.body.contains("evil.example/phish\""))
                }
                await browser.close()
            }
        }

        @Test(arguments: TestDatabase.available)
        func aLineBreakInAnyHeaderNeverLeavesTheServer(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                app.get("header-probe") { req -> Response in
                    let response = Response(status: .seeOther)
                    response.headers.replaceOrAdd(name: .location, value: req.query[String.self, at: "to"] ?? "/")
                    return response
                }
                try await app.testing().test(.GET, "header-probe?to=%2Fok") { res in
                    #expect(res.status == .seeOther && res.headers.first(name: .location) == "/ok")
                }
                for value in ["%2Fa%0D%0ASet-Cookie%3A%20x%3D1", "%2Fa%0Ab", "%2Fa%00b", "%2Fa%0Db"] {
                    try await app.testing().test(.GET, "header-probe?to=\(value)") { res in
                        #expect(res.status == .internalServerError, "\(value)")
                        #expect(res.headers.first(name: .location) == nil && res.headers.first(name: .setCookie) == nil)
                    }
                }
            }
        }

        static func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        }
    }
}
