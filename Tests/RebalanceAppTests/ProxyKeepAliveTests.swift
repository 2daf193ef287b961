import Foundation
import RebalanceApp
import Testing

/// The shipped nginx site closes its idle connections to an instance before any instance would.
@Suite struct ProxyKeepAliveTests {
    /// An instance closing a connection at the moment nginx reuses it makes a POST fail with a 502, which nginx does
    /// not retry; the rolling-restart check caught it. nginx's upstream keep-alive must therefore end first.
    @Test func nginxLetsIdleConnectionsGoBeforeTheApp() throws {
        let site = try String(contentsOfFile: repositoryRoot + "deploy/nginx.conf", encoding: .utf8)
        let upstream = try #require(site.firstRange(of: /upstream rebalance \{[^}]*\}/)).lowerBound
        let block = site[upstream...].prefix { $0 != "}" }
        let match = try #require(block.firstMatch(of: /\n\s*keepalive_timeout (\d+)s;/))
        let seconds = try #require(Int(match.output.1))
        #expect(seconds < AppSettings.idleTimeoutRange.lowerBound)
        #expect(seconds >= 1)
    }
}
