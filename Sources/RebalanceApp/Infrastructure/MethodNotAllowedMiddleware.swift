import Vapor

/// Answers 405 with an `Allow` header when a path exists but not for the request's method (instead of 404).
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    let routes: RoutePatterns

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            let response = try await next.respond(to: request)
            guard response.status == .notFound else { return response }
            return methodNotAllowed(for: request) ?? response
        } catch let error as any AbortError where error.status == .notFound {
            if let response = methodNotAllowed(for: request) { return response }
            throw error
        }
    }

    private func methodNotAllowed(for request: Request) -> Response? {
        var allowed = routes.methods(for: request.url.path)
        guard !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { return nil }
        if allowed.contains("GET") { allowed.insert("HEAD") }
        let response = Response(status: .methodNotAllowed)
        response.headers.replaceOrAdd(name: .allow, value: allowed.sorted().joined(separator: ", "))
        response.headers.contentType = .json
        response.body = .init(string: #"{"error":true,"reason":"Method Not Allowed"}"#)
        return response
    }

}

/// The registered routes as path patterns, to ask which methods a path answers to.
struct RoutePatterns: Sendable {
    /// Each route as path components, its method and the largest body it takes when that is above the default
    /// (uploads); `:name` and `*` components match anything.
    private let routes: [(path: [String], method: String, bodyLimit: Int?)]

    /// The `userInfo` key under which an upload route states its body limit in bytes.
    static let bodyLimitKey = "bodyLimit"

    init(_ routes: Routes) {
        self.routes = routes.all.map { route in
            (route.path.map(\.description), route.method.rawValue, route.userInfo[Self.bodyLimitKey] as? Int)
        }
    }

    /// The body limit an upload route set for a POST to `path`, if any.
    func uploadLimit(for path: String) -> Int? {
        let components = path.split(separator: "/").map(String.init)
        return routes.filter { $0.method == "POST" && Self.matches($0.path, components) }.compactMap(\.bodyLimit).max()
    }

    /// The methods registered for a request path.
    func methods(for path: String) -> Set<String> {
        let components = path.split(separator: "/").map(String.init)
        return Set(routes.filter { Self.matches($0.path, components) }.map(\.method))
    }

    private static func matches(_ pattern: [String], _ components: [String]) -> Bool {
        if pattern.last == "**" { return components.count >= pattern.count - 1 }
        guard pattern.count == components.count else { return false }
        return zip(pattern, components).allSatisfy { $0.hasPrefix(":") || $0 == "*" || $0 == $1 }
    }
}
