import Foundation
import Testing

@testable import RebalanceApp

/// The per-revision cache keeps at most its capacity, dropping the oldest entries first.
struct ClientPageCacheTests {
    @Test func keepsTheNewestEntriesUpToItsCapacity() async {
        let cache = ClientPageCache<Int>(capacity: 3)
        let client = UUID()
        for revision in 0..<5 {
            await cache.store(revision, for: ClientPageCache<Int>.key(client, revision: revision))
        }
        #expect(await cache.value(for: ClientPageCache<Int>.key(client, revision: 1)) == nil)
        #expect(await cache.value(for: ClientPageCache<Int>.key(client, revision: 2)) == 2)
        #expect(await cache.value(for: ClientPageCache<Int>.key(client, revision: 4)) == 4)
        // Storing a key again replaces its value without pushing anything out.
        await cache.store(40, for: ClientPageCache<Int>.key(client, revision: 4))
        #expect(await cache.value(for: ClientPageCache<Int>.key(client, revision: 2)) == 2)
        #expect(await cache.value(for: ClientPageCache<Int>.key(client, revision: 4)) == 40)
        #expect(await cache.value(for: ClientPageCache<Int>.key(UUID(), revision: 4)) == nil)
    }

    @Test func withoutCapacityNothingIsKept() async {
        let cache = ClientPageCache<Int>(capacity: 0)
        let key = ClientPageCache<Int>.key(UUID(), revision: 1)
        await cache.store(1, for: key)
        #expect(await cache.value(for: key) == nil)
    }
}
