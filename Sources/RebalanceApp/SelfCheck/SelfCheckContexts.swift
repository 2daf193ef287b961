import RebalanceCore
import Vapor

/// The explained result, or the referral page, of one self-check.
struct SelfCheckResultContext: Encodable {
    let page: PageContext
    let token: String
    let shareURL: String
    let result: SelfCheckResult
    let hasPatterns: Bool
    let hasPainReasons: Bool
    let hasTips: Bool
    let hasChecks: Bool
    let referralReasons: [ReferralItem]

    /// One reason to see a clinician, in the words the client reads.
    struct ReferralItem: Encodable {
        let name: String
        let message: String
        let seeWhom: String
        let howSoon: String
        let urgent: Bool

        init(_ reason: ReferralReason) {
            name = reason.name
            message = reason.message
            seeWhom = reason.seeWhom
            howSoon = reason.urgency.plain
            urgent = reason.urgency <= .sameDay
        }
    }

    /// Rendered for every visitor with these answers: the link token and form token are `SharedRendering` slots.
    init(_ req: Request, result: SelfCheckResult) async throws {
        let referral = result.referral.required
        let token = SharedRendering.Slot.draftToken.marker
        page = try await PageContext(
            req, title: referral ? "Please see a clinician first" : "Your self-check result",
            formToken: SharedRendering.Slot.formToken.marker)
        self.token = token
        shareURL = (req.application.shared.settings.baseURL) + "/check/\(token)/result"
        self.result = result
        hasPatterns = !result.patterns.isEmpty
        hasPainReasons = !result.painReasons.isEmpty
        hasTips = !result.homeTips.isEmpty
        hasChecks = !result.studioChecks.isEmpty
        referralReasons = result.referral.reasons.sorted { $0.urgency < $1.urgency }.map(ReferralItem.init)
    }
}

/// The "leave your details" form, with what was typed and what to fix.
struct LeadFormContext: Encodable {
    let page: PageContext
    let token: String
    let name: String
    let email: String
    let phone: String
    let times: String
    let consentContact: Bool
    let consentHealth: Bool
    let errors: [FieldErrorItem]
    let hasErrors: Bool
    let errorCount: Int
    let formError: String?
    let nameError: String?
    let emailError: String?
    let phoneError: String?
    let timesError: String?
    let consentContactError: String?

    init(_ req: Request, token: String, fields: [String: String], errors: SelfCheckFormErrors?) async throws {
        page = try await PageContext(req, title: "Leave your details")
        self.token = token
        name = fields["name"] ?? ""
        email = fields["email"] ?? ""
        phone = fields["phone"] ?? ""
        times = fields["times"] ?? ""
        consentContact = fields["consentContact"] == "yes"
        consentHealth = fields["consentHealth"] == "yes"
        self.errors = (errors?.errors ?? []).filter { $0.field != "form" }.map {
            FieldErrorItem(field: $0.field, message: $0.message)
        }
        hasErrors = !self.errors.isEmpty
        errorCount = self.errors.count
        formError = errors?.message(for: "form")
        nameError = errors?.message(for: "name")
        emailError = errors?.message(for: "email")
        phoneError = errors?.message(for: "phone")
        timesError = errors?.message(for: "times")
        consentContactError = errors?.message(for: "consentContact")
    }
}

/// The confirmation after leaving details.
struct ThanksContext: Encodable {
    let page: PageContext
    let token: String?

    init(_ req: Request, token: String?) async throws {
        page = try await PageContext(req, title: "Thank you")
        self.token = token
    }
}

/// The landing page: the studio, the method, and the two calls to action.
struct LandingContext: Encodable {
    let page: PageContext
    let patterns: [PatternTeaser]
    let signs: [String]
    let trainers: [TrainerCard]?
    let openingHours: [String]?
    /// A map search for the studio's address.
    let mapHref: String?

    struct PatternTeaser: Encodable {
        let plainName: String
        let name: String
    }
}
