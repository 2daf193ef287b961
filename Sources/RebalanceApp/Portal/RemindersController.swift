import Fluent
import RebalanceCore
import Vapor

/// The client chooses home-session reminders (weekdays, a time on their own clock) or turns them off; every
/// reminder email's one-click unsubscribe lands here too, without signing in.
struct RemindersController: RouteCollection {
    /// Zones offered beside the studio's: the mainland US and Hawaii, where clients of a Los Angeles studio live.
    static let zones = [
        ("America/Los_Angeles", "Pacific"), ("America/Denver", "Mountain"), ("America/Phoenix", "Arizona"),
        ("America/Chicago", "Central"), ("America/New_York", "Eastern"), ("Pacific/Honolulu", "Hawaii"),
    ]

    func boot(routes: any RoutesBuilder) throws {
        let me = routes.grouped("me")
        me.grouped(RequireClient()).get("reminders", use: form)
        me.grouped(RequireClient()).post("reminders", use: save)
        me.get("unsubscribe", ":clientID", ":token", use: unsubscribePage)
        me.post("unsubscribe", ":clientID", ":token", use: unsubscribe)
        // Other kinds name themselves in the address (a fixed segment: the router allows one parameter name per level).
        for kind in ClientEmailKind.allCases where kind != .reminders {
            me.get("unsubscribe", .constant(kind.rawValue), ":clientID", ":token", use: unsubscribePage)
            me.post("unsubscribe", .constant(kind.rawValue), ":clientID", ":token", use: unsubscribe)
        }
    }

    /// The settings form; `days[]` arrives as a list.
    struct Form: Content {
        var on: String?
        var days: [String]?
        var time: String?
        var zone: String?
        /// "on" or "off": the email a few days before the re-check.
        var rechecks: String?
    }

    struct Choice: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct Context: Encodable {
        let page: PageContext
        let days: [Choice]
        let time: String
        let zones: [Choice]
        let on: Bool
        let rechecks: Bool
        let saved: Bool
        let error: String?
    }

    @Sendable func form(req: Request) async throws -> View {
        let client = try req.requireClient().client
        let studio = try await client.$studio.get(on: req.db)
        let chosen = Set(client.reminderDays.split(separator: ",").map(String.init))
        let time = client.reminderMinute.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) } ?? "18:00"
        return try await render(
            req, days: chosen, time: time, zone: client.reminderZone.isEmpty ? studio.timeZone : client.reminderZone,
            on: client.reminderMinute != nil && !chosen.isEmpty, rechecks: client.recheckEmails,
            saved: req.query[String.self, at: "saved"] != nil,
            error: nil)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let client = try req.requireClient().client
        let form = try req.content.decode(Form.self)
        let days = Set((form.days ?? []).filter { Weekday(rawValue: $0) != nil })
        let turnOn = form.on == "yes"
        let zone = Self.zones.map(\.0).contains(form.zone ?? "") ? form.zone ?? "" : ""
        let time = form.time ?? ""
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard !turnOn || (parts.count == 2 && (0..<24).contains(parts[0]) && (0..<60).contains(parts[1])) else {
            return try await render(
                req, days: days, time: time, zone: zone, on: turnOn, rechecks: form.rechecks != "off", saved: false,
                error: "Enter a time like 18:00 for your reminder."
            ).encodeResponse(status: .badRequest, for: req)
        }
        guard !turnOn || !days.isEmpty else {
            return try await render(
                req, days: days, time: time, zone: zone, on: turnOn, rechecks: form.rechecks != "off", saved: false,
                error: "Choose at least one day, or turn reminders off."
            ).encodeResponse(status: .badRequest, for: req)
        }
        client.reminderDays =
            turnOn ? Weekday.allCases.map(\.rawValue).filter(days.contains).joined(separator: ",") : ""
        client.reminderMinute = turnOn ? parts[0] * 60 + parts[1] : nil
        client.reminderZone = zone
        if let rechecks = form.rechecks { client.recheckEmails = rechecks != "off" }
        try await client.save(on: req.db)
        return req.redirect(to: "/me/reminders?saved=1", redirectType: .normal)
    }

    @Sendable func unsubscribePage(req: Request) async throws -> View {
        let (_, kind) = try await Self.client(req)
        return try await req.view.render(
            "me-unsubscribe",
            UnsubscribeContext(
                page: try await PageContext(req, title: "Stop emails"), action: req.url.path, done: false,
                what: kind.plural, turnBackOn: kind.turnBackOn))
    }

    /// One click from the mail app (RFC 8058) or the button on the page: that kind of email off, nothing else.
    @Sendable func unsubscribe(req: Request) async throws -> View {
        let (client, kind) = try await Self.client(req)
        switch kind {
        case .reminders:
            client.reminderDays = ""
            client.reminderMinute = nil
        case .messages:
            client.messageEmails = false
        case .rechecks:
            client.recheckEmails = false
        }
        try await client.save(on: req.db)
        return try await req.view.render(
            "me-unsubscribe",
            UnsubscribeContext(
                page: try await PageContext(req, title: "Emails stopped"), action: "", done: true, what: kind.plural,
                turnBackOn: kind.turnBackOn))
    }

    struct UnsubscribeContext: Encodable {
        let page: PageContext
        let action: String
        let done: Bool
        let what: String
        let turnBackOn: String
    }

    /// The client and the kind of email a signed unsubscribe address names.
    private static func client(_ req: Request) async throws -> (Client, ClientEmailKind) {
        let key = try await req.bookingLinks().key
        let named = req.url.path.split(separator: "/").dropFirst(2).first.map(String.init)
        let kind = ClientEmailKind.allCases.first { $0 != .reminders && $0.rawValue == named } ?? .reminders
        guard let id = req.parameters.get("clientID").flatMap(UUID.init(uuidString:)),
            let token = req.parameters.get("token"), kind.isValid(token, for: id, key: key),
            let client = try await Client.find(id, on: req.db)
        else { throw Abort(.notFound, reason: "This unsubscribe link is not valid. Change your emails in the app.") }
        return (client, kind)
    }

    private func render(
        _ req: Request, days: Set<String>, time: String, zone: String, on: Bool, rechecks: Bool, saved: Bool,
        error: String?
    ) async throws -> View {
        try await req.view.render(
            "me-reminders",
            Context(
                page: try await PageContext(req, title: "Reminders"),
                days: Weekday.allCases.map {
                    Choice(value: $0.rawValue, label: $0.name, checked: days.contains($0.rawValue))
                },
                time: time,
                zones: Self.zones.map { Choice(value: $0.0, label: $0.1, checked: $0.0 == zone) },
                on: on, rechecks: rechecks, saved: saved, error: error))
    }
}
