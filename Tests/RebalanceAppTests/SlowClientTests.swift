import Foundation
import NIOCore
import NIOPosix
import Testing
import Vapor
import VaporTesting

@testable import RebalanceApp

extension HTTPTests {
    /// A client that starts a request and then says nothing is cut off, so such clients cannot pile up.
    @Suite("Slow clients")
    struct SlowClientTests {
        @Test(arguments: TestDatabase.available)
        func aHalfSentRequestIsClosedAfterTheIdleTimeout(_ database: TestDatabase) async throws {
            try await withApp(database) { app in
                // The app closes idle connections (IDLE_TIMEOUT, 30 s by default); a second keeps this test short.
                #expect(app.http.server.configuration.idleTimeout == .seconds(30))
                #expect(app.http.server.configuration.shutdownTimeout == .seconds(10))
                app.http.server.configuration.idleTimeout = .seconds(1)
                let browser = FormClient(app, overNetwork: true)
                #expect(try await browser.get("/healthz").status == .ok)  // starts the server on a free port
                let port = try #require(app.http.server.shared.localAddress?.port)
                let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: port).get()
                try await channel.writeAndFlush(ByteBuffer(string: "GET /healthz HTTP/1.1\r\nHost: x\r\n")).get()
                // Never finished: the server closes the connection once it has been idle for a second. Ten seconds is
                // only the limit of waiting; a server without the timeout would keep it open indefinitely.
                for _ in 0..<100 where channel.isActive { try await Task.sleep(for: .milliseconds(100)) }
                #expect(!channel.isActive, "the half-sent request was still open after 10 s")
                if channel.isActive { try? await channel.close() }
                await browser.close()
            }
        }
    }
}
