#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's open-file limit, raised at start to the most the system allows.
///
/// Every connection holds a file; a shell's default soft limit (often 1,024, sometimes 512) is reached by a few
/// hundred slow clients long before the machine is busy. The hard limit is the administrator's real ceiling.
/// Connections beyond it are refused by the operating system; the cap per address belongs to the reverse proxy
/// (`deploy/nginx.conf`), which also holds half-sent requests so the app never sees them.
enum OpenFileLimit {
    /// The soft and hard limits now.
    static func current() -> (soft: UInt64, hard: UInt64)? {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return nil }
        return (UInt64(limit.rlim_cur), UInt64(limit.rlim_max))
    }

    /// Raises the soft limit to the hard one; returns the limit in force afterwards.
    @discardableResult
    static func raiseToHardLimit() -> UInt64? {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return nil }
        if limit.rlim_cur < limit.rlim_max {
            let raised = rlimit(rlim_cur: limit.rlim_max, rlim_max: limit.rlim_max)
            var copy = raised
            if setrlimit(resource, &copy) == 0 { return UInt64(raised.rlim_cur) }
        }
        return UInt64(limit.rlim_cur)
    }

    #if canImport(Glibc)
        private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
        private static let resource = RLIMIT_NOFILE
    #endif
}
