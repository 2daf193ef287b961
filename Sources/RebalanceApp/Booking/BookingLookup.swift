import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Finding what a booking request refers to, scoped to the studio this instance serves.
struct BookingLookup {
    let req: Request
    let studio: Studio

    static func make(_ req: Request) async throws -> BookingLookup {
        BookingLookup(req: req, studio: try await Studio.current(on: req.db))
    }

    /// The active session types, in the studio's order.
    func sessionTypes() async throws -> [SessionType] {
        try await SessionType.query(on: req.db).filter(\.$studio.$id == studio.requireID()).filter(\.$active == true)
            .sort(\.$position).sort(\.$name).all()
    }

    /// An active session type by its URL id.
    func sessionType(_ slug: String) async throws -> SessionType? {
        try await SessionType.query(on: req.db).filter(\.$studio.$id == studio.requireID()).filter(\.$slug == slug)
            .filter(\.$active == true).first()
    }

    /// A booking of this studio by id, or `nil`.
    func booking(_ raw: String?) async throws -> Booking? {
        guard let raw, let id = UUID(uuidString: raw) else { return nil }
        return try await Booking.query(on: req.db).filter(\.$id == id).filter(\.$studio.$id == studio.requireID())
            .first()
    }

    /// A self-check of this studio by its private token, or `nil`.
    func selfCheck(_ token: String?) async throws -> SelfCheckRecord? {
        guard let token, SecretToken.hasShape(token) else { return nil }
        return try await SelfCheckRecord.query(on: req.db).filter(\.$tokenHash == SecretToken.fingerprint(token))
            .filter(\.$studio.$id == studio.requireID()).first()
    }

    /// Whether a completed self-check says "see a clinician first".
    func referralRequired(_ record: SelfCheckRecord?) throws -> Bool {
        guard let answers = try record?.answers, answers.isComplete else { return false }
        return SelfCheckResult(answers: answers, engine: req.application.shared.engine).referral.required
    }

    /// How to reach the studio when online booking cannot help: its email when set, else its address.
    var contactLine: String {
        studio.email.isEmpty
            ? "Please contact \(studio.name) in person at \(studio.address)."
            : "Please email \(studio.name) at \(studio.email) or visit \(studio.address)."
    }

    /// The desk for changes made through this request.
    func desk() async throws -> BookingDesk {
        BookingDesk(
            db: req.db, studio: studio, links: try await req.bookingLinks(),
            baseURL: req.application.shared.settings.baseURL, now: req.now)
    }

    /// A zone from a query or body value: the studio's when absent; `nil` when named but unknown.
    func zone(_ identifier: String?) -> TimeZone? {
        guard let identifier, !identifier.isEmpty else { return studio.zone }
        return TimeZone(identifier: identifier)
    }
}
