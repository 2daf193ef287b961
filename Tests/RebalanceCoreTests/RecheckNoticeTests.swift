import Foundation
import RebalanceCore
import Testing

/// The re-check email: three days ahead at 9:00 on the studio's clock, up to two weeks late, never at night.
struct RecheckNoticeTests {
    static let losAngeles = TimeZone(identifier: "America/Los_Angeles")!
    static let recheck = CalendarDay("2026-03-12")!
    static let notice = RecheckNotice(recheck: recheck, zone: losAngeles)

    static func at(_ text: String) -> Date { TestClock.at(text) }

    @Test func goesThreeDaysAheadFromNineInTheMorning() {
        #expect(!Self.notice.isDue(at: Self.at("2026-03-08T23:00:00-08:00")))
        #expect(!Self.notice.isDue(at: Self.at("2026-03-09T08:59:00-07:00")))
        #expect(Self.notice.isDue(at: Self.at("2026-03-09T09:00:00-07:00")))
        #expect(Self.notice.isDue(at: Self.at("2026-03-12T18:00:00-07:00")))
    }

    @Test func neverForADateLongPast() {
        #expect(Self.notice.isDue(at: Self.at("2026-03-26T10:00:00-07:00")))
        #expect(!Self.notice.isDue(at: Self.at("2026-03-27T10:00:00-07:00")))
    }

    @Test func readsTheStudiosClockNotTheServers() {
        // 09:30 in Tokyo on the 9th is still the 8th in Los Angeles: too early there.
        #expect(!Self.notice.isDue(at: Self.at("2026-03-09T09:30:00+09:00")))
        let tokyo = RecheckNotice(recheck: Self.recheck, zone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(tokyo.isDue(at: Self.at("2026-03-09T09:30:00+09:00")))
    }
}
