import Fluent
import Foundation
import RebalanceCore

/// Gives every studio without session types the four the method uses; the owner edits them later.
struct SeedSessionTypes: AsyncMigration {
    struct Default {
        let slug: String
        let name: String
        let summary: String
        let kind: SessionKind
        let timing: SessionTiming
        let price: String
    }

    static let defaults: [Default] = [
        Default(
            slug: "free-consult", name: "Free consultation",
            summary:
                "A 20-minute conversation about your pain, your goals and whether our method suits you. No exercise.",
            kind: .consultation,
            timing: SessionTiming(
                durationMinutes: 20, bufferAfterMinutes: 10, minimumNoticeMinutes: 240, horizonDays: 60,
                slotStepMinutes: 30),
            price: "Free"),
        Default(
            slug: "assessment", name: "Movement assessment",
            summary:
                "75 minutes of normed tests of your hips, shoulders, core, ankles, feet and breathing, "
                + "with your results explained.",
            kind: .training,
            timing: SessionTiming(
                durationMinutes: 75, bufferAfterMinutes: 15, minimumNoticeMinutes: 1440, horizonDays: 60,
                slotStepMinutes: 30),
            price: "$180"),
        Default(
            slug: "one-to-one", name: "1:1 session",
            summary: "A 60-minute corrective training session with your trainer.",
            kind: .training,
            timing: SessionTiming(
                durationMinutes: 60, bufferAfterMinutes: 10, minimumNoticeMinutes: 720, horizonDays: 60,
                slotStepMinutes: 30),
            price: "$120"),
        Default(
            slug: "re-check", name: "Re-check",
            summary: "45 minutes to repeat your key tests and compare them with last time.",
            kind: .training,
            timing: SessionTiming(
                durationMinutes: 45, bufferAfterMinutes: 15, minimumNoticeMinutes: 720, horizonDays: 60,
                slotStepMinutes: 30),
            price: "$90"),
    ]

    func prepare(on database: any Database) async throws {
        for studio in try await Studio.query(on: database).all() {
            let studioID = try studio.requireID()
            guard try await SessionType.query(on: database).filter(\.$studio.$id == studioID).count() == 0 else {
                continue
            }
            for (position, type) in Self.defaults.enumerated() {
                try await SessionType(
                    studioID: studioID, slug: type.slug, name: type.name, summary: type.summary, kind: type.kind,
                    timing: type.timing, priceText: type.price, position: position
                ).create(on: database)
            }
        }
    }

    func revert(on database: any Database) async throws {}
}

/// Creates the table of server-side keys and the key that signs booking links, shared by every app instance.
struct CreateSigningKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SigningKey.schema)
            .id()
            .field("name", .string, .required)
            .field("secret", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
        try await SigningKey(name: SigningKey.bookingLinks, secret: SigningKey.newSecret()).create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SigningKey.schema).delete()
    }
}
