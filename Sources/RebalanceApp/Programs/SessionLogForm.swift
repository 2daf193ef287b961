import Foundation
import RebalanceCore

/// The session log form's fields, both ways: a log read from the form (with its problems in words) and a stored
/// log written back into fields for correcting it. New and corrected logs share this one reading.
struct SessionLogForm {
    /// An exercise the form offers: from the current phase (with its planned dose) or from the log being corrected.
    struct Offered {
        let exercise: ExerciseID
        let name: String
        let dosage: String
        let sets: Int
        let reps: Int?
        let hold: Int?

        init(_ prescribed: PrescribedExercise) {
            exercise = prescribed.exercise
            name = prescribed.name
            dosage = prescribed.dosage.summary
            sets = prescribed.dosage.sets
            reps = prescribed.dosage.reps
            hold = prescribed.dosage.holdSeconds
        }

        /// An exercise logged in an earlier phase: the log's own values are its dose.
        init(_ logged: ExerciseLog, knowledge: KnowledgeBase) {
            exercise = logged.exercise
            name = knowledge.exercisesByID[logged.exercise]?.name ?? logged.exercise.rawValue
            dosage = "as logged"
            sets = logged.setsDone
            reps = logged.reps
            hold = logged.holdSeconds
        }
    }

    /// The exercises offered: those already in the log first (a correction keeps them), then the phase's others.
    let exercises: [Offered]
    /// The areas pain is asked for: the client's painful areas and any the log already rates.
    let painAreas: [PainArea]

    init(phase: ProgramPhase?, painAreas: [PainArea], correcting log: SessionLog? = nil, knowledge: KnowledgeBase) {
        self.init(offering: phase?.exercises ?? [], painAreas: painAreas, correcting: log, knowledge: knowledge)
    }

    /// A form offering `planned` (a phase's exercises, or only its home practice).
    init(
        offering planned: [PrescribedExercise], painAreas: [PainArea], correcting log: SessionLog? = nil,
        knowledge: KnowledgeBase
    ) {
        let logged = (log?.exercises ?? []).map { entry in
            planned.first { $0.exercise == entry.exercise }.map(Offered.init)
                ?? Offered(entry, knowledge: knowledge)
        }
        let planned = planned.filter { prescribed in
            !logged.contains { $0.exercise == prescribed.exercise }
        }.map(Offered.init)
        exercises = logged + planned
        let rated = (log?.pain ?? []).map { PainArea(region: $0.region, side: $0.side) }
        var seen = Set<String>()
        self.painAreas = (painAreas + rated).filter { seen.insert(Self.painKey($0)).inserted }
    }

    static func painKey(_ area: PainArea) -> String { "pain.\(area.region.rawValue).\(area.side.rawValue)" }

    /// The fields that show `log` in this form.
    func fields(for log: SessionLog) -> [String: String] {
        var fields = ["date": log.date.description, "activity": log.activity.rawValue, "notes": log.notes ?? ""]
        for (index, offered) in exercises.enumerated() {
            guard let entry = log.exercises.first(where: { $0.exercise == offered.exercise }) else { continue }
            let key = "x.\(index)"
            fields["\(key).done"] = "yes"
            fields["\(key).sets"] = String(entry.setsDone)
            fields["\(key).reps"] = entry.reps.map(String.init) ?? ""
            fields["\(key).hold"] = entry.holdSeconds.map(String.init) ?? ""
            fields["\(key).load"] = entry.load ?? ""
            fields["\(key).rpe"] = entry.rpe.map(String.init) ?? ""
            if entry.techniqueOK == false { fields["\(key).brokeDown"] = "yes" }
        }
        for check in log.pain {
            let key = Self.painKey(PainArea(region: check.region, side: check.side))
            fields["\(key).before"] = check.before.map(String.init) ?? ""
            fields["\(key).after"] = check.after.map(String.init) ?? ""
        }
        return fields
    }

    /// The log the fields describe, or what to fix; `today` bounds the date (today or within the past year).
    func read(_ fields: [String: String], today: CalendarDay) -> Result<SessionLog, FormProblems> {
        var problems = FormProblems()
        guard let date = fields["date"].flatMap(CalendarDay.init), date <= today, date >= today.adding(days: -365)
        else {
            problems.add("date", "Enter the session's date (today or within the past year).")
            return .failure(problems)
        }
        func int(_ key: String, _ range: ClosedRange<Int>, _ label: String) -> Int? {
            let text = (fields[key] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let value = Int(text), range.contains(value) else {
                problems.add(key, "\(label): enter a whole number from \(range.lowerBound) to \(range.upperBound).")
                return nil
            }
            return value
        }
        var logged: [ExerciseLog] = []
        for (index, offered) in exercises.enumerated() where fields["x.\(index).done"] == "yes" {
            let load = String((fields["x.\(index).load"] ?? "").trimmingCharacters(in: .whitespaces).prefix(60))
            logged.append(
                ExerciseLog(
                    exercise: offered.exercise,
                    setsDone: int("x.\(index).sets", 0...20, "\(offered.name) sets")
                        ?? offered.sets,
                    reps: int("x.\(index).reps", 1...100, "\(offered.name) reps"),
                    holdSeconds: int("x.\(index).hold", 1...600, "\(offered.name) hold"),
                    load: load.isEmpty ? nil : load, rpe: int("x.\(index).rpe", 0...10, "\(offered.name) RPE"),
                    techniqueOK: fields["x.\(index).brokeDown"] != "yes"))
        }
        var pain: [PainCheck] = []
        for area in painAreas {
            let key = Self.painKey(area)
            let before = int("\(key).before", 0...10, "Pain before")
            let after = int("\(key).after", 0...10, "Pain after")
            if before != nil || after != nil {
                pain.append(PainCheck(region: area.region, side: area.side, before: before, after: after))
            }
        }
        let notes = (fields["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if notes.count > 5_000 { problems.add("notes", "Keep the notes under 5,000 characters.") }
        if logged.isEmpty, pain.isEmpty, notes.isEmpty {
            problems.add("date", "Tick at least one exercise, rate the pain, or write a note.")
        }
        guard problems.isEmpty else { return .failure(problems) }
        let activity = WeeklySchedule.Activity(rawValue: fields["activity"] ?? "") ?? .studioSession
        return .success(
            SessionLog(
                date: date, activity: activity, exercises: logged, pain: pain, notes: notes.isEmpty ? nil : notes))
    }
}
