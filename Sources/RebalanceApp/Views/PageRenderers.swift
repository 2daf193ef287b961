import Leaf
import LeafKit
import Vapor

/// One Leaf renderer per event loop, made once.
///
/// Leaf's own provider builds a renderer, its file source and its settings twice for every page (once for the
/// application, once for the request); on a small page that was a tenth of the request. These share Leaf's
/// parsed-template cache, so nothing is parsed twice. Not used in development, where templates reload.
///
/// `@unchecked Sendable`: the table is filled once in `init` and only read afterwards, and each `LeafRenderer` is
/// itself safe to call from any thread (it hops to its event loop).
struct PageRenderers: ViewRenderer, @unchecked Sendable {
    private let byLoop: [ObjectIdentifier: LeafRenderer]
    private let fallback: LeafRenderer

    init(_ app: Application) {
        let leaf = app.leaf
        func renderer(on loop: any EventLoop) -> LeafRenderer {
            LeafRenderer(
                configuration: leaf.configuration, tags: leaf.tags, cache: leaf.cache, sources: leaf.sources,
                eventLoop: loop, userInfo: ["application": app])
        }
        var byLoop: [ObjectIdentifier: LeafRenderer] = [:]
        for loop in app.eventLoopGroup.makeIterator() { byLoop[ObjectIdentifier(loop)] = renderer(on: loop) }
        self.byLoop = byLoop
        fallback = renderer(on: app.eventLoopGroup.next())
    }

    func `for`(_ request: Request) -> any ViewRenderer {
        byLoop[ObjectIdentifier(request.eventLoop)] ?? fallback
    }

    func render(_ name: String, _ context: some Encodable) -> EventLoopFuture<View> {
        fallback.render(name, context)
    }
}
