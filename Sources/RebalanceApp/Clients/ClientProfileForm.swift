import Foundation
import RebalanceCore

/// Reads the client profile form (contact, facts for the engine, the client's week and kit), field by field,
/// keeping what was typed for the page when something is wrong.
struct ClientProfileForm {
    /// Every value of a valid form.
    struct Values: Sendable {
        var name: String
        var email: String
        var phone: String?
        var dateOfBirth: String
        var sex: Sex?
        var goals: String
        var painAreas: [PainArea]
        var equipment: Set<Equipment>
        var conditions: Set<TrainingCondition>
        var surgeryRegion: Region?
        var sessionsPerWeek: Int
        var minutesPerSession: Int
        var setting: TrainingSetting
        var level: Int
        var recheckDue: String
        var notes: String
    }

    static func read(_ fields: [String: String], today: CalendarDay) -> Result<Values, FormProblems> {
        var problems = FormProblems()
        func text(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func fail(_ field: String, _ message: String) { problems.add(field, message) }
        func number(_ key: String, _ range: ClosedRange<Int>, _ label: String) -> Int {
            guard let value = Int(text(key)), range.contains(value) else {
                fail(key, "\(label): enter a whole number from \(range.lowerBound) to \(range.upperBound).")
                return range.lowerBound
            }
            return value
        }
        let name = text("name")
        if name.isEmpty || name.count > LeadDetails.maximumNameLength {
            fail("name", "Enter the client's name (up to \(LeadDetails.maximumNameLength) characters).")
        }
        let email = text("email").lowercased()
        if !LeadDetails.isEmail(email) { fail("email", "Enter an email address like name@example.com.") }
        let phone = text("phone")
        if !phone.isEmpty, !LeadDetails.isPhone(phone) {
            fail("phone", "Enter a phone number with 7–15 digits, or leave it empty.")
        }
        let born = text("dateOfBirth")
        if !born.isEmpty {
            if let day = CalendarDay(born) {
                if day >= today || day.year < today.year - 110 {
                    fail("dateOfBirth", "The date of birth must be in the past and within 110 years.")
                }
            } else {
                fail("dateOfBirth", "Enter the date of birth as YYYY-MM-DD, or leave it empty.")
            }
        }
        let sexText = text("sex")
        let sex = Sex(rawValue: sexText)
        if !sexText.isEmpty, sex == nil { fail("sex", "Choose female, male or other, or leave it empty.") }
        let goals = text("goals")
        if goals.count > 1_000 { fail("goals", "Keep the goals under 1,000 characters.") }
        var pain: [PainArea] = []
        for region in Region.allCases where fields["pain.\(region.rawValue)"] == "yes" {
            let side = Side(rawValue: fields["pain.\(region.rawValue).side"] ?? "both") ?? .both
            guard let nprs = Int(fields["pain.\(region.rawValue).nprs"] ?? ""), (0...10).contains(nprs) else {
                fail("pain.\(region.rawValue).nprs", "Rate the \(region.plainName) pain from 0 to 10.")
                continue
            }
            pain.append(PainArea(region: region, side: side, nprs: nprs))
        }
        let equipment = Set(Equipment.allCases.filter { fields["equipment.\($0.rawValue)"] == "yes" })
        var conditions = Set(Self.statedConditions.filter { fields["condition.\($0.rawValue)"] == "yes" })
        let regionText = text("surgeryRegion")
        let surgeryRegion = Region(rawValue: regionText)
        if !regionText.isEmpty, surgeryRegion == nil {
            fail("surgeryRegion", "Choose where the operation was from the list.")
        }
        // Naming where the operation was says there was one.
        if surgeryRegion != nil { conditions.insert(.recentSurgery) }
        let sessions = number("sessionsPerWeek", ProgramOptions.sessionsRange, "Sessions a week")
        let minutes = number("minutesPerSession", ProgramOptions.minutesRange, "Minutes a session")
        let level = number("level", ProgramOptions.levelRange, "Level")
        let setting = TrainingSetting(rawValue: text("setting")) ?? .studio
        let recheck = text("recheckDue")
        if !recheck.isEmpty, CalendarDay(recheck) == nil {
            fail("recheckDue", "Enter the re-check date as YYYY-MM-DD, or leave it empty.")
        }
        let notes = text("notes")
        if notes.count > 5_000 { fail("notes", "Keep the notes under 5,000 characters.") }
        guard problems.isEmpty else { return .failure(problems) }
        return .success(
            Values(
                name: name, email: email, phone: phone.isEmpty ? nil : phone, dateOfBirth: born, sex: sex, goals: goals,
                painAreas: pain,
                equipment: equipment, conditions: conditions, surgeryRegion: surgeryRegion, sessionsPerWeek: sessions,
                minutesPerSession: minutes, setting: setting, level: level,
                recheckDue: recheck, notes: notes))
    }

    /// Writes valid values onto a client.
    static func apply(_ values: Values, to client: Client) throws {
        client.name = values.name
        client.email = values.email
        client.phone = values.phone
        client.dateOfBirth = values.dateOfBirth
        client.sex = values.sex
        client.goals = values.goals
        try client.setPainAreas(values.painAreas)
        try client.setEquipment(values.equipment)
        try client.setConditions(values.conditions)
        client.surgeryRegion = values.surgeryRegion
        client.sessionsPerWeek = values.sessionsPerWeek
        client.minutesPerSession = values.minutesPerSession
        client.setting = values.setting
        client.level = values.level
        client.recheckDue = values.recheckDue
        client.notes = values.notes
        client.refreshSearchText()
    }

    /// The form's fields for an existing client (what the edit page starts from).
    static func fields(of client: Client) throws -> [String: String] {
        var fields: [String: String] = [
            "name": client.name, "email": client.email, "phone": client.phone ?? "", "dateOfBirth": client.dateOfBirth,
            "sex": client.sex?.rawValue ?? "", "goals": client.goals, "sessionsPerWeek": "\(client.sessionsPerWeek)",
            "minutesPerSession": "\(client.minutesPerSession)", "setting": client.setting.rawValue,
            "level": "\(client.level)",
            "recheckDue": client.recheckDue, "notes": client.notes,
        ]
        for area in try client.painAreas {
            fields["pain.\(area.region.rawValue)"] = "yes"
            fields["pain.\(area.region.rawValue).side"] = area.side.rawValue
            fields["pain.\(area.region.rawValue).nprs"] = area.nprs.map(String.init) ?? ""
        }
        for kit in try client.equipment { fields["equipment.\(kit.rawValue)"] = "yes" }
        for condition in try client.conditions { fields["condition.\(condition.rawValue)"] = "yes" }
        fields["surgeryRegion"] = client.surgeryRegion?.rawValue ?? ""
        return fields
    }

    /// Conditions a trainer states on the profile; pregnancy and blood pressure come from the health screen.
    static let statedConditions: [TrainingCondition] = [.recentSurgery, .osteoporosis, .acuteSprain]
}
