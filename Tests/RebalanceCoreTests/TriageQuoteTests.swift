import RebalanceCore
import Testing

/// The trainer checks a referral against the note, so its quote gives the client's words as written: numbers the
/// reader turned into marker words come back as they were typed.
@Suite("Triage: quoting the note")
struct TriageQuoteTests {
    static let markers = ["recentweeks", "fevertemp", "normaltemp", "bpreading"]

    @Test(
        "A referral quotes the numbers as written",
        arguments: [
            ("recentSurgery", "6/52 post ACLR, knee still puffy.", "“6/52 post aclr”"),
            ("recentSurgery", "Had my lap appy two weeks ago, sore but ok.", "two weeks ago"),
            ("feverWithPain", "Temp 38.6 last night and my back is killing me.", "“temp 38.6”"),
            ("feverWithPain", "Low back pain since Sunday, had a temp of 101.3 on Monday.", "“a temp of 101.3”"),
        ])
    func aReferralQuotesTheNumbersAsWritten(_ flag: String, _ note: String, _ quoted: String) throws {
        let assessment = try assess(Case(healthScreen: HealthScreen(answers: [:]), notes: note))
        let reason = try #require(assessment.referral.reasons.first { $0.id == flag })
        #expect((reason.evidence ?? "").contains(quoted), "\(reason.evidence ?? "")")
        #expect(!Self.markers.contains { (reason.evidence ?? "").contains($0) }, "\(reason.evidence ?? "")")
    }

    /// Words the reader adds beside a time ("yesterday") are not quoted twice or as a marker.
    @Test func aTimeInWordsIsQuotedOnce() throws {
        let assessment = try assess(
            Case(healthScreen: HealthScreen(answers: [:]), notes: "Knee scoped yesterday, on crutches."))
        let reason = try #require(assessment.referral.reasons.first { $0.id == "recentSurgery" })
        #expect((reason.evidence ?? "").contains("“scoped yesterday”"), "\(reason.evidence ?? "")")
    }

    /// A confirming question quotes the client's number too.
    @Test func aQuestionQuotesTheNumberAsWritten() throws {
        let assessment = try assess(
            Case(healthScreen: HealthScreen(answers: [:]), notes: "My dad had a temp of 38.9 with his back pain."))
        let question = try #require(assessment.questions.first { $0.flag.rawValue == "feverWithPain" })
        #expect(question.excerpt == "a temp of 38.9")
        #expect(!Self.markers.contains { question.question.contains($0) }, "\(question.question)")
    }
}
