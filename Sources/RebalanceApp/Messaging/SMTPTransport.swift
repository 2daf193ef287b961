import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// Delivers mail to an SMTP server (RFC 5321): `smtp://` upgrades with STARTTLS when the server offers it,
/// `smtps://` speaks TLS from the first byte; AUTH PLAIN when the URL carries a user name.
struct SMTPTransport: MailTransport {
    let host: String
    let port: Int
    let implicitTLS: Bool
    let username: String?
    let password: String?
    let from: String
    let logger: Logger

    /// A reply the server gave that the conversation cannot go on from.
    struct Refusal: Error, CustomStringConvertible {
        let step: String
        let reply: String
        var description: String { "SMTP \(step): \(reply)" }
    }

    /// What a log line may say about a failed delivery: the step and reply code, never the reply's text, which can
    /// echo the recipient's address. The whole reply is kept with the message for the studio to read.
    static func logSummary(of error: any Error) -> String {
        if let refusal = error as? Refusal { return "SMTP \(refusal.step) refused (\(refusal.reply.prefix(3)))" }
        return String(describing: type(of: error))
    }

    init(url: String, from: String, logger: Logger) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            ["smtp", "smtps"].contains(scheme),
            let host = components.host, !host.isEmpty
        else { throw SettingsError.unsupportedSMTPURL }
        self.host = host
        implicitTLS = scheme == "smtps"
        port = components.port ?? (implicitTLS ? 465 : 587)
        username = components.user.flatMap { $0.removingPercentEncoding ?? $0 }
        password = components.password.flatMap { $0.removingPercentEncoding ?? $0 }
        self.from = from
        self.logger = logger
    }

    func deliver(_ mail: OutgoingMail) async throws {
        let tls = try NIOSSLContext(configuration: .makeClientConfiguration())
        let (host, implicitTLS) = (host, implicitTLS)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(15))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: tls, serverHostname: host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            func expect(_ codes: Set<Int>, _ step: String) async throws -> [String] {
                var reply: [String] = []
                while let line = try await lines.next() {
                    reply.append(line)
                    // "250-…" continues a reply, "250 …" ends it.
                    if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] == " " { break }
                }
                guard let last = reply.last, let code = Int(last.prefix(3)), codes.contains(code) else {
                    throw Refusal(step: step, reply: reply.joined(separator: " | "))
                }
                return reply
            }
            func send(_ line: String) async throws {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
            }
            _ = try await expect([220], "greeting")
            try await send("EHLO rebalance")
            var features = try await expect([250], "EHLO")
            if !implicitTLS, features.contains(where: { $0.uppercased().contains("STARTTLS") }) {
                try await send("STARTTLS")
                _ = try await expect([220], "STARTTLS")
                // The TLS handler is not Sendable: it is made and added on the channel's own event loop.
                let pipeline = channel.channel.pipeline
                try await channel.channel.eventLoop.submit {
                    try pipeline.syncOperations.addHandler(
                        NIOSSLClientHandler(context: tls, serverHostname: host), position: .first)
                }.get()
                try await send("EHLO rebalance")
                features = try await expect([250], "EHLO after STARTTLS")
            }
            if let username, let password {
                let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                try await send("AUTH PLAIN \(token)")
                _ = try await expect([235], "AUTH")
            }
            try await send("MAIL FROM:<\(MailMessage.address(from))>")
            _ = try await expect([250], "MAIL FROM")
            try await send("RCPT TO:<\(mail.to)>")
            _ = try await expect([250, 251], "RCPT TO")
            try await send("DATA")
            _ = try await expect([354], "DATA")
            let domain = MailMessage.address(from).split(separator: "@").last.map(String.init) ?? "rebalance.invalid"
            let text = MailMessage.render(mail, from: from, date: Date(), domain: domain)
            // Dot-stuffing: a line starting with "." gets a second one, so it cannot end the data early.
            let stuffed = text.split(separator: "\r\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
            try await outbound.write(ByteBuffer(string: stuffed + ".\r\n"))
            _ = try await expect([250], "end of data")
            try await send("QUIT")
            _ = try? await expect([221], "QUIT")
        }
    }
}

/// Splits the server's byte stream into lines without their CRLF.
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4096 {
                throw SMTPTransport.Refusal(step: "reading", reply: "line longer than 4 KB")
            }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex + 1
        guard var line = buffer.readString(length: length) else { return .needMoreData }
        while line.last == "\n" || line.last == "\r" || line.hasSuffix("\r\n") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}
