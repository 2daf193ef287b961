import Foundation
import Testing
import Vapor
import VaporTesting

/// A browser-like client for form tests: keeps the CSRF cookie and sends url-encoded forms with the token.
final class FormClient {
    let app: Application
    /// Cookies by name, as a browser keeps them.
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf: String?
    /// Over a real socket bodies arrive in several reads, as they do from a browser; in memory they arrive whole.
    private let overNetwork: Bool
    private var port: Int?
    /// A browser sees each redirect itself (and the cookies on it), so this client must not follow them.
    private lazy var browser = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: .init(redirectConfiguration: .disallow))

    private var cookie: String? {
        cookies.isEmpty
            ? nil : cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    private func remember(_ headers: HTTPHeaders) {
        for header in headers[.setCookie] {
            let pair = header.prefix { $0 != ";" }
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
    }

    /// With `overNetwork`, call `close()` before the app shuts down.
    init(_ app: Application, overNetwork: Bool = false) {
        self.app = app
        self.overNetwork = overNetwork
    }

    struct Page {
        let status: HTTPResponseStatus
        let body: String
        let location: String?
        var headers = HTTPHeaders()
        var bytes: [UInt8] = []
    }

    /// GETs a page, remembering the CSRF cookie and the token in its forms.
    @discardableResult
    func get(_ path: String) async throws -> Page {
        let page = try await send(.GET, path, headers: [:], body: nil)
        if let range = page.body.range(of: #"name="_csrf" value=""#) {
            csrf = String(page.body[range.upperBound...].prefix { $0 != "\"" })
        }
        return page
    }

    /// POSTs a form with the remembered cookie and token (unless `withToken` is false).
    @discardableResult
    func post(_ path: String, _ fields: [String: String], withToken: Bool = true, forwardedFor: String? = nil)
        async throws -> Page
    {
        var all = fields
        if withToken, let csrf { all["_csrf"] = csrf }
        let body = all.sorted { $0.key < $1.key }
            .map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        if let forwardedFor { headers.replaceOrAdd(name: "X-Forwarded-For", value: forwardedFor) }
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// POSTs a `multipart/form-data` form with one file, as a browser sends a file input, with the token.
    @discardableResult
    func upload(
        _ path: String, field: String, filename: String, contentType: String, bytes: [UInt8],
        _ fields: [String: String] = [:]
    ) async throws -> Page {
        let boundary = "----RebalanceTestBoundary7MA4YWxkTrZu0gW"
        var all = fields
        if let csrf { all["_csrf"] = csrf }
        var body = ByteBuffer()
        for (name, value) in all.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: \(contentType)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: body)
    }

    /// Stops the server a network client started.
    func close() async {
        guard port != nil else { return }
        try? await browser.shutdown()
        await app.server.shutdown()
        port = nil
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws
        -> Page
    {
        var headers = headers
        if let cookie { headers.replaceOrAdd(name: .cookie, value: cookie) }
        let (status, responseHeaders, bytes): (HTTPResponseStatus, HTTPHeaders, [UInt8])
        if overNetwork {
            var request = try HTTPClient.Request(
                url: "http://127.0.0.1:\(try await serverPort())\(path)", method: method, headers: headers)
            request.body = body.map { .byteBuffer($0) }
            let response = try await browser.execute(request: request).get()
            (status, responseHeaders, bytes) = (
                response.status, response.headers, response.body.map { Array(buffer: $0) } ?? []
            )
        } else {
            var result: (HTTPResponseStatus, HTTPHeaders, [UInt8])?
            try await app.testing().test(method, path, headers: headers, body: body) { res in
                result = (res.status, res.headers, Array(buffer: res.body))
            }
            (status, responseHeaders, bytes) = try #require(result)
        }
        remember(responseHeaders)
        return Page(
            status: status, body: String(decoding: bytes, as: UTF8.self),
            location: responseHeaders.first(name: .location),
            headers: responseHeaders, bytes: bytes)
    }

    private func serverPort() async throws -> Int {
        if let port { return port }
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let bound = try #require(app.http.server.shared.localAddress?.port)
        port = bound
        return bound
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text)
    }
}
