import Foundation
import RebalanceCore
import Vapor

/// The client profile form as a page: what was typed (or stored), and what to fix.
struct ClientFormPage: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct PainRow: Encodable {
        let region: String
        let label: String
        let checked: Bool
        let sides: [Option]
        let levels: [Option]
        let error: String?
    }

    let page: PageContext
    let heading: String
    let action: String
    let cancelHref: String
    let values: [String: String]
    let sexes: [Option]
    let settings: [Option]
    let pain: [PainRow]
    let equipment: [Option]
    let conditions: [Option]
    let surgeryRegions: [Option]
    let errors: [FieldErrorItem]?
    let problems: [String: String]

    static func render(
        _ req: Request, heading: String, action: String, cancelHref: String, fields: [String: String],
        problems: FormProblems?, status: HTTPStatus
    ) async throws -> Response {
        func options(_ pairs: [(String, String)], _ selected: String?) -> [Option] {
            pairs.map { Option(value: $0.0, label: $0.1, selected: $0.0 == selected) }
        }
        let context = ClientFormPage(
            page: try await PageContext(req, title: heading), heading: heading, action: action, cancelHref: cancelHref,
            values: fields,
            sexes: options(
                [("", "Not given"), ("female", "Female"), ("male", "Male"), ("other", "Other")], fields["sex"] ?? ""),
            settings: options([("studio", "In the studio"), ("home", "At home")], fields["setting"] ?? "studio"),
            pain: Region.allCases.map { region in
                let key = "pain.\(region.rawValue)"
                return PainRow(
                    region: region.rawValue,
                    label: region.plainName.prefix(1).uppercased() + region.plainName.dropFirst(),
                    checked: fields[key] == "yes",
                    sides: options(
                        [("both", "Both / middle"), ("left", "Left"), ("right", "Right")],
                        fields["\(key).side"] ?? "both"),
                    levels: options([("", "—")] + (0...10).map { ("\($0)", "\($0)") }, fields["\(key).nprs"] ?? ""),
                    error: problems?.message(for: "\(key).nprs"))
            },
            equipment: Equipment.allCases.filter { $0 != .none }.map {
                Option(value: $0.rawValue, label: $0.plainName, selected: fields["equipment.\($0.rawValue)"] == "yes")
            },
            conditions: ClientProfileForm.statedConditions.map {
                Option(
                    value: $0.rawValue, label: $0.plainName.prefix(1).uppercased() + $0.plainName.dropFirst(),
                    selected: fields["condition.\($0.rawValue)"] == "yes")
            },
            surgeryRegions: options(
                [("", "Not given")]
                    + Region.allCases.map {
                        ($0.rawValue, $0.plainName.prefix(1).uppercased() + $0.plainName.dropFirst())
                    }, fields["surgeryRegion"] ?? ""),
            errors: problems?.summary.nonEmpty,
            problems: Dictionary(
                (problems?.items ?? []).map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
        return try await req.view.render("staff-client-form", context).encodeResponse(status: status, for: req)
    }
}
