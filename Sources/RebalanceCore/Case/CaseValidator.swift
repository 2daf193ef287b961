/// Checks a decoded case against the knowledge base: known ids, plausible values, matching units, no duplicates.
public struct CaseValidator: Sendable {
    public static let maximumFindings = 400
    public static let maximumTextLength = 5_000
    public static let maximumListItems = 40

    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    public func validate(_ input: Case) throws(CaseError) {
        var issues: [CaseIssue] = []
        if let age = input.client.age, !(0...120).contains(age) {
            issues.append(CaseIssue("client.age", "\(age) is outside 0…120"))
        }
        issues += textIssues(input)
        for (index, area) in input.painAreas.enumerated() {
            if let nprs = area.nprs, !(0...10).contains(nprs) {
                issues.append(CaseIssue("painAreas[\(index)].nprs", "\(nprs) is outside the 0…10 pain scale"))
            }
        }
        for (index, report) in input.signs.enumerated() where knowledge.signsByID[report.sign] == nil {
            issues.append(CaseIssue("signs[\(index)]", "\"\(report.sign)\" is not a known sign"))
        }
        for (index, flag) in input.redFlags.enumerated() where knowledge.redFlagsByID[flag] == nil {
            issues.append(CaseIssue("redFlags[\(index)]", "\"\(flag)\" is not a known red-flag question"))
        }
        for (index, answer) in input.confirmations.enumerated() where knowledge.redFlagsByID[answer.flag] == nil {
            issues.append(CaseIssue("confirmations[\(index)].flag", "\"\(answer.flag)\" is not a known red flag"))
        }
        if let screen = input.healthScreen { issues += healthIssues(screen) }
        if input.findings.count > Self.maximumFindings {
            issues.append(CaseIssue("findings", "\(input.findings.count) findings; at most \(Self.maximumFindings)"))
        } else {
            issues += FindingValidator(knowledge: knowledge).issues(in: input.findings)
        }
        if !issues.isEmpty { throw CaseError(issues) }
    }

    private func textIssues(_ input: Case) -> [CaseIssue] {
        var issues: [CaseIssue] = []
        if input.notes.count > Self.maximumTextLength {
            issues.append(CaseIssue("notes", "is \(input.notes.count) characters; at most \(Self.maximumTextLength)"))
        }
        if input.goals.count > Self.maximumListItems {
            issues.append(CaseIssue("goals", "\(input.goals.count) goals; at most \(Self.maximumListItems)"))
        }
        for (index, goal) in input.goals.enumerated() where goal.count > 500 {
            issues.append(CaseIssue("goals[\(index)]", "is \(goal.count) characters; at most 500"))
        }
        if input.painAreas.count > Self.maximumListItems {
            issues.append(CaseIssue("painAreas", "\(input.painAreas.count) areas; at most \(Self.maximumListItems)"))
        }
        for (index, area) in input.painAreas.enumerated() where (area.notes ?? "").count > 1_000 {
            issues.append(CaseIssue("painAreas[\(index)].notes", "is too long; at most 1000 characters"))
        }
        return issues
    }

    private func healthIssues(_ screen: HealthScreen) -> [CaseIssue] {
        var issues: [CaseIssue] = []
        let known = Set(knowledge.safety.healthQuestions.map(\.id))
        for key in screen.answers.keys.sorted() where !known.contains(key) {
            issues.append(CaseIssue("healthScreen.answers.\(key)", "is not a known health question"))
        }
        if let pressure = screen.restingBloodPressure {
            if !(60...300).contains(pressure.systolic) {
                issues.append(
                    CaseIssue(
                        "healthScreen.restingBloodPressure.systolic", "\(pressure.systolic) mmHg is outside 60…300"))
            }
            if !(30...200).contains(pressure.diastolic) {
                issues.append(
                    CaseIssue(
                        "healthScreen.restingBloodPressure.diastolic", "\(pressure.diastolic) mmHg is outside 30…200"))
            }
            if pressure.diastolic >= pressure.systolic {
                issues.append(
                    CaseIssue("healthScreen.restingBloodPressure", "diastolic must be lower than systolic"))
            }
        }
        if let weeks = screen.pregnancyWeeks, !(0...45).contains(weeks) {
            issues.append(CaseIssue("healthScreen.pregnancyWeeks", "\(weeks) is outside 0…45"))
        }
        return issues
    }
}
