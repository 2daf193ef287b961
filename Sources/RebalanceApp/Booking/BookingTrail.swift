import Foundation
import RebalanceCore
import Vapor

/// What the public booking pages carry from page to page in their links: the viewer's time zone and, when the
/// client came from the self-check result, its private token. Kept in the URL so every step works without JS.
struct BookingTrail: Sendable {
    /// The viewer's zone (the studio's unless they chose another).
    let zone: TimeZone
    /// Whether the viewer chose a zone other than the studio's.
    let zoneChosen: Bool
    /// A self-check token, when the booking started from its result.
    let check: String?

    init(_ req: Request, studio: Studio) {
        let named = req.query[String.self, at: "tz"].flatMap { TimeZone(identifier: $0) }
        zone = named ?? studio.zone
        zoneChosen = named != nil && named?.identifier != studio.zone.identifier
        check = req.query[String.self, at: "check"].flatMap { SecretToken.hasShape($0) ? $0 : nil }
    }

    /// `?tz=…&check=…` plus `extra`, for links between the steps.
    func query(_ extra: [(String, String)] = []) -> String {
        var items = extra
        if zoneChosen { items.append(("tz", zone.identifier)) }
        if let check { items.append(("check", check)) }
        guard !items.isEmpty else { return "" }
        return "?" + items.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

/// A time-zone choice in the viewer's zone selector.
struct ZoneChoice: Encodable {
    let id: String
    let label: String
    let selected: Bool

    /// Common zones for clients of a Los Angeles studio, plus the studio's and the current one.
    static func list(current: TimeZone, studio: TimeZone) -> [ZoneChoice] {
        let common = [
            "America/Los_Angeles", "America/Denver", "America/Phoenix", "America/Chicago", "America/New_York",
            "America/Anchorage", "Pacific/Honolulu", "America/Vancouver", "America/Toronto", "America/Mexico_City",
            "America/Sao_Paulo", "Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Berlin", "Europe/Madrid",
            "Europe/Athens", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai",
            "Asia/Seoul", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland", "UTC",
        ]
        var ids = [studio.identifier] + common.filter { $0 != studio.identifier }
        if !ids.contains(current.identifier) { ids.insert(current.identifier, at: 1) }
        return ids.compactMap { id in
            TimeZone(identifier: id).map {
                ZoneChoice(id: id, label: BookingTimeText.zoneName($0), selected: id == current.identifier)
            }
        }
    }
}
