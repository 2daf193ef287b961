import Foundation
import NIOCore
import Testing

@testable import RebalanceApp

/// Page caches keep at most their capacity, oldest out first; shared renderings fill in each visitor's values.
struct PageCacheTests {
    @Test func keepsTheNewestEntriesUpToItsCapacity() {
        let cache = PageCache<Int>(capacity: 3)
        func key(_ number: Int) -> String { "answers-\(number)" }
        for number in 0..<5 {
            cache.store(number, for: key(number))
        }
        #expect(cache.value(for: key(1)) == nil)
        #expect(cache.value(for: key(2)) == 2)
        #expect(cache.value(for: key(4)) == 4)
        // Storing a key again replaces its value without pushing anything out.
        cache.store(40, for: key(4))
        #expect(cache.value(for: key(2)) == 2)
        #expect(cache.value(for: key(4)) == 40)
        #expect(cache.value(for: "answers-9") == nil)
    }

    @Test func withoutCapacityNothingIsKept() {
        let cache = PageCache<Int>(capacity: 0)
        let key = "answers-1"
        cache.store(1, for: key)
        #expect(cache.value(for: key) == nil)
    }

    @Test func aSharedRenderingFillsEachSlotWithTheVisitorsValueEscaped() {
        let draft = SharedRendering.Slot.draftToken.marker
        let form = SharedRendering.Slot.formToken.marker
        let page = SharedRendering(rendered: "<a href=\"/check/\(draft)/pain\">x</a><input value=\"\(form)\">\(draft)")
        #expect(page.count(of: .draftToken) == 2 && page.count(of: .formToken) == 1)
        let filled = String(buffer: page.filled([.draftToken: "abc", .formToken: "a\"<b"]))
        #expect(filled == "<a href=\"/check/abc/pain\">x</a><input value=\"a&quot;&lt;b\">abc")
        // At the edges, side by side, and beside text that only starts like a marker.
        let edges = SharedRendering(rendered: "\(form)\(draft)rbslot0 café \(draft)")
        #expect(String(buffer: edges.filled([.draftToken: "D", .formToken: "F"])) == "FDrbslot0 café D")
        let plain = SharedRendering(rendered: "<p>no slots</p>")
        #expect(String(buffer: plain.filled([:])) == "<p>no slots</p>" && plain.count(of: .draftToken) == 0)
    }

    @Test func tokensAreUnpaddedBase64URLOfTheirBytes() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(bytes.withUnsafeBytes { SecretToken.base64URL($0) } == expected)
        }
        let token = SecretToken.make()
        #expect(token.count == 43 && token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(token != SecretToken.make())
    }
}
