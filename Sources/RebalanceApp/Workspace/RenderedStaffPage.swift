import Vapor

/// A staff page kept as HTML under a key that names everything it shows, filled with each request's form token.
///
/// The assessment result and the progress page are the pages a trainer keeps open in session; their content is
/// already kept per client revision (`ClientRevision`), and rendering it through Leaf was most of what was left.
/// The key adds what the layout shows — the member (their navigation) and the studio's details — so a page is
/// only reused for exactly what it was rendered from.
enum RenderedStaffPage {
    /// The page under `key`, if this member has it rendered for the studio as it is now.
    static func cached(_ req: Request, _ key: String) throws -> Response? {
        req.application.staffPages.value(for: try fullKey(req, key)).map { $0.response([.formToken: req.csrfToken]) }
    }

    /// Renders the page (`render` gets the stand-in for the form token), keeps it under `key` and answers with it.
    static func render(_ req: Request, _ key: String, _ render: (_ formToken: String) async throws -> View) async throws -> Response {
        let rendering = SharedRendering(rendered: String(buffer: try await render(SharedRendering.Slot.formToken.marker).data))
        req.application.staffPages.store(rendering, for: try fullKey(req, key))
        return rendering.response([.formToken: req.csrfToken])
    }

    private static func fullKey(_ req: Request, _ key: String) throws -> String {
        let staff = try req.requireStaff()
        return [key, try staff.member.requireID().uuidString, staff.member.role.rawValue, PublicPageCache.StudioDetails(staff.studio).cacheKey]
            .joined(separator: "\u{1F}")
    }
}

struct StaffPagesKey: StorageKey {
    typealias Value = PageCache<SharedRendering>
}

extension Application {
    /// Rendered staff pages (set up by `configure`).
    var staffPages: PageCache<SharedRendering> {
        guard let cache = storage[StaffPagesKey.self] else {
            preconditionFailure("configure(_:settings:) must run before routes use the staff page cache")
        }
        return cache
    }
}
