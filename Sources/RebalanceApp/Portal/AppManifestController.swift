import Vapor

/// The web app manifest that lets a client add the app to the home screen, named after the studio. It is public:
/// browsers fetch manifests without cookies, and it says nothing about anyone.
struct AppManifestController: RouteCollection {
    /// The manifest's fields (https://www.w3.org/TR/appmanifest/).
    struct Manifest: Content {
        struct Icon: Codable {
            let src: String
            let sizes: String
            let type: String
        }

        let name: String
        let shortName: String
        let startURL: String
        let scope: String
        let display: String
        let backgroundColor: String
        let themeColor: String
        let icons: [Icon]

        enum CodingKeys: String, CodingKey {
            case name, scope, display, icons
            case shortName = "short_name"
            case startURL = "start_url"
            case backgroundColor = "background_color"
            case themeColor = "theme_color"
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("me", "app.webmanifest", use: manifest)
    }

    @Sendable func manifest(req: Request) async throws -> Response {
        let studio = try await req.application.shared.publicPages.studioDetails(on: req.db, now: req.now)
        let manifest = Manifest(
            name: studio.name, shortName: Self.shortName(studio.name), startURL: "/me", scope: "/me",
            display: "standalone", backgroundColor: "#ffffff", themeColor: "#1f3b57",
            icons: [Manifest.Icon(src: "/icon.svg", sizes: "any", type: "image/svg+xml")])
        let response = try await manifest.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .contentType, value: "application/manifest+json")
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return response
    }

    /// The name under the home-screen icon: the studio's name when it fits, else its first word.
    static func shortName(_ name: String) -> String {
        name.count <= 12 ? name : String(name.split(separator: " ").first?.prefix(12) ?? "Rebalance")
    }
}
