import Metrics
import Prometheus
import RebalanceCore

/// The process's Prometheus registry and the studio's own series. Installed once as swift-metrics' backend, so
/// Vapor's request series (`http_requests_total`, `http_request_duration_seconds`, by route template) and ours are
/// served together at `/metrics`. Counters count what this instance did since it started; Prometheus sums instances.
enum StudioMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// Something the studio's owner would want counted.
    enum Event: Sendable, Equatable {
        case bookingCreated
        /// Refused, with the kind of refusal ("taken", "outside_availability", …).
        case bookingRefused(String)
        case bookingCancelled
        case assessmentFinished
        /// "Please see a clinician first", by the most urgent reason and where it was decided.
        case referral(Urgency, from: ReferralSource)
        case selfCheckStarted
        case selfCheckFinished
        /// An email the SMTP server did not take; `gaveUp` once it will not be tried again.
        case deliveryFailed(gaveUp: Bool)
    }

    /// Where a referral was decided.
    enum ReferralSource: String, Sendable {
        case selfCheck = "self_check"
        case assessment
    }

    /// Adds one to the event's series.
    static func count(_ event: Event) {
        let (name, help, labels): (String, String, [(String, String)]) =
            switch event {
            case .bookingCreated: ("bookings", bookingsHelp, [("outcome", "created"), ("reason", "")])
            case .bookingRefused(let reason): ("bookings", bookingsHelp, [("outcome", "refused"), ("reason", reason)])
            case .bookingCancelled: ("bookings", bookingsHelp, [("outcome", "cancelled"), ("reason", "")])
            case .assessmentFinished: ("assessments_finished", "Studio assessments completed.", [])
            case .referral(let urgency, let source):
                (
                    "referrals", "Results that said to see a clinician first, by the most urgent reason.",
                    [("urgency", urgency.rawValue), ("source", source.rawValue)]
                )
            case .selfCheckStarted: ("self_checks", selfChecksHelp, [("stage", "started")])
            case .selfCheckFinished: ("self_checks", selfChecksHelp, [("stage", "finished")])
            case .deliveryFailed(let gaveUp):
                (
                    "email_delivery_failures", "Email deliveries the mail server refused or timed out.",
                    [("gave_up", gaveUp ? "true" : "false")]
                )
            }
        let descriptor = MetricNameDescriptor(
            namespace: "rebalance", metricName: name, unitName: "total", helpText: help)
        if labels.isEmpty {
            registry.makeCounter(descriptor: descriptor).increment()
        } else {
            registry.makeCounter(descriptor: descriptor, labels: labels).increment()
        }
    }

    /// A gauge of the studio's shared state (see `StudioGauges`).
    static func gauge(_ name: String, unit: String, help: String) -> Prometheus.Gauge {
        registry.makeGauge(
            descriptor: MetricNameDescriptor(namespace: "rebalance", metricName: name, unitName: unit, helpText: help))
    }

    private static let bookingsHelp = "Bookings made, refused (with the kind of refusal) and cancelled."
    private static let selfChecksHelp = "Public self-checks started and finished."
}
