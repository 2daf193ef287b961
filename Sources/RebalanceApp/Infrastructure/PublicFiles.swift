import Foundation
import Vapor

/// Serves the site's static files: exactly the files that were in `Public/` at start-up, each with the type of
/// its own extension, and nothing else.
///
/// Vapor's `FileMiddleware` looks every request path up on disk, so a 256-byte segment made the system call fail
/// (a 500) and `/js/booking.js%00.html` was served as HTML. A table made once answers only exact names.
struct PublicFiles: AsyncMiddleware {
    private let files: [String: (path: String, type: HTTPMediaType)]

    /// Lists every regular file under `directory` (no hidden files, no links leaving it).
    init(directory: String) {
        var files: [String: (path: String, type: HTTPMediaType)] = [:]
        let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            let resolved = url.resolvingSymlinksInPath()
            guard (try? resolved.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                resolved.path.hasPrefix(root.path + "/"),
                let type = HTTPMediaType.fileExtension(resolved.pathExtension.lowercased())
            else { continue }
            files["/" + resolved.path.dropFirst(root.path.count + 1)] = (resolved.path, type)
        }
        self.files = files
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, let file = files[request.url.path] else {
            return try await next.respond(to: request)
        }
        let response = try await request.fileio.asyncStreamFile(at: file.path, mediaType: file.type)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return response
    }
}
