import Foundation

/// Why a backup or restore stopped, saying what to do about it. Nothing is changed when one is thrown, except
/// where the message says so.
public enum BackupProblem: Error, Sendable, CustomStringConvertible {
    case fileExists(String)
    case notFound(String)
    case notSQL
    case damaged(String, String)
    case notABackup(String)
    case notEmpty(String)
    case differs(String)
    case toolMissing(String)
    case toolFailed(String, Int32, String)

    public var description: String {
        switch self {
        case .fileExists(let path): "\(path) already exists; choose a new file name (backups are never overwritten)."
        case .notFound(let path): "\(path) does not exist."
        case .notSQL: "the database does not accept SQL; this should not happen — please report it."
        case .damaged(let path, let detail): "\(path) is not a sound SQLite database: \(detail)."
        case .notABackup(let path):
            "\(path) is a SQLite file but not a Rebalance database (it has no migrations table)."
        case .notEmpty(let target):
            "\(target) already holds data; restore only into an empty database (a new DATA_DIR or a new PostgreSQL "
                + "database), so nothing is overwritten."
        case .differs(let detail): "the restored database does not match the backup (\(detail)); do not start on it."
        case .toolMissing(let tool):
            "\(tool) is not installed; install the PostgreSQL client of your server's version "
                + "(Debian: apt install postgresql-client-15)."
        case .toolFailed(let tool, let status, let output): "\(tool) failed (status \(status)): \(output)"
        }
    }
}
