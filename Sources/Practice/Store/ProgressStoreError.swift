import Foundation

/// Why the progress database could not be used, with the path and a way out.
public enum ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not a readable SQLite database.
    case corrupt(path: String, detail: String)
    /// The file or its directory cannot be opened (permissions, missing directory, disk).
    case unreadable(path: String, detail: String)
    /// Written by a newer SparkDojo, with migrations this version does not know.
    case newerSchema(path: String)
    /// Another process holds the database locked for longer than the busy timeout.
    case busy(path: String)
    /// Any other database failure.
    case database(path: String, detail: String)
    /// An import file that is not a SparkDojo progress export.
    case invalidImport(path: String, detail: String)

    public var description: String {
        switch self {
        case .corrupt(let path, let detail):
            "The progress database at \(path) is damaged or not a SparkDojo database (\(detail)). "
                + "Move it aside (mv \"\(path)\" \"\(path).broken\") or run `dojo reset --yes`, "
                + "which keeps a backup and starts a fresh history."
        case .unreadable(let path, let detail):
            "Cannot open the progress database at \(path) (\(detail)). Check that the directory exists "
                + "and is writable, or choose another data directory with --home or DOJO_HOME."
        case .newerSchema(let path):
            "The progress database at \(path) was written by a newer version of dojo. "
                + "Upgrade dojo, or use another data directory with --home or DOJO_HOME."
        case .busy(let path):
            "The progress database at \(path) is locked by another dojo process. "
                + "Wait for it to finish and try again."
        case .database(let path, let detail):
            "The progress database at \(path) reported an error: \(detail)."
        case .invalidImport(let path, let detail):
            "Cannot import \(path): \(detail). Use a file written by `dojo progress export --format json`."
        }
    }
}
