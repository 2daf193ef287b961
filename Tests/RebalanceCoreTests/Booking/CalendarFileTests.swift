import Foundation
import RebalanceCore
import Testing

@Suite("iCalendar files (RFC 5545)")
struct CalendarFileTests {
    let event = CalendarEvent(
        uid: "b6f1@rebalance.example", sequence: 2, start: TestClock.at("2026-12-03T09:00:00-08:00"),
        end: TestClock.at("2026-12-03T10:15:00-08:00"), stamp: TestClock.at("2026-11-25T13:00:00Z"),
        summary: "Assessment with Maya, Rebalance Studio",
        location: "8500 Melrose Ave, West Hollywood, CA 90069",
        description: "Wear comfortable clothes; we test hips; shoulders and feet.\nManage: https://x.example/b?t=1",
        status: .confirmed, organizer: ("Rebalance Studio", "studio@rebalance.example"),
        attendee: ("Ana \"Annie\" López", "ana@example.com"))

    @Test func writesAFileCalendarsAccept() {
        let text = CalendarFile(method: .request, events: [event]).render()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        for line in [
            "METHOD:REQUEST", "UID:b6f1@rebalance.example", "SEQUENCE:2", "DTSTART:20261203T170000Z",
            "DTEND:20261203T181500Z", "DTSTAMP:20261125T130000Z", "STATUS:CONFIRMED",
            "LOCATION:8500 Melrose Ave\\, West Hollywood\\, CA 90069",
            "ORGANIZER;CN=\"Rebalance Studio\":mailto:studio@rebalance.example",
            "ATTENDEE;CN=\"Ana Annie López\";ROLE=REQ-PARTICIPANT:mailto:ana@example.com",
        ] {
            #expect(unfolded.contains("\r\n" + line + "\r\n"), "\(line)")
        }
        #expect(
            unfolded.contains(
                "DESCRIPTION:Wear comfortable clothes\\; we test hips\\; shoulders and feet."
                    + "\\nManage: https://x.example/b?t=1"
            ))
        // No bare line feeds: every line ends in CRLF.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        var long = event
        long.description = String(repeating: "Dénouement ✓ ", count: 40)
        let text = CalendarFile(method: .publish, events: [long]).render()
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" ") })
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:" + String(repeating: "Dénouement ✓ ", count: 40) + "\r\n"))
    }

    @Test func cancellationsAndFeeds() {
        var cancelled = event
        cancelled.status = .cancelled
        cancelled.sequence = 3
        let text = CalendarFile(method: .cancel, events: [cancelled]).render()
        #expect(text.contains("METHOD:CANCEL\r\n"))
        #expect(text.contains("STATUS:CANCELLED\r\n"))
        #expect(text.contains("SEQUENCE:3\r\n"))
        let feed = CalendarFile(method: .publish, name: "Maya, Rebalance", events: [event, event]).render()
        #expect(feed.contains("X-WR-CALNAME:Maya\\, Rebalance\r\n"))
        #expect(feed.components(separatedBy: "BEGIN:VEVENT").count == 3)
    }
}

@Suite("Cancellation policy and who may book what")
struct BookingPolicyTests {
    let start = TestClock.at("2026-12-03T09:00:00-08:00")

    @Test func theWindowDecidesLateChanges() {
        let policy = CancellationPolicy(windowHours: 24)
        #expect(policy.standing(of: start, now: start.addingTimeInterval(-25 * 3600)) == .open)
        #expect(policy.standing(of: start, now: start.addingTimeInterval(-24 * 3600)) == .open)
        #expect(policy.standing(of: start, now: start.addingTimeInterval(-24 * 3600 + 1)) == .late)
        #expect(policy.standing(of: start, now: start.addingTimeInterval(-60)) == .late)
        #expect(policy.standing(of: start, now: start) == .closed)
    }

    @Test func redFlagsKeepClientsOutOfTraining() {
        #expect(SessionKind.training.isBookable(referralRequired: false, consultationAllowedWithReferral: false))
        #expect(!SessionKind.training.isBookable(referralRequired: true, consultationAllowedWithReferral: true))
        #expect(SessionKind.consultation.isBookable(referralRequired: true, consultationAllowedWithReferral: true))
        #expect(!SessionKind.consultation.isBookable(referralRequired: true, consultationAllowedWithReferral: false))
    }

    @Test func rangesParseAndRefuseNonsense() throws {
        #expect(
            try LocalTimeRange.parseList("13:00-17:00, 9:00 – 12:30").map(\.description) == [
                "09:00–12:30", "13:00–17:00",
            ])
        #expect(try LocalTimeRange.parseList(" ").isEmpty)
        #expect(try LocalTimeRange(parsing: "18:00-24:00").endMinute == 1440)
        #expect(try LocalTimeRange(parsing: "9-17").description == "09:00–17:00")
        #expect(throws: BookingRuleError.rangeEndsBeforeStart("09:00", "05:00")) { try LocalTimeRange(parsing: "9-5") }
        #expect(throws: BookingRuleError.unreadableRange("9 to five")) { try LocalTimeRange.parseList("9 to five") }
        #expect(throws: BookingRuleError.rangeEndsBeforeStart("17:00", "09:00")) {
            try LocalTimeRange(parsing: "17:00-09:00")
        }
        #expect(throws: BookingRuleError.overlappingRanges("09:00–12:00", "11:00–13:00")) {
            try LocalTimeRange.parseList("09:00-12:00, 11:00-13:00")
        }
        #expect(throws: BookingRuleError.unreadableRange("24:30-25:00")) { try LocalTimeRange.parseList("24:30-25:00") }
    }
}
