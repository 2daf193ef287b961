import Fluent
import Vapor

/// What every page's layout needs: its title, the studio, and the CSRF token for its forms.
struct PageContext: Encodable {
    let title: String
    let studioName: String
    let studioAddress: String
    /// `nil` when no trainer is named.
    let trainerName: String?
    let csrf: String
    /// Set on staff pages: the layout shows the staff navigation and a sign-out button.
    let signedIn: Bool
    let isOwner: Bool
    /// Set on the client app's pages: the layout shows the app's navigation instead of the public one.
    let inApp: Bool

    /// `formToken` stands in for the visitor's CSRF token on a page rendered for many visitors (`SharedRendering`).
    init(_ req: Request, title: String, formToken: String? = nil) async throws {
        // A signed-in member sees their own studio; the public pages show the one this instance serves.
        let studio: PublicPageCache.StudioDetails
        if let own = req.staff?.studio {
            studio = PublicPageCache.StudioDetails(own)
        } else {
            studio = try await req.application.shared.publicPages.studioDetails(on: req.db, now: req.now)
        }
        self.title = title
        studioName = studio.name
        studioAddress = studio.address
        trainerName = studio.trainerName.isEmpty ? nil : studio.trainerName
        csrf = formToken ?? req.csrfToken
        signedIn = req.staff != nil
        isOwner = req.staff?.member.role == .owner
        // A page kept for every visitor (a form-token slot) never shows one person's navigation.
        inApp = formToken == nil && req.staff == nil && req.signedInClient != nil
    }
}

/// A page whose template needs nothing beyond the layout's context.
struct PlainPage: Encodable {
    let page: PageContext
}

/// One field error, linked from the summary at the top of a form.
struct FieldErrorItem: Encodable {
    let field: String
    /// The id of the input it belongs to (dots are not valid in fragment links everywhere).
    let anchor: String
    let message: String

    init(field: String, message: String) {
        self.field = field
        anchor = FieldErrorItem.anchor(for: field)
        self.message = message
    }

    static func anchor(for field: String) -> String { "f-" + field.replacingOccurrences(of: ".", with: "-") }
}
