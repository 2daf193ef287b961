import Fluent
import Foundation
import RebalanceCore

/// A client's complete record, for export on request (JSON, or CSV in one long table) and the way it is deleted.
struct ClientRecordExport: Encodable {
    struct Profile: Encodable {
        let name: String
        let email: String
        let phone: String?
        let dateOfBirth: String
        let sex: String?
        let goals: String
        let painAreas: [PainArea]
        let equipment: [String]
        let sessionsPerWeek: Int
        let minutesPerSession: Int
        let setting: String
        let level: Int
        let referral: String
        let recheckDue: String
        let notes: String
        let archived: Bool
    }

    struct Screen: Encodable {
        let date: String
        let outcome: String
        let reasons: String
        let answers: HealthScreenRecord.Answers
        let recordedBy: String
    }

    struct Clearance: Encodable {
        let date: String
        let clinician: String
        let note: String
    }

    struct AssessmentItem: Encodable {
        let date: String
        let status: String
        let findings: [Finding]
        let notes: String
        let result: Assessment?
    }

    struct ProgramItem: Encodable {
        let phase: String
        let phaseStartedOn: String
        let active: Bool
        let versions: [Version]
    }

    struct Version: Encodable {
        let number: Int
        let change: String
        let changedBy: String
        let program: CorrectiveProgram?
    }

    struct BookingItem: Encodable {
        let start: String
        let session: String
        let status: String
    }

    let exportedAt: String
    let profile: Profile
    let healthScreens: [Screen]
    let clearances: [Clearance]
    let assessments: [AssessmentItem]
    let programs: [ProgramItem]
    let sessions: [SessionLog]
    /// Pain flares by the one rule every page uses (`PainFlares`): "2026-11-28: right knee 3 → 6".
    let flares: [String]
    let functionScores: [FunctionScoreItem]
    let bookings: [BookingItem]
    /// The message thread with the studio, oldest first.
    let messages: [MessageItem]
    /// Posture photos with their points; the picture itself as a data URL, as kept (metadata already removed).
    let posturePhotos: [PostureItem]

    struct PostureItem: Encodable {
        let assessmentDate: String
        let view: String
        let landmarks: PostureLandmarks?
        let photo: String
    }

    struct MessageItem: Encodable {
        let sentAt: String
        let from: String
        let text: String
    }

    struct FunctionScoreItem: Encodable {
        let date: String
        let items: [FunctionScore.Item]
    }

    static func gather(_ client: Client, now: Date, on db: any Database) async throws -> ClientRecordExport {
        let id = try client.requireID()
        let screens = try await HealthScreenRecord.query(on: db).filter(\.$client.$id == id).sort(\.$createdAt).all()
        let clearances = try await ClearanceRecord.query(on: db).filter(\.$client.$id == id).sort(\.$createdAt).all()
        let assessments = try await AssessmentRecord.query(on: db).filter(\.$client.$id == id).sort(\.$performedOn)
            .all()
        let programs = try await ProgramRecord.query(on: db).filter(\.$client.$id == id).sort(\.$createdAt).all()
        let versions = try await ProgramVersion.query(on: db).filter(\.$program.$id ~~ programs.compactMap(\.id)).sort(
            \.$number
        ).all()
        let sessions = try await SessionRecord.query(on: db).filter(\.$client.$id == id).sort(\.$day).all()
        let scores = try await FunctionScore.query(on: db).filter(\.$client.$id == id).sort(\.$day).all()
        let bookings = try await Booking.query(on: db).filter(\.$studio.$id == client.$studio.id).filter(
            \.$clientEmail == client.email
        )
        .with(\.$sessionType).sort(\.$startsAt).all()
        let messages = try await ClientMessage.query(on: db).filter(\.$client.$id == id).with(\.$staffMember)
            .sort(\.$createdAt).all()
        var posture: [PostureItem] = []
        for photo in try await PosturePhoto.query(on: db).filter(\.$client.$id == id).with(\.$assessment).all() {
            guard let stored = try await StoredPhoto.find(photo.photoID, on: db) else { continue }
            posture.append(
                PostureItem(
                    assessmentDate: photo.assessment.performedOn, view: try photo.postureView().rawValue,
                    landmarks: try photo.landmarks,
                    photo: "data:\(try stored.mediaType());base64,\(stored.bytes.base64EncodedString())"))
        }
        return ClientRecordExport(
            exportedAt: OffsetTimestamp.format(now, in: .gmt),
            profile: Profile(
                name: client.name, email: client.email, phone: client.phone, dateOfBirth: client.dateOfBirth,
                sex: client.sex?.rawValue,
                goals: client.goals, painAreas: try client.painAreas,
                equipment: try client.equipment.map(\.rawValue).sorted(),
                sessionsPerWeek: client.sessionsPerWeek, minutesPerSession: client.minutesPerSession,
                setting: client.setting.rawValue,
                level: client.level, referral: client.referral.rawValue, recheckDue: client.recheckDue,
                notes: client.notes, archived: client.isArchived),
            healthScreens: try screens.map {
                Screen(
                    date: $0.performedOn, outcome: $0.clearance.rawValue, reasons: $0.reasons, answers: try $0.answers,
                    recordedBy: $0.recordedBy)
            },
            clearances: clearances.map { Clearance(date: $0.clearedOn, clinician: $0.clinician, note: $0.note) },
            assessments: try assessments.map {
                AssessmentItem(
                    date: $0.performedOn, status: $0.status.rawValue, findings: try $0.findings, notes: $0.notes,
                    result: try $0.result)
            },
            programs: try programs.map { program in
                ProgramItem(
                    phase: program.phase.rawValue, phaseStartedOn: program.phaseStartedOn, active: program.active,
                    versions: try versions.filter { $0.$program.id == program.id }.map {
                        Version(number: $0.number, change: $0.change, changedBy: $0.changedBy, program: try $0.content)
                    })
            },
            sessions: try sessions.map { try $0.log },
            flares: PainFlares.detect(try sessions.map { try $0.log }, baseline: try client.painAreas).map {
                "\($0.date): \(OutcomeTrend.Site(region: $0.region, side: $0.side).plainName) \($0.from) → \($0.to)"
            },
            functionScores: try scores.map { FunctionScoreItem(date: $0.day, items: try $0.items) },
            bookings: bookings.map {
                BookingItem(
                    start: OffsetTimestamp.format($0.startsAt, in: .gmt), session: $0.sessionType.name,
                    status: $0.status.rawValue)
            },
            messages: messages.map {
                MessageItem(
                    sentAt: OffsetTimestamp.format($0.createdAt, in: .gmt),
                    from: $0.author == .client ? client.name : $0.staffMember?.name ?? "the studio", text: $0.body)
            }, posturePhotos: posture)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// One long table — section, date, item, side, value, detail — that any spreadsheet opens.
    func csv() -> String {
        var rows: [[String]] = [["section", "date", "item", "side", "value", "detail"]]
        let p = profile
        for (item, value) in [
            ("name", p.name), ("email", p.email), ("phone", p.phone ?? ""), ("dateOfBirth", p.dateOfBirth),
            ("sex", p.sex ?? ""),
            ("goals", p.goals), ("sessionsPerWeek", "\(p.sessionsPerWeek)"),
            ("minutesPerSession", "\(p.minutesPerSession)"),
            ("setting", p.setting), ("level", "\(p.level)"), ("equipment", p.equipment.joined(separator: " ")),
            ("referral", p.referral), ("recheckDue", p.recheckDue), ("notes", p.notes),
        ] {
            rows.append(["profile", "", item, "", value, ""])
        }
        for area in p.painAreas {
            rows.append([
                "profile", "", "pain \(area.region.rawValue)", area.side.rawValue, area.nprs.map(String.init) ?? "",
                area.notes ?? "",
            ])
        }
        for screen in healthScreens {
            rows.append(["health screen", screen.date, "outcome", "", screen.outcome, screen.reasons])
            for (question, answer) in screen.answers.healthScreen.answers.sorted(by: { $0.key < $1.key }) {
                rows.append(["health screen", screen.date, question, "", answer ? "yes" : "no", ""])
            }
            for flag in screen.answers.redFlags {
                rows.append(["health screen", screen.date, "warning sign \(flag.rawValue)", "", "yes", ""])
            }
            if let pressure = screen.answers.healthScreen.restingBloodPressure {
                rows.append([
                    "health screen", screen.date, "resting blood pressure", "",
                    "\(pressure.systolic)/\(pressure.diastolic)", "mmHg",
                ])
            }
        }
        for clearance in clearances {
            rows.append(["clearance", clearance.date, "cleared by", "", clearance.clinician, clearance.note])
        }
        for assessment in assessments {
            for finding in assessment.findings {
                let value = finding.compensation?.rawValue ?? finding.value?.description ?? ""
                rows.append([
                    "assessment", assessment.date,
                    finding.test.rawValue + (finding.task.map { " \($0.rawValue)" } ?? ""),
                    finding.side?.rawValue ?? "", value, finding.unit?.rawValue ?? "",
                ])
            }
            for pattern in assessment.result?.patterns ?? [] {
                rows.append([
                    "assessment result", assessment.date, pattern.name, pattern.side.rawValue,
                    NumberText.format(pattern.confidence), "confidence",
                ])
            }
        }
        for program in programs {
            for version in program.versions {
                rows.append(["program", "", "version \(version.number)", "", version.change, version.changedBy])
            }
        }
        for session in sessions {
            for exercise in session.exercises {
                rows.append([
                    "session", session.date.description, exercise.exercise.rawValue, exercise.side?.rawValue ?? "",
                    "\(exercise.setsDone) sets",
                    [exercise.load, exercise.rpe.map { "RPE \($0)" }].compactMap { $0 }.joined(separator: " · "),
                ])
            }
            for check in session.pain {
                rows.append([
                    "session pain", session.date.description, check.region.rawValue, check.side.rawValue,
                    "\(check.before.map(String.init) ?? "")→\(check.after.map(String.init) ?? "")", "NPRS before→after",
                ])
            }
            if let notes = session.notes { rows.append(["session", session.date.description, "notes", "", notes, ""]) }
        }
        for flare in flares {
            rows.append(["pain flare", "", flare, "", "", "pain up by \(PainFlares.points) or more"])
        }
        for score in functionScores {
            for item in score.items {
                rows.append(["function (PSFS)", score.date, item.activity, "", "\(item.score)", "0–10"])
            }
        }
        for booking in bookings { rows.append(["booking", booking.start, booking.session, "", booking.status, ""]) }
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Deletes the client's health record for good, inside the caller's transaction `tx`: the client and
    /// everything under it, the self-check and lead it came from, personal data on past bookings (kept anonymised
    /// for the studio's accounts) — found by the lead and self-check they were made from as well as by email, so a
    /// booking under another address is not missed — and every email queued or sent to those addresses or about
    /// them. Afterwards call `SQLiteTuning.forgetDeletedText`, so the text does not survive in SQLite's files.
    static func delete(_ client: Client, in tx: any Database) async throws {
        let id = try client.requireID()
        let email = client.email
        let studioID = client.$studio.id
        let leadID = client.$lead.id
        let screenID = client.$selfCheck.id
        let bookings = try await Booking.query(on: tx).filter(\.$studio.$id == studioID).group(.or) { linked in
            linked.filter(\.$clientEmail == email)
            if let leadID { linked.filter(\.$lead.$id == leadID) }
            if let screenID { linked.filter(\.$selfCheck.$id == screenID) }
        }.all()
        let addresses = Array(Set([email] + bookings.map(\.clientEmail)))
        // Posture pictures are kept apart from the rows that point at them: gone with the client too.
        let pictures = try await PosturePhoto.query(on: tx).filter(\.$client.$id == id).all().map(\.photoID)
        // Cascades to screens, clearances, assessments, programs, sessions, scores, messages and posture rows.
        try await client.delete(on: tx)
        try await StoredPhoto.query(on: tx).filter(\.$id ~~ pictures).delete()
        if let screenID { try await SelfCheckRecord.query(on: tx).filter(\.$id == screenID).delete() }
        if let leadID { try await Lead.query(on: tx).filter(\.$id == leadID).delete() }
        try await Booking.query(on: tx).filter(\.$id ~~ bookings.compactMap(\.id))
            .set(\.$clientName, to: "Deleted client").set(
                \.$clientEmail, to: "deleted-\(id.uuidString.lowercased())@invalid"
            )
            .set(\.$clientPhone, to: nil).set(\.$healthAnswers, to: "").set(\.$staffNotes, to: "").update()
        try await OutboxMessage.query(on: tx).filter(\.$recipient ~~ addresses).delete()
        // Emails about the client to the studio (a new lead, a trainer's booking note) name them in the body; those
        // from the app (a flare, a message) link to the record by its id.
        try await OutboxMessage.query(on: tx).group(.or) { about in
            for address in addresses { about.filter(\.$body, .contains(inverse: false, .anywhere), address) }
            about.filter(\.$body, .contains(inverse: false, .anywhere), id.uuidString.lowercased())
        }.delete()
    }
}
