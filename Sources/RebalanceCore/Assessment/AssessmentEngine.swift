/// The explainable assessment engine: triage first, then observations, patterns, muscles and pain links.
///
/// Pure and deterministic: the same case and knowledge-base version always give the same assessment.
public struct AssessmentEngine: Sendable {
    public let knowledge: KnowledgeBase
    private let triage: Triage
    private let normTexts: NormTextCache

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.triage = Triage(safety: knowledge.safety)
        self.normTexts = NormTextCache(knowledge: knowledge)
    }

    /// Assesses a case that has passed `CaseValidator` (unknown ids in an unvalidated case are ignored).
    public func assess(_ input: Case) -> Assessment {
        let safety = triage.evaluate(input)
        let observations = observations(for: input)
        let (likely, possible) = PatternScorer(knowledge: knowledge).results(input, observations)
        let (overactive, underactive) = MuscleSummary(knowledge: knowledge).summarize(likely, observations)
        let links = PainLinker(knowledge: knowledge).links(input, likely.isEmpty ? possible : likely)
        return Assessment(
            knowledgeBaseVersion: knowledge.version, referral: safety.referral, clearance: safety.clearance,
            cautions: safety.cautions, questions: safety.questions, patterns: likely, possiblePatterns: possible,
            overactive: overactive,
            underactive: underactive, painLinks: links, observations: observations,
            disclaimer: knowledge.meta.disclaimer)
    }

    /// Only the findings judged against their norms: the same observations `assess` reports, without triage or
    /// patterns, for pages that compare measurements (a re-check's then → now).
    public func observations(for input: Case) -> [Observation] {
        ObservationJudge(knowledge: knowledge, normTexts: normTexts).observations(for: input)
    }
}
