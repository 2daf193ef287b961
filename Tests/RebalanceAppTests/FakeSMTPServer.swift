import Foundation
import NIOCore
import NIOPosix

@testable import RebalanceApp

/// A minimal SMTP server on loopback that accepts every message and keeps what it received, for testing
/// `SMTPTransport` against the real protocol (greeting, EHLO, AUTH, MAIL, RCPT, DATA with dot-stuffing, QUIT).
final class FakeSMTPServer: @unchecked Sendable {
    /// One received message: the envelope and the data as sent (dot-stuffing removed).
    struct Received: Sendable {
        let from: String
        let to: [String]
        let data: String
        let auth: String?
    }

    private let lock = NSLock()
    private var messages: [Received] = []
    private var channel: (any Channel)?
    /// Replies with this code to RCPT TO, to test failures.
    let rejectRecipients: Bool

    init(rejectRecipients: Bool = false) {
        self.rejectRecipients = rejectRecipients
    }

    var received: [Received] { lock.withLock { messages } }

    /// Starts listening on a free port and returns it.
    func start() async throws -> Int {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        lock.withLock { channel = server.channel }
        Task {
            try await server.executeThenClose { clients in
                for try await client in clients {
                    Task { try? await self.converse(client) }
                }
            }
        }
        return server.channel.localAddress?.port ?? 0
    }

    func stop() async {
        let open = lock.withLock { channel }
        try? await open?.close()
    }

    private func converse(_ client: NIOAsyncChannel<String, ByteBuffer>) async throws {
        try await client.executeThenClose { inbound, outbound in
            func say(_ line: String) async throws { try await outbound.write(ByteBuffer(string: line + "\r\n")) }
            try await say("220 fake.smtp ready")
            var from = ""
            var to: [String] = []
            var auth: String?
            var data: [String] = []
            var inData = false
            for try await line in inbound {
                if inData {
                    if line == "." {
                        inData = false
                        let message = Received(from: from, to: to, data: data.joined(separator: "\r\n"), auth: auth)
                        lock.withLock { messages.append(message) }
                        try await say("250 queued")
                    } else {
                        data.append(line.hasPrefix("..") ? String(line.dropFirst()) : line)
                    }
                    continue
                }
                let upper = line.uppercased()
                if upper.hasPrefix("EHLO") {
                    try await say("250-fake.smtp\r\n250-AUTH PLAIN\r\n250 8BITMIME")
                } else if upper.hasPrefix("AUTH PLAIN") {
                    auth = String(line.dropFirst(11))
                    try await say("235 ok")
                } else if upper.hasPrefix("MAIL FROM:") {
                    from = String(line.dropFirst(10))
                    try await say("250 ok")
                } else if upper.hasPrefix("RCPT TO:") {
                    if rejectRecipients {
                        try await say("550 no such user")
                    } else {
                        to.append(String(line.dropFirst(8)))
                        try await say("250 ok")
                    }
                } else if upper == "DATA" {
                    inData = true
                    data = []
                    try await say("354 go ahead")
                } else if upper == "QUIT" {
                    try await say("221 bye")
                    return
                } else {
                    try await say("502 not implemented")
                }
            }
        }
    }
}
