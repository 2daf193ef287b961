/// Checks a knowledge base for broken references, missing sources and impossible rules.
struct KnowledgeValidator {
    let knowledge: KnowledgeBase

    func issues() -> [KnowledgeIssue] {
        var found: [KnowledgeIssue] = []
        found += metaIssues()
        found += duplicates(knowledge.muscles.map(\.id.rawValue), file: "muscles.yaml")
        found += duplicates(knowledge.signs.map(\.id.rawValue), file: "signs.yaml")
        found += duplicates(knowledge.compensations.map(\.id.rawValue), file: "compensations.yaml")
        found += duplicates(
            knowledge.tests.map(\.id.rawValue) + knowledge.ratios.map(\.id.rawValue), file: "tests.yaml/ratios.yaml")
        found += duplicates(knowledge.patterns.map(\.id.rawValue), file: "patterns.yaml")
        found += duplicates(knowledge.safety.redFlags.map(\.id.rawValue), file: "safety.yaml")
        found += duplicates(knowledge.exercises.map(\.id.rawValue), file: "exercises.yaml")
        found += duplicates(knowledge.poses.map(\.id.rawValue), file: "poses.yaml")
        found += compensationIssues()
        found += knowledge.tests.flatMap(testIssues)
        found += knowledge.ratios.flatMap(ratioIssues)
        found += knowledge.patterns.flatMap(patternIssues)
        found += safetyIssues()
        found += ExerciseLibraryValidator(knowledge: knowledge).issues()
        found += postureIssues()
        return found
    }

    /// Every posture measure has one entry with a norm (its own, or a known test's) and a positive error.
    private func postureIssues() -> [KnowledgeIssue] {
        var found = duplicates(knowledge.posture.map(\.kind.rawValue), file: "posture.yaml")
        for kind in PostureMeasure.Kind.allCases where knowledge.postureByKind[kind] == nil {
            found.append(KnowledgeIssue(file: "posture.yaml", entry: kind.rawValue, message: "no entry"))
        }
        for entry in knowledge.posture {
            var messages: [String] = []
            if let test = entry.test, knowledge.testsByID[test] == nil { messages.append("unknown test \"\(test)\"") }
            if (entry.test == nil) == (entry.norm == nil) { messages.append("needs exactly one of test / norm") }
            if entry.error <= 0 || entry.errorSource.isEmpty {
                messages.append("needs a positive error and its source")
            }
            found += messages.map { KnowledgeIssue(file: "posture.yaml", entry: entry.kind.rawValue, message: $0) }
        }
        return found
    }

    private func metaIssues() -> [KnowledgeIssue] {
        knowledge.meta.version.isEmpty
            ? [KnowledgeIssue(file: "meta.yaml", entry: nil, message: "version is empty")] : []
    }

    private func duplicates(_ ids: [String], file: String) -> [KnowledgeIssue] {
        var seen = Set<String>()
        var issues: [KnowledgeIssue] = []
        for id in ids where !seen.insert(id).inserted {
            issues.append(KnowledgeIssue(file: file, entry: id, message: "duplicate id"))
        }
        return issues
    }

    func unknownMuscles(_ ids: [MuscleID], file: String, entry: String) -> [KnowledgeIssue] {
        ids.filter { knowledge.musclesByID[$0] == nil }.map {
            KnowledgeIssue(file: file, entry: entry, message: "unknown muscle id \"\($0)\"")
        }
    }

    private func compensationIssues() -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        for compensation in OverheadSquatCompensation.allCases
        where compensation != .none && knowledge.compensationsByID[compensation] == nil {
            issues.append(
                KnowledgeIssue(file: "compensations.yaml", entry: compensation.rawValue, message: "missing entry"))
        }
        for entry in knowledge.compensations {
            let muscles = entry.overactive + entry.underactive + (entry.oppositeSideUnderactive ?? [])
            issues += unknownMuscles(muscles, file: "compensations.yaml", entry: entry.id.rawValue)
            if entry.source.isEmpty {
                issues.append(
                    KnowledgeIssue(file: "compensations.yaml", entry: entry.id.rawValue, message: "no source"))
            }
        }
        return issues
    }

    private func testIssues(_ test: TestDefinition) -> [KnowledgeIssue] {
        var messages: [String] = []
        if test.norm.source.isEmpty { messages.append("norm has no source") }
        if test.norm.rule.isEmpty { messages.append("norm has no rule text") }
        if test.unit == .none && test.kind != .compensation { messages.append("only the overhead squat has no unit") }
        switch test.kind {
        case .number:
            if test.plausibleRange == nil { messages.append("number test needs range [min, max]") }
            if let band = test.norm.borderline, band <= 0 { messages.append("borderline band must be positive") }
            // A band is published, or it is the test's own measurement error.
            if let band = test.norm.borderline, (test.norm.borderlineSource ?? "").isEmpty, test.mdc != band {
                messages.append("borderline band needs borderlineSource, or must equal the test's mdc")
            }
            if let below = test.norm.flagBelow, let above = test.norm.flagAbove, below > above {
                messages.append("flagBelow is above flagAbove")
            }
        case .boolean:
            if test.norm.flagWhen == nil { messages.append("boolean test needs norm.flagWhen") }
        case .grade:
            if (test.grades ?? []).isEmpty { messages.append("grade test needs grades") }
        case .compensation:
            break
        }
        if let asymmetry = test.asymmetry {
            if asymmetry.source.isEmpty { messages.append("asymmetry rule has no source") }
            if (asymmetry.maxDifference == nil) == (asymmetry.maxRelativeDifference == nil) {
                messages.append("asymmetry needs exactly one of maxDifference / maxRelativeDifference")
            }
        }
        if test.mdc != nil && (test.mdcSource ?? "").isEmpty { messages.append("mdc has no mdcSource") }
        return messages.map { KnowledgeIssue(file: "tests.yaml", entry: test.id.rawValue, message: $0) }
    }

    private func ratioIssues(_ ratio: RatioDefinition) -> [KnowledgeIssue] {
        var messages: [String] = []
        for part in [ratio.numerator, ratio.denominator] {
            guard let test = knowledge.testsByID[part] else {
                messages.append("unknown test \"\(part)\"")
                continue
            }
            if test.kind != .number { messages.append("\(part) is not a number test") }
        }
        if !ratio.norm.hasLimits { messages.append("ratio norm needs a limit") }
        if ratio.norm.source.isEmpty { messages.append("norm has no source") }
        return messages.map { KnowledgeIssue(file: "ratios.yaml", entry: ratio.id.rawValue, message: $0) }
    }

    private func patternIssues(_ pattern: PatternDefinition) -> [KnowledgeIssue] {
        let entry = pattern.id.rawValue
        var issues = unknownMuscles(pattern.overactive + pattern.underactive, file: "patterns.yaml", entry: entry)
        var messages: [String] = []
        if pattern.source.isEmpty { messages.append("no source") }
        if !pattern.evidence.contains(where: { $0.isObjective && $0.direction == .supports }) {
            messages.append("needs at least one objective supporting rule")
        }
        var keys = Set<String>()
        for rule in pattern.evidence {
            if !keys.insert(rule.key).inserted { messages.append("duplicate evidence key \(rule.key)") }
            messages += ruleProblems(rule).map { "evidence \(rule.key): \($0)" }
            issues += unknownMuscles(
                (rule.overactive ?? []) + (rule.underactive ?? []), file: "patterns.yaml", entry: "\(entry).\(rule.key)"
            )
        }
        for key in pattern.requireAny ?? [] where !keys.contains(key) {
            messages.append("requireAny names unknown evidence key \(key)")
        }
        return issues + messages.map { KnowledgeIssue(file: "patterns.yaml", entry: entry, message: $0) }
    }

    private func ruleProblems(_ rule: EvidenceRule) -> [String] {
        var problems: [String] = []
        let matchers = [rule.test != nil, rule.compensation != nil, rule.sign != nil, rule.pain != nil]
        if matchers.filter({ $0 }).count != 1 { problems.append("needs exactly one of test/compensation/sign/pain") }
        if !(rule.weight > 0 && rule.weight <= 1) { problems.append("weight must be in (0, 1]") }
        if let test = rule.test, knowledge.catalogueOrder[test] == nil { problems.append("unknown test \"\(test)\"") }
        if let sign = rule.sign, knowledge.signsByID[sign] == nil { problems.append("unknown sign \"\(sign)\"") }
        if rule.asymmetry == true, let test = rule.test, knowledge.testsByID[test]?.asymmetry == nil {
            problems.append("\(test) has no asymmetry rule")
        }
        return problems
    }

    private func safetyIssues() -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        for question in knowledge.safety.healthQuestions where question.source.isEmpty || question.question.isEmpty {
            issues.append(
                KnowledgeIssue(file: "safety.yaml", entry: question.id, message: "question or source missing"))
        }
        for flag in knowledge.safety.redFlags {
            var messages: [String] = []
            if flag.source.isEmpty { messages.append("no source") }
            if flag.message.isEmpty || flag.question.isEmpty { messages.append("message or question missing") }
            let phrases = flag.phrases + (flag.fromWeek?.phrases ?? []) + (flag.askWhenUnsaid?.phrases ?? [])
            for phrase in phrases where phrase.isEmpty || phrase.contains(where: \.isEmpty) {
                messages.append("a phrase has an empty term group: \(phrase)")
            }
            if let later = flag.fromWeek {
                if !(1...42).contains(later.week) { messages.append("fromWeek.week \(later.week) is outside 1…42") }
                if later.source.isEmpty { messages.append("fromWeek has no source") }
                if later.phrases.isEmpty { messages.append("fromWeek has no phrases") }
                if flag.pregnancyOnly != true { messages.append("fromWeek is only for a pregnancy flag") }
            }
            if let bare = flag.askWhenUnsaid {
                if bare.source.isEmpty { messages.append("askWhenUnsaid has no source") }
                if bare.phrases.isEmpty { messages.append("askWhenUnsaid has no phrases") }
                for other in bare.unlessFound where knowledge.redFlagsByID[other] == nil {
                    messages.append("askWhenUnsaid.unlessFound names \(other), which is not a red flag")
                }
            }
            for test in flag.positiveTests ?? [] where knowledge.testsByID[test]?.kind != .boolean {
                messages.append("positiveTests names \(test), which is not a yes/no test")
            }
            issues += messages.map { KnowledgeIssue(file: "safety.yaml", entry: flag.id.rawValue, message: $0) }
        }
        return issues
    }
}
