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

    private var cookie: String? {
        cookies.isEmpty ? nil : cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
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

    init(_ app: Application) {
        self.app = app
    }

    struct Page {
        let status: HTTPResponseStatus
        let body: String
        let location: String?
    }

    /// GETs a page, remembering the CSRF cookie and the token in its forms.
    @discardableResult
    func get(_ path: String) async throws -> Page {
        var page: Page?
        try await app.testing().test(.GET, path, beforeRequest: { req in
            if let cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
        }, afterResponse: { res in
            remember(res.headers)
            let body = res.body.string
            if let range = body.range(of: #"name="_csrf" value=""#) {
                csrf = String(body[range.upperBound...].prefix { $0 != "\"" })
            }
            page = Page(status: res.status, body: body, location: res.headers.first(name: .location))
        })
        return try #require(page)
    }

    /// POSTs a form with the remembered cookie and token (unless `withToken` is false).
    @discardableResult
    func post(_ path: String, _ fields: [String: String], withToken: Bool = true, forwardedFor: String? = nil) async throws -> Page {
        var all = fields
        if withToken, let csrf { all["_csrf"] = csrf }
        let body = all.sorted { $0.key < $1.key }
            .map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var page: Page?
        try await app.testing().test(.POST, path, beforeRequest: { req in
            if let cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
            if let forwardedFor { req.headers.replaceOrAdd(name: "X-Forwarded-For", value: forwardedFor) }
            req.headers.contentType = .urlEncodedForm
            req.body = ByteBuffer(string: body)
        }, afterResponse: { res in
            remember(res.headers)
            page = Page(status: res.status, body: res.body.string, location: res.headers.first(name: .location))
        })
        return try #require(page)
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text)
    }
}
