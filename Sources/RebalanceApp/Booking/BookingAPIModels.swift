import Foundation
import RebalanceCore
import Vapor

/// The booking API's JSON shapes (`/api/v1/session-types`, `/availability`, `/bookings`), kept stable for
/// integrations and load tests; fields may be added, never renamed.
enum BookingAPI {
    struct SessionTypeItem: Encodable {
        let id: String
        let name: String
        let durationMinutes: Int
        let description: String
        let kind: String
        let price: String
        let bufferBeforeMinutes: Int
        let bufferAfterMinutes: Int
        let minimumNoticeMinutes: Int
        let horizonDays: Int
        let trainers: [TrainerItem]
    }

    struct TrainerItem: Encodable {
        let id: String
        let name: String
    }

    struct SlotItem: Encodable {
        let start: String
        let end: String
        let trainerId: String

        init(_ slot: Slot, zone: TimeZone) {
            start = OffsetTimestamp.format(slot.start, in: zone)
            end = OffsetTimestamp.format(slot.end, in: zone)
            trainerId = slot.trainerID
        }
    }

    /// The availability answer, written by hand: the same JSON `JSONEncoder` with sorted keys would give, at a
    /// fraction of the cost for the thousands of slots of a 90-day request.
    struct AvailabilityResponse {
        let timeZone: TimeZone
        let sessionType: String
        let from: String
        let to: String
        let slots: [Slot]

        func json() -> String {
            var starts = OffsetTimestamp.Writer(zone: timeZone)
            var ends = OffsetTimestamp.Writer(zone: timeZone)
            var text = "{\"from\":\(Self.quoted(from)),\"sessionType\":\(Self.quoted(sessionType)),\"slots\":["
            text.reserveCapacity(120 * slots.count + 200)
            for (index, slot) in slots.enumerated() {
                if index > 0 { text += "," }
                let start = starts.format(slot.start)
                text +=
                    "{\"end\":\"\(ends.format(slot.end))\",\"start\":\"\(start)\","
                    + "\"trainerId\":\(Self.quoted(slot.trainerID))}"
            }
            text += "],\"timeZone\":\(Self.quoted(timeZone.identifier)),\"to\":\(Self.quoted(to))}"
            return text
        }

        /// A JSON string literal.
        static func quoted(_ value: String) -> String {
            var out = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }

    /// `POST /api/v1/bookings`. Everything optional here so a missing field gets its own message.
    struct CreateRequest: Decodable {
        let sessionType: String?
        let trainerId: String?
        let start: String?
        let client: ClientFields?
        let timeZone: String?
        /// A completed self-check's private token: links its answers and applies its referral.
        let selfCheck: String?
    }

    struct ClientFields: Decodable {
        let name: String?
        let email: String?
        let phone: String?
    }

    struct CancelRequest: Decodable {
        let token: String?
        let reason: String?
    }

    struct RescheduleRequest: Decodable {
        let token: String?
        let start: String?
    }

    struct BookingItem: Encodable {
        let id: String
        let status: String
        let sessionType: String
        let trainerId: String
        let start: String
        let end: String
        let lateCancellation: Bool
        let manageUrl: String
        let icsUrl: String
        /// The signed token the cancel and reschedule calls take (also inside `manageUrl`).
        let token: String

        init(_ booking: Booking, typeSlug: String, zone: TimeZone, token: String, baseURL: String) throws {
            let id = try booking.requireID()
            self.id = id.uuidString.lowercased()
            status = booking.status.rawValue
            sessionType = typeSlug
            trainerId = booking.$trainer.id.uuidString.lowercased()
            start = OffsetTimestamp.format(booking.startsAt, in: zone)
            end = OffsetTimestamp.format(booking.endsAt, in: zone)
            lateCancellation = booking.lateCancellation
            manageUrl = baseURL + BookingLinks.managePath(id, token: token)
            icsUrl = baseURL + BookingLinks.calendarPath(id, token: token)
            self.token = token
        }
    }

    struct Conflict: Encodable {
        let error: String
        let alternatives: [SlotItem]
    }

    struct Problem: Encodable {
        let error: String
    }

    /// Reads client name, email and phone with a message per field; the same rules as the booking form.
    static func client(name: String?, email: String?, phone: String?, timeZone: String, prefix: String) -> (
        BookingClient?, [CaseIssue]
    ) {
        var issues: [CaseIssue] = []
        let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let email = (email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let phone = (phone ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { issues.append(CaseIssue("\(prefix)name", "is required")) }
        if name.count > LeadDetails.maximumNameLength {
            issues.append(CaseIssue("\(prefix)name", "is longer than \(LeadDetails.maximumNameLength) characters"))
        }
        if !LeadDetails.isEmail(email) {
            issues.append(CaseIssue("\(prefix)email", "is not an email address like name@example.com"))
        }
        if !phone.isEmpty, !LeadDetails.isPhone(phone) {
            issues.append(CaseIssue("\(prefix)phone", "is not a phone number (7–15 digits)"))
        }
        guard issues.isEmpty else { return (nil, issues) }
        return (
            BookingClient(
                name: name, email: email.lowercased(), phone: phone.isEmpty ? nil : phone, timeZone: timeZone), []
        )
    }
}
