import Logging

/// Keeps out of every log line, at every level, what it must never hold. At debug level the database layers log
/// each query with its values — SQLKit's bound values ("binds"), Fluent's saved fields ("input") and conditions
/// ("filters", and those inside "joins") — and those carry names, emails, notes and health answers. The statement
/// ("sql", with placeholders), the table and the action stay, so a slow or failing query can still be found.
struct PrivateLogData: LogHandler {
    /// Metadata keys dropped from every line.
    static let droppedKeys: Set<String> = ["binds", "input", "filters", "joins"]

    private var inner: any LogHandler

    init(_ inner: any LogHandler) { self.inner = inner }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.metadata = event.metadata?.filter { !Self.droppedKeys.contains($0.key) }
        inner.log(event: event)
    }
}
