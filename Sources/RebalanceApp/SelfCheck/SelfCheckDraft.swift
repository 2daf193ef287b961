import Foundation
import RebalanceCore
import SQLKit
import Vapor

/// A self-check's answers as the pages read them: one indexed row, no model.
struct SelfCheckDraft: Sendable {
    let token: String
    /// Exactly as stored (sorted keys), so equal answers give equal text, which the page cache relies on.
    let answersJSON: String

    var answers: SelfCheckAnswers {
        get throws { try JSONColumn.decode(SelfCheckAnswers.self, answersJSON) }
    }

    static let notFound = Abort(
        .notFound, reason: "We could not find that self-check. The link may be incomplete, or the answers were deleted."
    )

    /// The route's `:token` if it has a token's shape, or 404.
    static func token(_ req: Request) throws -> String {
        guard let token = req.parameters.get("token"), SecretToken.hasShape(token) else { throw notFound }
        return token
    }

    /// The draft named by the route's `:token`, or 404.
    static func find(_ req: Request) async throws -> SelfCheckDraft {
        let token = try token(req)
        guard
            let row = try await req.db.sql.raw(
                """
                SELECT answers FROM self_screens WHERE token_hash = \(bind: SecretToken.fingerprint(token))
                """
            ).first()
        else { throw notFound }
        return SelfCheckDraft(token: token, answersJSON: try row.stored("answers", of: "self_screens"))
    }
}

/// A self-check page as anonymous visitors with the same answers all see it.
enum SelfCheckPage: Sendable {
    /// Another of the self-check's pages ("signs", "result", …) comes first.
    case redirect(String)
    case page(SharedRendering)
}
