import Foundation
import NIOCore
import Vapor

/// A page rendered once with its per-visitor values left as slots, then filled for each visitor.
///
/// A self-check step with the same answers is the same page for everyone apart from the draft's link token and
/// the form token, and every visitor starts from the same empty steps; a kept staff page differs between
/// requests only in the form token. Rendering through Leaf is most of such a request's cost; filling the slots
/// is a few copies.
struct SharedRendering: Sendable {
    /// A value that differs between visitors of an otherwise identical page.
    enum Slot: Int, CaseIterable, Sendable {
        case draftToken, formToken

        /// What stands in for the value while rendering: random for each process, so no answer a visitor types
        /// can imitate it, and made of letters and digits only, so escaping leaves it as it is.
        var marker: String { Self.markers[rawValue] }

        private static let markers: [String] = allCases.map { slot in
            var generator = SystemRandomNumberGenerator()
            let random = (0..<4).map { _ in String(generator.next() as UInt64, radix: 36) }.joined()
            return "rbslot\(slot.rawValue)x\(random)"
        }
    }

    private enum Part: Sendable {
        case text(Range<Int>)
        case slot(Slot)
    }

    /// The rendered page's bytes; `parts` point into them.
    private let bytes: [UInt8]
    private let parts: [Part]

    /// Splits a page rendered with `Slot.marker` in place of each value.
    init(rendered html: String) {
        // A byte scan: pages run to 70 KB, and Foundation's string search cost more than the rendering saved.
        let bytes = Array(html.utf8)
        let markers = Slot.allCases.map { ($0, Array($0.marker.utf8)) }
        let lead = markers[0].1.prefix(6)  // "rbslot", shared by every marker
        var parts: [Part] = []
        var start = 0
        var index = 0
        scan: while index + lead.count <= bytes.count {
            if bytes[index] == lead.first, bytes[index..<index + lead.count].elementsEqual(lead) {
                for (slot, marker) in markers
                where index + marker.count <= bytes.count
                    && bytes[index..<index + marker.count].elementsEqual(marker)
                {
                    if start < index { parts.append(.text(start..<index)) }
                    parts.append(.slot(slot))
                    index += marker.count
                    start = index
                    continue scan
                }
            }
            index += 1
        }
        if start < bytes.count { parts.append(.text(start..<bytes.count)) }
        self.bytes = bytes
        self.parts = parts
    }

    /// How often a slot appears (for tests: a page that lost its form token would not submit).
    func count(of slot: Slot) -> Int {
        parts.reduce(0) { count, part in
            if case .slot(let found) = part, found == slot { count + 1 } else { count }
        }
    }

    /// The page for one visitor. Values are escaped for HTML, as Leaf would have.
    func filled(_ values: [Slot: String]) -> ByteBuffer {
        let escaped = values.mapValues(HTMLText.escape)
        var buffer = ByteBufferAllocator().buffer(capacity: bytes.count + 64 * parts.count / 2)
        bytes.withUnsafeBufferPointer { all in
            for part in parts {
                switch part {
                case .text(let range): buffer.writeBytes(UnsafeBufferPointer(rebasing: all[range]))
                case .slot(let slot): buffer.writeString(escaped[slot] ?? "")
                }
            }
        }
        return buffer
    }

    /// The filled page as an HTML response.
    func response(_ values: [Slot: String], status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(buffer: filled(values)))
    }
}
