import RebalanceCore
import Vapor

/// A photo sent from a form (`multipart/form-data`, field `photo`), checked and cleaned in Core before anything is
/// stored. One limit for every photo Rebalance takes: large enough for a phone camera's full-size picture.
enum PhotoUpload {
    static let limitBytes = 15_000_000
    /// The request may carry the form's other fields and the multipart framing as well as the photo.
    static let bodyLimitBytes = limitBytes + 100_000

    private struct Form: Content {
        var photo: File?
    }

    /// The cleaned photo in `req`'s form, or the problem in words for the person who chose it.
    static func photo(in req: Request, minimumSide: Int) throws -> Result<PhotoFile, PhotoProblem> {
        guard let file = try req.content.decode(Form.self).photo, file.data.readableBytes > 0 else {
            return .failure(.empty)
        }
        do {
            return .success(
                try PhotoFile(
                    cleaning: Array(buffer: file.data), limitBytes: limitBytes, minimumSide: minimumSide))
        } catch {
            return .failure(error)
        }
    }
}

extension RoutesBuilder {
    /// A POST route that takes a photo: its body is collected up to the photo limit, and the CSRF check (which reads
    /// the form before routing) is told the same limit.
    @discardableResult
    func photoUpload(
        _ path: PathComponent..., use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = on(.POST, path, body: .collect(maxSize: ByteCount(value: PhotoUpload.bodyLimitBytes)), use: closure)
        route.userInfo[RoutePatterns.bodyLimitKey] = PhotoUpload.bodyLimitBytes
        return route
    }
}
