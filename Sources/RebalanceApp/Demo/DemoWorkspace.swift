import Fluent
import Foundation
import RebalanceCore
import Vapor

/// Demo clients for `rebalance seed-demo`: a runner with a program, six weeks of sessions and a re-check that
/// improved; and the red-flag lead converted and awaiting a clinician's clearance — so the dashboard, client
/// list, progress charts and comparison all have something to show.
enum DemoWorkspace {
    static func fill(_ app: Application, studio: Studio, trainer: StaffMember) async throws {
        let studioID = try studio.requireID()
        guard try await Client.query(on: app.db).filter(\.$studio.$id == studioID).count() == 0 else { return }
        let zone = studio.zone
        let today = app.timeSource.today(in: zone)
        let engine = app.shared.engine

        // Alex: right knee pain from dynamic valgus, eight weeks in.
        let alex = Client(studioID: studioID, name: "Alex Romero", email: "alex@demo.rebalance.example")
        alex.dateOfBirth = today.adding(days: -29 * 365).description
        alex.sex = .female
        alex.goals = "Run a half marathon without knee pain"
        try alex.setPainAreas([PainArea(region: .knee, side: .right, nprs: 5)])
        try alex.setEquipment([.band, .miniBand, .dumbbell])
        alex.refreshSearchText()
        try await alex.create(on: app.db)
        let alexID = try alex.requireID()
        let screen = HealthScreenRecord.Answers(
            healthScreen: HealthScreen(
                answers: Dictionary(
                    uniqueKeysWithValues: app.shared.knowledge.safety.healthQuestions.map { ($0.id, false) }),
                restingBloodPressure: BloodPressure(systolic: 118, diastolic: 74)),
            redFlags: [], notes: "")
        let start = today.adding(days: -56)
        try await HealthScreenRecord(
            clientID: alexID, answers: screen, clearance: .cleared, reasons: [], performedOn: start,
            recordedBy: trainer.name
        )
        .create(on: app.db)
        let baseline: [Finding] = [
            .measured("singleLegSquatFPPA", .right, 17), .measured("singleLegSquatFPPA", .left, 6),
            .positive("trendelenburg", .right), .positive("trendelenburg", .left, false),
            .measured("yBalanceAnterior", .right, 57), .measured("yBalanceAnterior", .left, 64),
            .measured("sideBridgeEndurance", .right, 48), .measured("sideBridgeEndurance", .left, 66),
            .squat(.kneesValgus, .right), .measured("kneeToWall", .right, 8.5), .measured("kneeToWall", .left, 11),
        ]
        let first = try await assessment(
            app, alex, screen: screen, findings: baseline, on: start, by: trainer.name, comparedWith: nil)
        let program = try ProgramGenerator(engine: engine).generate(
            for: ClientCase.make(alex, screen: screen, findings: baseline, notes: "", on: start),
            assessment: try requireResult(first.result), options: alex.programOptions)
        let record = ProgramRecord(clientID: alexID, assessmentID: try first.requireID(), startedOn: start)
        record.phase = .reeducate
        record.phaseStartedOn = start.adding(days: 28).description
        try await record.create(on: app.db)
        try await ProgramVersion(
            programID: record.requireID(), number: 1, content: program,
            change: "Generated from the assessment of \(BookingTimeText.day(start))", changedBy: trainer.name
        ).create(on: app.db)
        // Two sessions a week, pain easing from 5 to 1 with one flare in week 4.
        let pains = [5, 5, 4, 4, 4, 3, 6, 3, 3, 2, 2, 2, 1, 1, 1, 1]
        for (index, pain) in pains.enumerated() {
            let day = start.adding(days: 2 + index * 3 + index / 2)
            guard day <= today else { break }
            let phase = program.phase(index < 8 ? .reposition : .reeducate)
            let log = SessionLog(
                date: day,
                exercises: (phase?.exercises ?? []).prefix(4).map {
                    ExerciseLog(exercise: $0.exercise, setsDone: $0.dosage.sets, rpe: 6, techniqueOK: true)
                },
                pain: [PainCheck(region: .knee, side: .right, before: pain, after: max(0, pain - 1))])
            try await SessionRecord(
                clientID: alexID, programID: record.id, log: log, recordedBy: trainer.name,
                flare: index == 6 ? "right knee 3 → 6" : ""
            ).create(on: app.db)
        }
        for (offset, scores) in [(0, [3, 4, 2]), (28, [5, 5, 4]), (52, [7, 6, 6])] {
            let day = start.adding(days: offset)
            try await FunctionScore(
                clientID: alexID, day: day,
                items: zip(["Running 8 km", "Stairs down", "Single-leg landing"], scores)
                    .map { FunctionScore.Item(activity: $0.0, score: $0.1) }
            ).create(on: app.db)
        }
        let retest: [Finding] = [
            .measured("singleLegSquatFPPA", .right, 9), .measured("singleLegSquatFPPA", .left, 6),
            .positive("trendelenburg", .right, false), .measured("yBalanceAnterior", .right, 62),
            .measured("yBalanceAnterior", .left, 64),
            .measured("kneeToWall", .right, 10.5), .measured("kneeToWall", .left, 11), .squat(.none),
        ]
        _ = try await assessment(
            app, alex, screen: screen, findings: retest, on: today.adding(days: -3), by: trainer.name,
            comparedWith: first.id)
        alex.currentPhase = ExerciseDefinition.Phase.reeducate.rawValue
        alex.recheckDue = today.adding(days: 25).description
        try await alex.save(on: app.db)

        // Sam: the self-check lead with saddle numbness, converted and waiting for a clinician.
        if let lead = try await Lead.query(on: app.db).filter(\.$studio.$id == studioID).filter(
            \.$email == "sam@demo.rebalance.example"
        ).first() {
            let sam = Client(studioID: studioID, name: lead.name, email: lead.email)
            sam.phone = lead.phone
            sam.$lead.id = lead.id
            sam.$selfCheck.id = lead.$selfCheck.id
            sam.referral = .awaitingClearance
            try sam.setPainAreas([PainArea(region: .lowBack, nprs: 7)])
            sam.refreshSearchText()
            try await sam.create(on: app.db)
        }
    }

    /// A completed assessment with the engine's result, as the entry form would save it.
    private static func assessment(
        _ app: Application, _ client: Client, screen: HealthScreenRecord.Answers, findings: [Finding],
        on day: CalendarDay, by name: String,
        comparedWith: UUID?
    ) async throws -> AssessmentRecord {
        let record = AssessmentRecord(
            clientID: try client.requireID(), performedOn: day, recordedBy: name, comparedWith: comparedWith)
        try record.setFindings(findings)
        let result = app.shared.engine.assess(
            try ClientCase.make(client, screen: screen, findings: findings, notes: "", on: day))
        record.status = .complete
        record.resultJSON = try JSONColumn.encode(result)
        record.knowledgeVersion = result.knowledgeBaseVersion
        try await record.create(on: app.db)
        return record
    }

    /// The value, or an error naming what was missing (seed data must be complete).
    private static func requireResult<T>(_ value: T?) throws -> T {
        guard let value else { throw Abort(.internalServerError, reason: "demo assessment has no result") }
        return value
    }
}
