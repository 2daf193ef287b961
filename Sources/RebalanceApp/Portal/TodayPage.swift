import Fluent
import Foundation
import RebalanceCore
import Vapor

/// The client's Today page: today's plan from the program's week, the exercises to do, and the form to note them.
enum TodayPage {
    /// What the program asks for today.
    struct Plan {
        let phase: ProgramPhase?
        let record: ProgramRecord?
        let programID: UUID?
        let activity: WeeklySchedule.Activity
        let minutes: Int
        let exercises: [PrescribedExercise]
        let form: SessionLogForm

        init(_ client: Client, today: CalendarDay, on db: any Database, knowledge: KnowledgeBase) async throws {
            let (phase, record) = try await SessionLogController.currentPhase(client, on: db)
            let day = phase?.schedule.days.first { $0.weekday == today.weekday }
            self.phase = phase
            self.record = record
            programID = record?.id
            activity = day?.activity ?? .rest
            // A home-practice day lists only the short routine; other days list the whole session.
            let practice = (phase?.homePractice ?? []).compactMap { id in phase?.exercises.first { $0.exercise == id } }
            exercises = activity == .homePractice && !practice.isEmpty ? practice : phase?.exercises ?? []
            minutes = activity == .homePractice ? phase?.homePracticeMinutes ?? 0 : day?.minutes ?? 0
            form = SessionLogForm(offering: exercises, painAreas: try client.painAreas, knowledge: knowledge)
        }
    }

    /// The session log page's choice and pain row: Today reads and writes the same fields.
    typealias Option = SessionLogPage.Option
    typealias PainRow = SessionLogPage.PainRow

    struct Card: Encodable {
        let key: String
        let exercise: String
        let number: Int
        let name: String
        let kind: String
        let dose: String
        let cues: [String]
        let why: String
        let done: Bool
        let effort: [Option]
        /// Seconds for the timer: the hold, and the rest between sets (0 when none).
        let hold: Int
        let rest: Int
        /// The start and end picture, and the words that describe it.
        let picture: Picture?
    }

    typealias Picture = ExercisePictureController.Picture

    struct Context: Encodable {
        let page: PageContext
        let firstName: String
        /// The day the page was made for, sent back with the form so a session kept offline keeps its day.
        let day: String
        /// Studio messages the client has not opened.
        let unreadMessages: Int
        let dayTitle: String
        let plan: String?
        let hasProgram: Bool
        let phaseTitle: String?
        let cards: [Card]
        let pain: [PainRow]?
        let notes: String
        let key: String
        let saved: Bool
        /// After a recent flare: what happened and how to ease back, in the client's words.
        let easeBack: [String]?
        let checkInDue: Bool
        let stopPoints: Int
        let errors: [FieldErrorItem]?
    }

    static func render(
        _ req: Request, _ client: Client, fields: [String: String], problems: FormProblems?, saved: Bool
    ) async throws -> View {
        let studio = try await client.$studio.get(on: req.db)
        let today = WallClock.day(of: req.now, in: studio.zone)
        let knowledge = req.application.shared.knowledge
        let plan = try await Plan(client, today: today, on: req.db, knowledge: knowledge)
        let levels = [("", "—")] + (0...10).map { ("\($0)", "\($0)") }
        func options(_ key: String) -> [Option] {
            levels.map { Option(value: $0.0, label: $0.1, selected: fields[key] == $0.0) }
        }
        // A session booked for today says when and with whom, whatever the program's week planned.
        let booked = try await Booking.query(on: req.db).filter(\.$studio.$id == studio.requireID())
            .filter(\.$clientEmail == client.email).filter(\.$status == .confirmed)
            .filter(\.$startsAt >= WallClock.startOfDay(today, in: studio.zone))
            .filter(\.$startsAt < WallClock.startOfDay(today.adding(days: 1), in: studio.zone))
            .sort(\.$startsAt).with(\.$trainer).first()
        let bookedText = booked.map {
            "A studio session today at \(BookingTimeText.time($0.startsAt, in: studio.zone)) with \($0.trainer.name). "
                + "Here is your list, to look over before."
        }
        let plannedText: String? =
            switch plan.activity {
            case _ where plan.phase == nil: nil
            case .homePractice: "Home practice today, about \(plan.minutes) minutes."
            case .homeSession: "Your full session at home today, about \(plan.minutes) minutes."
            case .studioSession:
                "A studio session today. Here is the list, to look over or to do at home if you miss it."
            case .rest: "A rest day. If you feel like moving, the list is here; easy does it."
            }
        let planText = bookedText ?? plannedText
        let easeBack = try await easeBack(req, client, plan, today: today, knowledge: knowledge)
        let cards = plan.form.exercises.enumerated().map { index, offered in
            let prescribed = plan.exercises.first { $0.exercise == offered.exercise }
            let drawing = knowledge.exercisesByID[offered.exercise].flatMap(knowledge.drawing(of:))
            return Card(
                key: "x.\(index)", exercise: offered.exercise.rawValue, number: index + 1, name: offered.name,
                kind: prescribed?.block.heading ?? "",
                dose: prescribed?.dosage.plainWords ?? offered.dosage, cues: prescribed?.cues ?? [],
                why: (prescribed?.reasons ?? []).plainWords(knowledge),
                done: fields["x.\(index).done"] == "yes", effort: options("x.\(index).rpe"),
                hold: prescribed?.dosage.holdSeconds ?? 0, rest: prescribed?.dosage.restSeconds ?? 0,
                picture: drawing.map { Picture(offered.exercise, $0, knowledge: knowledge) })
        }
        let context = Context(
            page: try await PageContext(req, title: "Today"),
            firstName: client.firstName,
            day: today.description,
            unreadMessages: try await MessageThread.unread(of: client.requireID(), by: .client, on: req.db),
            dayTitle: BookingTimeText.day(today), plan: planText, hasProgram: plan.phase != nil,
            phaseTitle: plan.phase.map { "Phase \($0.phase.number): \($0.title)" }, cards: cards,
            pain: plan.form.painAreas.map { area in
                let key = SessionLogForm.painKey(area)
                let name = OutcomeTrend.Site(region: area.region, side: area.side).plainName
                return PainRow(
                    key: key, label: name.capitalizedFirst,
                    before: options("\(key).before"), after: options("\(key).after"))
            }.nonEmpty,
            notes: fields["notes"] ?? "", key: fields["key"] ?? UUID().uuidString.lowercased(), saved: saved,
            easeBack: easeBack, checkInDue: try await CheckInController.isDue(client, today: today, on: req.db),
            stopPoints: PainFlares.points, errors: problems?.summary.nonEmpty)
        return try await req.view.render("me-today", context)
    }

    /// A flare in the last three days, by the rule every page uses, and the program review's easier versions.
    private static func easeBack(
        _ req: Request, _ client: Client, _ plan: Plan, today: CalendarDay, knowledge: KnowledgeBase
    ) async throws -> [String]? {
        guard let record = plan.record,
            let review = try await ProgramBuilderPage.review(req, client, record, today: today),
            let flare = review.flares.last(where: { $0.date >= today.adding(days: -3) })
        else { return nil }
        let site = OutcomeTrend.Site(region: flare.region, side: flare.side).plainName
        func name(_ id: ExerciseID) -> String { knowledge.exercisesByID[id]?.name ?? id.rawValue }
        let swaps = review.adjustments.filter { $0.action == .regress }.map { adjustment in
            adjustment.to.map { "\(name(adjustment.exercise)): do \(name($0)) instead." }
                ?? "\(name(adjustment.exercise)): go easier, or skip it if it brings the pain up."
        }
        return [
            "Your \(site) pain went from \(flare.from) to \(flare.to) on \(BookingTimeText.day(flare.date)). Ease back "
                + "for the next few days, and stop anything that brings it up."
        ] + swaps + ["Your trainer has been told and may call you before your next session."]
    }
}
