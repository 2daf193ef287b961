import ArgumentParser
import RebalanceCore

/// `rebalance knowledge`: lists tests, patterns and red flags with their sources for review.
struct Knowledge: ParsableCommand {
    enum Section: String, ExpressibleByArgument, CaseIterable { case all, tests, patterns, redflags, compensations }

    static let configuration = CommandConfiguration(
        abstract: "List the knowledge base (tests and norms, patterns, red flags) with sources, for review.")

    @Argument(help: "Which section: all, tests, patterns, redflags, compensations.")
    var section: Section = .all

    func run() throws {
        let knowledge = try Terminal.loadKnowledge()
        print("Rebalance knowledge base \(knowledge.version)\n")
        if section == .all || section == .tests { printTests(knowledge) }
        if section == .all || section == .patterns { printPatterns(knowledge) }
        if section == .all || section == .compensations { printCompensations(knowledge) }
        if section == .all || section == .redflags { printSafety(knowledge) }
    }

    private func printTests(_ knowledge: KnowledgeBase) {
        print("TESTS (\(knowledge.tests.count)) — id · name · norm · source")
        for domain in TestDomain.allCases {
            let tests = knowledge.tests.filter { $0.domain == domain }
            guard !tests.isEmpty else { continue }
            print("  [\(domain.rawValue)]")
            for test in tests {
                let confirmed = test.norm.confirmed == true ? "confirmed" : "to review"
                print("  \(test.id) · \(test.name) · \(test.norm.rule) · \(test.norm.source) (\(confirmed))")
                if let asymmetry = test.asymmetry {
                    let limit =
                        asymmetry.maxDifference.map { "> \(NumberText.format($0))\(test.unit.suffix)" }
                        ?? "> \(NumberText.format((asymmetry.maxRelativeDifference ?? 0) * 100)) %"
                    print("      left/right difference \(limit) · \(asymmetry.source)")
                }
            }
        }
        for ratio in knowledge.ratios {
            print("  \(ratio.id) · \(ratio.name) · \(ratio.norm.rule) · \(ratio.norm.source)")
        }
        print("")
    }

    private func printPatterns(_ knowledge: KnowledgeBase) {
        print("PATTERNS (\(knowledge.patterns.count)) — reported at confidence ≥ 0.5 with an objective finding")
        for pattern in knowledge.patterns {
            print("  \(pattern.id) · \(pattern.name) — \(pattern.plainName)")
            print("      overactive: \(pattern.overactive.map(\.rawValue).joined(separator: ", "))")
            print("      underactive: \(pattern.underactive.map(\.rawValue).joined(separator: ", "))")
            let rules = pattern.evidence.map { rule in
                let what =
                    rule.test?.rawValue ?? rule.compensation.map { "squat:\($0)" }
                    ?? rule.sign.map { "sign:\($0)" } ?? rule.pain.map { "pain:\($0)" } ?? rule.key
                return "\(rule.direction == .against ? "−" : "+")\(what) \(NumberText.format(rule.weight))"
            }
            print("      evidence: \(rules.joined(separator: ", "))")
            print(
                "      loads: \(pattern.loads.map(\.region.rawValue).joined(separator: ", ")) · "
                    + "source: \(pattern.source)"
            )
        }
        print("")
    }

    private func printCompensations(_ knowledge: KnowledgeBase) {
        print("OVERHEAD-SQUAT COMPENSATIONS (\(knowledge.compensations.count))")
        for entry in knowledge.compensations {
            let over = entry.overactive.map(\.rawValue).joined(separator: ", ")
            let under = entry.underactive.map(\.rawValue).joined(separator: ", ")
            print("  \(entry.id) · overactive: \(over) · underactive: \(under)")
        }
        print("")
    }

    private func printSafety(_ knowledge: KnowledgeBase) {
        print("RED FLAGS (\(knowledge.safety.redFlags.count)) — any one means: refer, no program")
        for flag in knowledge.safety.redFlags {
            print("  \(flag.id) · \(flag.name) · \(flag.urgency.rawValue) → \(flag.seeWhom) · \(flag.source)")
            // The term lists a clinician reviews: every group of a phrase must occur close together in one clause.
            for phrase in flag.phrases { print("      words: " + Self.phraseText(phrase)) }
            if let later = flag.fromWeek {
                print("      from week \(later.week) of pregnancy, or when the week is not known (\(later.source)):")
                for phrase in later.phrases { print("        words: " + Self.phraseText(phrase)) }
            }
            if let bare = flag.askWhenUnsaid {
                let unless = bare.unlessFound.map(\.rawValue).joined(separator: ", ")
                print("      asked about, not referred, when the note does not say when it comes (\(bare.source));")
                print("      no question when the note also has \(unless):")
                for phrase in bare.phrases { print("        words: " + Self.phraseText(phrase)) }
            }
            if let apart = flag.toldApart {
                print("      or a sign told in a later clause than its cause, both the client's own and current:")
                print("        (\(apart.source))")
                print("        cause: " + apart.cause.joined(separator: " / "))
                for phrase in apart.phrases { print("        words: " + Self.phraseText(phrase)) }
            }
            for phrase in flag.unless ?? [] { print("      unless: " + Self.phraseText(phrase)) }
            for phrase in flag.unlessSharing ?? [] {
                print("      unless, for the words it shares: " + Self.phraseText(phrase))
            }
            if let needs = flag.alsoNeeds, !needs.isEmpty {
                print(
                    "      also needs, anywhere in the note: "
                        + needs.map { $0.joined(separator: " / ") }.joined(separator: " + "))
            }
            if let relief = flag.reliefDenied {
                print(
                    "      or something tried and its failure, in a sentence or opening the next (\(relief.source)):"
                )
                print("        tried: " + relief.tried.joined(separator: " / "))
                print("        failed: " + relief.failed.joined(separator: " / "))
                print(
                    "        or relief denied (\"doesn't help\", \"not touching it\"): "
                        + relief.relief.joined(separator: " / "))
                print("        with the client's own pain beside the remedies: " + relief.pain.joined(separator: " / "))
                print("        not for another trouble: " + relief.otherTroubles.joined(separator: " / "))
                print("        not when relief follows: " + relief.eased.joined(separator: " / "))
                print("        not as a plan or a condition: " + relief.conditions.joined(separator: " / "))
            }
            if let causes = flag.explainedBy, !causes.isEmpty {
                print("      not when the note gives the pain its own cause: " + causes.joined(separator: " / "))
            }
            var notes: [String] = []
            if flag.pregnancyOnly == true { notes.append("pregnant clients only") }
            if flag.historyCounts == true { notes.append("a past mention counts") }
            if flag.improvementCounts == true { notes.append("counts even when improving") }
            if let age = flag.riskAgeFrom { notes.append("from age \(age) a minor strain is enough") }
            if !notes.isEmpty { print("      " + notes.joined(separator: "; ")) }
        }
        print("\n  position rules for programs:")
        for rule in knowledge.safety.positionRules {
            let avoid = ((rule.avoidPositions ?? []).map(\.rawValue) + (rule.avoidDemands ?? []).map(\.rawValue))
                .joined(separator: ", ")
            print("  \(rule.id) · avoid \(avoid) · not with \(rule.reason) · \(rule.source)")
        }
        let rule = knowledge.safety.bloodPressure
        print("  blood pressure · refer at ≥ \(rule.referSystolic)/\(rule.referDiastolic) mmHg · \(rule.source)")
        print("\nHEALTH QUESTIONS (PAR-Q+ style)")
        for question in knowledge.safety.healthQuestions {
            print("  \(question.id) · yes → \(question.ifYes.rawValue) · \(question.source)")
        }
    }

    /// "[numb | tingl] + [groin | saddle]": each group's alternatives, groups joined by "+".
    static func phraseText(_ phrase: [[String]]) -> String {
        phrase.map { "[" + $0.joined(separator: " | ") + "]" }.joined(separator: " + ")
    }
}
