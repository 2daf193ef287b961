import Foundation
import RebalanceCore
import Testing

@Suite("ISO 8601 timestamps with an offset")
struct OffsetTimestampTests {
    @Test func writesTheZonesOffsetAtThatInstant() {
        let winter = TestClock.at("2026-12-03T17:00:00Z")
        #expect(OffsetTimestamp.format(winter, in: TestClock.losAngeles) == "2026-12-03T09:00:00-08:00")
        #expect(OffsetTimestamp.format(winter, in: TestClock.london) == "2026-12-03T17:00:00+00:00")
        #expect(OffsetTimestamp.format(winter, in: TestClock.tokyo) == "2026-12-04T02:00:00+09:00")
        let summer = TestClock.at("2026-07-01T16:00:00Z")
        #expect(OffsetTimestamp.format(summer, in: TestClock.losAngeles) == "2026-07-01T09:00:00-07:00")
        #expect(OffsetTimestamp.format(summer, in: .gmt) == "2026-07-01T16:00:00Z")
    }

    @Test(arguments: ["America/Los_Angeles", "Europe/London", "Asia/Tokyo", "Australia/Lord_Howe", "UTC"])
    func theWriterMatchesOneByOneFormattingAllYear(_ identifier: String) {
        let zone = TestClock.zone(identifier)
        var writer = OffsetTimestamp.Writer(zone: zone)
        for quarter in stride(
            from: TestClock.at("2026-01-01T00:00:00Z").timeIntervalSince1970,
            to: TestClock.at("2027-01-01T00:00:00Z").timeIntervalSince1970, by: 900)
        {
            let instant = Date(timeIntervalSince1970: quarter)
            #expect(writer.format(instant) == OffsetTimestamp.format(instant, in: zone))
        }
    }

    @Test(arguments: [
        "2026-12-03T09:00:00-08:00", "2026-12-03T09:00-08:00", "2026-12-03T17:00:00Z", "2026-12-03T17:00:00.000Z",
        "2026-12-04T02:00:00+09:00", "2026-12-03T09:00:00-0800",
    ])
    func readsEveryCommonSpelling(_ text: String) throws {
        #expect(try OffsetTimestamp.parse(text) == TestClock.at("2026-12-03T17:00:00Z"))
    }

    @Test(arguments: [
        "", "2026-12-03", "2026-12-03T09:00:00", "2026-13-03T09:00:00Z", "2026-12-03T25:00:00Z", "2026-12-03T09:61Z",
        "tomorrow at nine", "2026-02-30T09:00:00Z", "2026-12-03T09:00:00+99:00",
    ])
    func refusesAnythingAmbiguousOrImpossible(_ text: String) {
        #expect(throws: BookingRuleError.unreadableInstant(text)) { try OffsetTimestamp.parse(text) }
    }
}
