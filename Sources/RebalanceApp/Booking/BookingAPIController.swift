import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The booking API: session types, open slots, and making, cancelling and moving bookings with signed tokens.
struct BookingAPIController: RouteCollection {
    /// The longest stretch one availability request may cover.
    static let maximumDays = 100

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("session-types", use: sessionTypes)
        api.get("availability", use: availability)
        api.post("bookings", use: create)
        api.get("bookings", ":bookingID", use: show)
        api.post("bookings", ":bookingID", "cancel", use: cancel)
        api.post("bookings", ":bookingID", "reschedule", use: reschedule)
    }

    @Sendable func sessionTypes(req: Request) async throws -> Response {
        let lookup = try await BookingLookup.make(req)
        let roster = TrainerRoster(db: req.db, studio: lookup.studio)
        var items: [BookingAPI.SessionTypeItem] = []
        for type in try await lookup.sessionTypes() {
            let trainers = try await roster.trainers(offering: type)
            items.append(
                BookingAPI.SessionTypeItem(
                    id: type.slug, name: type.name, durationMinutes: type.durationMinutes, description: type.summary,
                    kind: type.kind.rawValue, price: type.priceText, bufferBeforeMinutes: type.bufferBeforeMinutes,
                    bufferAfterMinutes: type.bufferAfterMinutes, minimumNoticeMinutes: type.noticeMinutes,
                    horizonDays: type.horizonDays,
                    trainers: trainers.map {
                        BookingAPI.TrainerItem(id: $0.id?.uuidString.lowercased() ?? "", name: $0.name)
                    }))
        }
        return try JSONResponse.make(items, status: .ok)
    }

    @Sendable func availability(req: Request) async throws -> Response {
        // Read before anything else, so an answer is never cached under a revision newer than its data.
        let revision = try await DiaryRevision.current(on: req.db)
        let cacheKey = req.url.query ?? ""
        let now = req.now
        if let body = req.application.shared.availability.answer(for: cacheKey, revision: revision, now: now) {
            return Self.json(body)
        }
        let lookup = try await BookingLookup.make(req)
        var issues: [CaseIssue] = []
        let slug = req.query[String.self, at: "sessionType"] ?? ""
        let type = slug.isEmpty ? nil : try await lookup.sessionType(slug)
        if slug.isEmpty {
            issues.append(CaseIssue("sessionType", "is required"))
        } else if type == nil {
            issues.append(CaseIssue("sessionType", "\"\(slug)\" is not a session type; see /api/v1/session-types"))
        }
        let zoneName = req.query[String.self, at: "tz"]
        let zone = lookup.zone(zoneName)
        if zone == nil { issues.append(CaseIssue("tz", BookingRuleError.unknownTimeZone(zoneName ?? "").description)) }
        let from = Self.day(req.query[String.self, at: "from"], "from", &issues)
        let to = Self.day(req.query[String.self, at: "to"], "to", &issues)
        if let from, let to {
            if to < from { issues.append(CaseIssue("to", "is before from")) }
            if from.days(to: to) >= Self.maximumDays {
                issues.append(CaseIssue("to", "is more than \(Self.maximumDays) days after from"))
            }
        }
        var trainers: [StaffMember] = []
        if let type {
            trainers = try await TrainerRoster(db: req.db, studio: lookup.studio).trainers(offering: type)
            if let wanted = req.query[String.self, at: "trainer"], !wanted.isEmpty, wanted != "any" {
                trainers = trainers.filter { $0.id?.uuidString.lowercased() == wanted.lowercased() }
                if trainers.isEmpty { issues.append(CaseIssue("trainer", "does not offer \(type.name)")) }
            }
        }
        guard issues.isEmpty, let type, let zone, let from, let to else {
            return try JSONResponse.make(APIError.Body(error: "invalid request", issues: issues), status: .badRequest)
        }
        let window = TimeSpan(
            start: WallClock.startOfDay(from, in: zone), end: WallClock.startOfDay(to.adding(days: 1), in: zone))
        let slots = try await TrainerRoster(db: req.db, studio: lookup.studio).openSlots(
            of: type, trainers: trainers, in: window, now: now)
        let body = BookingAPI.AvailabilityResponse(
            timeZone: zone, sessionType: type.slug, from: from.description, to: to.description, slots: slots
        ).json()
        req.application.shared.availability.store(
            AvailabilityCache.Entry(
                revision: revision, computedAt: now, studioDay: WallClock.day(of: now, in: lookup.studio.zone),
                earliestStart: slots.first?.start, noticeSeconds: TimeInterval(type.noticeMinutes * 60),
                zone: lookup.studio.zone, body: body),
            for: cacheKey)
        return Self.json(body)
    }

    static func json(_ body: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    @Sendable func create(req: Request) async throws -> Response {
        guard try await req.application.shared.rateLimits.booking.allow(req.clientAddress, now: req.now, on: req.db)
        else {
            return try Self.tooMany()
        }
        let lookup = try await BookingLookup.make(req)
        let body: BookingAPI.CreateRequest
        do { body = try Self.decode(req) } catch let body as InvalidBody { return try Self.invalid([body.issue]) }
        var issues: [CaseIssue] = []
        let slug = body.sessionType ?? ""
        let type = slug.isEmpty ? nil : try await lookup.sessionType(slug)
        if slug.isEmpty {
            issues.append(CaseIssue("sessionType", "is required"))
        } else if type == nil {
            issues.append(CaseIssue("sessionType", "\"\(slug)\" is not a session type; see /api/v1/session-types"))
        }
        var choice: BookingDesk.TrainerChoice?
        switch body.trainerId?.lowercased() {
        case nil, "": issues.append(CaseIssue("trainerId", "is required (a trainer id, or \"any\")"))
        case "any": choice = .any
        case let raw?:
            if let id = UUID(uuidString: raw) {
                choice = .specific(id)
            } else {
                issues.append(CaseIssue("trainerId", "is not a trainer id"))
            }
        }
        var start: Date?
        do {
            start = try OffsetTimestamp.parse(body.start ?? "")
        } catch { issues.append(CaseIssue("start", (body.start ?? "").isEmpty ? "is required" : error.description)) }
        let zone = lookup.zone(body.timeZone)
        if zone == nil {
            issues.append(CaseIssue("timeZone", BookingRuleError.unknownTimeZone(body.timeZone ?? "").description))
        }
        let (client, clientIssues) = BookingAPI.client(
            name: body.client?.name, email: body.client?.email, phone: body.client?.phone,
            timeZone: zone?.identifier ?? lookup.studio.timeZone, prefix: "client.")
        issues += clientIssues
        let check = try await lookup.selfCheck(body.selfCheck)
        if let token = body.selfCheck, !token.isEmpty, check == nil {
            issues.append(CaseIssue("selfCheck", "is not a self-check of this studio"))
        }
        guard issues.isEmpty, let type, let choice, let start, let client, let zone else {
            return try Self.invalid(issues)
        }
        let desk = try await lookup.desk()
        do {
            let booking = try await desk.book(
                BookingDesk.Order(
                    type: type, trainer: choice, start: start, client: client,
                    actor: BookingDesk.Actor(kind: .client, name: client.name),
                    referralRequired: lookup.referralRequired(check),
                    selfCheckID: check?.id))
            return try JSONResponse.make(try Self.item(booking, type, zone, desk), status: .created)
        } catch {
            return try Self.failure(error, zone: zone)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let lookup = try await BookingLookup.make(req)
        let (booking, problem) = try await Self.authorised(req, lookup, token: req.query[String.self, at: "token"])
        guard let booking else { return problem ?? Response(status: .notFound) }
        let type = try await booking.$sessionType.get(on: req.db)
        return try JSONResponse.make(
            try Self.item(booking, type, Self.clientZone(booking, lookup), try await lookup.desk()), status: .ok)
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        guard try await req.application.shared.rateLimits.booking.allow(req.clientAddress, now: req.now, on: req.db)
        else {
            return try Self.tooMany()
        }
        let lookup = try await BookingLookup.make(req)
        let body: BookingAPI.CancelRequest
        do { body = try Self.decode(req) } catch let body as InvalidBody { return try Self.invalid([body.issue]) }
        let (found, problem) = try await Self.authorised(req, lookup, token: body.token)
        guard let found else { return problem ?? Response(status: .notFound) }
        let reason = String((body.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500))
        let desk = try await lookup.desk()
        let zone = Self.clientZone(found, lookup)
        do {
            let booking = try await desk.cancel(
                found, actor: BookingDesk.Actor(kind: .client, name: found.clientName), reason: reason)
            return try JSONResponse.make(
                try Self.item(booking, try await booking.$sessionType.get(on: req.db), zone, desk), status: .ok)
        } catch {
            return try Self.failure(error, zone: zone)
        }
    }

    @Sendable func reschedule(req: Request) async throws -> Response {
        guard try await req.application.shared.rateLimits.booking.allow(req.clientAddress, now: req.now, on: req.db)
        else {
            return try Self.tooMany()
        }
        let lookup = try await BookingLookup.make(req)
        let body: BookingAPI.RescheduleRequest
        do { body = try Self.decode(req) } catch let body as InvalidBody { return try Self.invalid([body.issue]) }
        let (found, problem) = try await Self.authorised(req, lookup, token: body.token)
        guard let found else { return problem ?? Response(status: .notFound) }
        let start: Date
        do { start = try OffsetTimestamp.parse(body.start ?? "") } catch {
            return try Self.invalid([CaseIssue("start", (body.start ?? "").isEmpty ? "is required" : error.description)]
            )
        }
        let desk = try await lookup.desk()
        let zone = Self.clientZone(found, lookup)
        do {
            let booking = try await desk.move(
                found, to: start, actor: BookingDesk.Actor(kind: .client, name: found.clientName))
            return try JSONResponse.make(
                try Self.item(booking, try await booking.$sessionType.get(on: req.db), zone, desk), status: .ok)
        } catch {
            return try Self.failure(error, zone: zone)
        }
    }

    // MARK: - Helpers

    /// The booking named in the path, if the token is a valid signature for it; otherwise the error response.
    static func authorised(_ req: Request, _ lookup: BookingLookup, token: String?) async throws -> (
        Booking?, Response?
    ) {
        guard let booking = try await lookup.booking(req.parameters.get("bookingID")) else {
            return (nil, try JSONResponse.make(BookingAPI.Problem(error: "no such booking"), status: .notFound))
        }
        switch try await req.bookingLinks().verify(token ?? "", bookingID: try booking.requireID(), now: req.now) {
        case .valid: return (booking, nil)
        case .expired:
            return (
                nil,
                try JSONResponse.make(
                    BookingAPI.Problem(error: "this link has expired; please contact the studio"), status: .gone)
            )
        case .invalid:
            return (
                nil,
                try JSONResponse.make(
                    BookingAPI.Problem(error: "the token does not match this booking"), status: .forbidden)
            )
        }
    }

    static func item(_ booking: Booking, _ type: SessionType, _ zone: TimeZone, _ desk: BookingDesk) throws
        -> BookingAPI.BookingItem
    {
        try BookingAPI.BookingItem(
            booking, typeSlug: type.slug, zone: zone, token: try desk.links.token(for: booking), baseURL: desk.baseURL)
    }

    static func clientZone(_ booking: Booking, _ lookup: BookingLookup) -> TimeZone {
        TimeZone(identifier: booking.clientTimeZone) ?? lookup.studio.zone
    }

    static func failure(_ error: any Error, zone: TimeZone) throws -> Response {
        guard let failure = error as? BookingFailure else { throw error }
        if case .taken(let alternatives) = failure {
            return try JSONResponse.make(
                BookingAPI.Conflict(
                    error: failure.message, alternatives: alternatives.map { BookingAPI.SlotItem($0, zone: zone) }),
                status: .conflict)
        }
        if case .invalid(let errors) = failure, failure.status == .badRequest {
            return try invalid(errors.map { CaseIssue($0.field.isEmpty ? "(request)" : $0.field, $0.message) })
        }
        return try JSONResponse.make(BookingAPI.Problem(error: failure.message), status: failure.status)
    }

    static func invalid(_ issues: [CaseIssue]) throws -> Response {
        try JSONResponse.make(APIError.Body(error: "invalid request", issues: issues), status: .badRequest)
    }

    static func tooMany() throws -> Response {
        try JSONResponse.make(
            BookingAPI.Problem(error: "too many requests from this address; try again in a few minutes"),
            status: .tooManyRequests)
    }

    /// Decodes a JSON body, turning every decoding problem into one field-path issue.
    static func decode<T: Decodable>(_ req: Request) throws -> T {
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            throw InvalidBody(CaseIssue("(body)", "is empty; send a JSON object"))
        }
        guard buffer.readableBytes <= 64 * 1024 else { throw InvalidBody(CaseIssue("(body)", "is larger than 64 KB")) }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            let (path, message) = DecodingErrorText.pathAndMessage(error)
            throw InvalidBody(CaseIssue(path, message))
        }
    }

    static func day(_ text: String?, _ field: String, _ issues: inout [CaseIssue]) -> CalendarDay? {
        guard let text, !text.isEmpty else {
            issues.append(CaseIssue(field, "is required (YYYY-MM-DD)"))
            return nil
        }
        guard let day = CalendarDay(text) else {
            issues.append(CaseIssue(field, "\"\(text)\" is not a date; use YYYY-MM-DD"))
            return nil
        }
        return day
    }
}

/// A request body that could not be read, with the field path and message.
struct InvalidBody: Error {
    let issue: CaseIssue
    init(_ issue: CaseIssue) { self.issue = issue }
}
