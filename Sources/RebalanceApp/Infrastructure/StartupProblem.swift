import FluentPostgresDriver
import Foundation
import NIOCore
import NIOPosix
import SQLKit
import Vapor

/// Why the app could not start, said so an operator can act on it: where, what failed, and no secrets.
public enum StartupProblem: Error, CustomStringConvertible {
    /// The database did not answer: where it was looked for, and the reason it gave.
    case databaseUnreachable(place: String, reason: String)
    /// The HTTP server could not take its address.
    case cannotListen(address: String, reason: String)

    public var description: String {
        switch self {
        case .databaseUnreachable(let place, let reason):
            "cannot use the database \(place): \(reason). "
                + "Check DATABASE_URL (or DATA_DIR) and that the database is running."
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason)."
        }
    }

    /// Asks the database for one row, turning any failure into `databaseUnreachable` with its place named.
    static func checkDatabase(_ app: Application, _ database: AppSettings.Database) async throws {
        guard let sql = app.db as? any SQLDatabase else { return }
        do {
            try await sql.raw("SELECT 1").run()
        } catch {
            throw StartupProblem.databaseUnreachable(place: place(of: database), reason: reason(error))
        }
    }

    /// Starts the server's listening socket, naming the address and the cause when the system refuses it.
    static func listen(_ app: Application, hostname: String, port: Int) async throws {
        do {
            try await app.startup()
        } catch let error as IOError {
            throw StartupProblem.cannotListen(address: "\(hostname):\(port)", reason: socketReason(error.errnoCode))
        } catch let error as SocketAddressError {
            throw StartupProblem.cannotListen(
                address: "\(hostname):\(port)", reason: "the host name does not resolve (\(error))")
        }
    }

    /// PostgreSQL's own words for a failed statement (such as "permission denied to create extension"), or `nil`
    /// when `error` did not come from PostgreSQL; PostgresNIO's own text hides them on purpose.
    public static func databaseMessage(_ error: any Error) -> String? {
        guard error is PSQLError else { return nil }
        return "the database refused: \(reason(error))"
    }

    /// Host, port and database name of a PostgreSQL URL (never the user or password), or the SQLite file.
    static func place(of database: AppSettings.Database) -> String {
        switch database {
        case .sqliteMemory: return "in memory"
        case .sqliteFile(let path): return "file \(path)"
        case .postgres(let url):
            let parts = URLComponents(string: url)
            let host = parts?.host ?? "?"
            let name = parts.map { String($0.path.drop(while: { $0 == "/" })) } ?? ""
            return "\"\(name.isEmpty ? "(default)" : name)\" on \(host):\(parts?.port ?? 5432)"
        }
    }

    /// The most useful words an error carries: PostgreSQL's own message, the socket's cause, or the type's text.
    static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return reason(underlying) }
            return "\(psql.code)"
        }
        if let io = error as? IOError { return socketReason(io.errnoCode) }
        if let connect = error as? NIOConnectionError {
            if let first = connect.connectionErrors.first { return reason(first.error) }
            if connect.dnsAError != nil || connect.dnsAAAAError != nil { return "the host name does not resolve" }
        }
        return String(describing: error)
    }

    private static func socketReason(_ code: CInt) -> String {
        switch code {
        case EADDRINUSE:
            "the port is already in use (is Rebalance already running?); choose another with --port or PORT"
        case EACCES: "permission denied (ports below 1024 need extra rights); choose a port above 1024"
        case EADDRNOTAVAIL: "this machine has no such address; use 127.0.0.1, 0.0.0.0 or one of its own addresses"
        case ECONNREFUSED: "nothing answers there (connection refused)"
        case ETIMEDOUT: "no answer in time (connection timed out)"
        case EHOSTUNREACH, ENETUNREACH: "that host cannot be reached from here"
        default: String(cString: strerror(code))
        }
    }
}
