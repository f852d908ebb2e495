import Foundation

extension ProgressStore {
    /// Moves the progress database (and its WAL files) aside to a timestamped backup next to it and
    /// returns the backup's location, or nil when there was nothing to reset. The next `open`
    /// starts a fresh history. Works on a damaged file too.
    public static func reset(at url: URL, clock: DojoClock = .fromEnvironment()) throws(ProgressStoreError) -> URL? {
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: clock.now())
        let directory = url.deletingLastPathComponent()
        let base = url.deletingPathExtension().lastPathComponent
        var backup = directory.appendingPathComponent("\(base)-backup-\(stamp).sqlite")
        var counter = 2
        while manager.fileExists(atPath: backup.path) {
            backup = directory.appendingPathComponent("\(base)-backup-\(stamp)-\(counter).sqlite")
            counter += 1
        }
        do {
            try manager.moveItem(at: url, to: backup)
            for suffix in ["-wal", "-shm"] {
                let companion = URL(fileURLWithPath: url.path + suffix)
                if manager.fileExists(atPath: companion.path) {
                    try manager.moveItem(at: companion, to: URL(fileURLWithPath: backup.path + suffix))
                }
            }
        } catch {
            throw .unreadable(path: url.path, detail: "could not move it to \(backup.path): \(error.localizedDescription)")
        }
        return backup
    }
}
