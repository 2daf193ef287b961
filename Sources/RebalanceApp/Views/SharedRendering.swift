import Foundation
import NIOCore
import Vapor

/// A page rendered once with its per-visitor values left as slots, then filled for each visitor.
///
/// A self-check step with the same answers is the same page for everyone apart from the draft's link token and
/// the form token, and every visitor starts from the same empty steps. Rendering through Leaf is most of such a
/// request's cost; filling two slots is a few copies.
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
        case text(String)
        case slot(Slot)
    }

    private let parts: [Part]
    private let textBytes: Int

    /// Splits a page rendered with `Slot.marker` in place of each value.
    init(rendered html: String) {
        var parts: [Part] = [.text(html)]
        for slot in Slot.allCases {
            parts = parts.flatMap { part -> [Part] in
                guard case .text(let text) = part, text.contains(slot.marker) else { return [part] }
                let pieces = text.components(separatedBy: slot.marker)
                return pieces.enumerated().flatMap { index, piece -> [Part] in
                    index == 0 ? [.text(piece)] : [.slot(slot), .text(piece)]
                }
            }
        }
        self.parts = parts.filter { if case .text(let text) = $0 { !text.isEmpty } else { true } }
        textBytes = html.utf8.count
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
        var buffer = ByteBufferAllocator().buffer(capacity: textBytes + 64 * parts.count / 2)
        for part in parts {
            switch part {
            case .text(let text): buffer.writeString(text)
            case .slot(let slot): buffer.writeString(escaped[slot] ?? "")
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
