import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A socket bound to a loopback port the kernel chose as free: hold it (listening) to make the port busy, or
/// close it at once to get a port nothing listens on.
struct LoopbackPort {
    /// Why a port could not be had.
    struct Failure: Error, CustomStringConvertible {
        let call: String
        var description: String { "\(call) failed: \(String(cString: strerror(errno)))" }
    }

    let socket: Int32
    let port: Int

    static func bind(listening: Bool) throws -> LoopbackPort {
        let holder = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard holder >= 0 else { throw Failure(call: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let failed = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw -> String? in
                if Glibc.bind(holder, raw, length) != 0 { return "bind" }
                if listening, listen(holder, 1) != 0 { return "listen" }
                return getsockname(holder, raw, &length) != 0 ? "getsockname" : nil
            }
        }
        if let failed {
            Glibc.close(holder)
            throw Failure(call: failed)
        }
        return LoopbackPort(socket: holder, port: Int(UInt16(bigEndian: address.sin_port)))
    }

    func close() { Glibc.close(socket) }
}
