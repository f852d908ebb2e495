import Foundation
import GRDB

/// The user's history in `progress.sqlite`: submissions, quiz reviews, hints, exams, activity.
///
/// The database is opened in WAL mode with a busy timeout, so two `dojo` processes can use it
/// at once; every write is one transaction, so an interrupted process loses at most the write
/// in flight. Times come from the store's `DojoClock` (`DOJO_NOW`).
///
/// ```swift
/// let store = try ProgressStore.open(at: home.progressURL)
/// try store.recordHint(problem: "second-highest-salary")
/// ```
public final class ProgressStore: Sendable {
    /// The database file, or `:memory:`.
    public let path: String
    public let clock: DojoClock
    let writer: any DatabaseWriter

    /// How long a writer waits for another process's lock before giving up.
    public static let busyTimeout: TimeInterval = 10

    init(writer: any DatabaseWriter, path: String, clock: DojoClock) throws(ProgressStoreError) {
        self.writer = writer
        self.path = path
        self.clock = clock
        try migrate()
    }

    /// Opens (creating when missing) the progress database at `url` and migrates it forward.
    public static func open(at url: URL, clock: DojoClock = .fromEnvironment()) throws(ProgressStoreError) -> ProgressStore {
        let path = url.path
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .unreadable(path: path, detail: error.localizedDescription)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw mapError(error, path: path)
        }
        return try ProgressStore(writer: pool, path: path, clock: clock)
    }

    /// A fresh database in memory, for tests and previews.
    public static func inMemory(clock: DojoClock) throws(ProgressStoreError) -> ProgressStore {
        do {
            return try ProgressStore(writer: DatabaseQueue(), path: ":memory:", clock: clock)
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw mapError(error, path: ":memory:")
        }
    }

    private func migrate() throws(ProgressStoreError) {
        let migrator = ProgressSchema.migrator
        let path = path
        try perform {
            let integrity = try writer.read { db in
                try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "ok"
            }
            guard integrity == "ok" else { throw ProgressStoreError.corrupt(path: path, detail: integrity) }
            if try writer.read({ db in try migrator.hasBeenSuperseded(db) }) {
                throw ProgressStoreError.newerSchema(path: path)
            }
            try migrator.migrate(writer)
        }
    }

    /// The migrations applied to this database, oldest first.
    public func appliedMigrations() throws(ProgressStoreError) -> [String] {
        try perform { try writer.read { db in try ProgressSchema.migrator.appliedMigrations(db) } }
    }

    /// Runs database work, turning any failure into a `ProgressStoreError` for this file.
    func perform<T>(_ work: () throws -> T) throws(ProgressStoreError) -> T {
        do {
            return try work()
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw Self.mapError(error, path: path)
        }
    }

    static func mapError(_ error: any Error, path: String) -> ProgressStoreError {
        guard let databaseError = error as? DatabaseError else {
            return .database(path: path, detail: String(describing: error))
        }
        let detail = databaseError.message ?? "\(databaseError.resultCode)"
        switch databaseError.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_AUTH:
            return .unreadable(path: path, detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        default:
            return .database(path: path, detail: detail)
        }
    }
}
