import Foundation
import GRDB
import Testing
@testable import Practice

/// A damaged, foreign or newer database gives a clear error with the path and a way out.
@Suite struct DatabaseFailureTests {
    @Test func garbageFileIsReportedAsCorruptWithAWayOut() throws {
        let directory = try TemporaryDirectory()
        try Data(repeating: 0x42, count: 8192).write(to: directory.progressURL)
        do {
            _ = try ProgressStore.open(at: directory.progressURL, clock: .fixed(Date()))
            Issue.record("opening garbage succeeded")
        } catch {
            guard case .corrupt(let path, _) = error else {
                Issue.record("expected .corrupt, got \(error)")
                return
            }
            #expect(path == directory.progressURL.path)
            #expect(error.description.contains(directory.progressURL.path))
            #expect(error.description.contains("dojo reset --yes"))
        }
    }

    @Test func truncatedDatabaseIsReportedNotCrashed() throws {
        let directory = try TemporaryDirectory()
        do {
            let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(Date()))
            for index in 0..<200 {
                try store.recordSubmission(submission("p\(index)", "accepted", content: String(repeating: "x", count: 500)))
            }
            try store.writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        let data = try Data(contentsOf: directory.progressURL)
        var damaged = data.prefix(data.count / 2)
        damaged.replaceSubrange(4096..<4200, with: Data(repeating: 0xFF, count: 104))
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: directory.progressURL.path + suffix)
        }
        try damaged.write(to: directory.progressURL)
        #expect(throws: ProgressStoreError.self) {
            let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(Date()))
            _ = try store.snapshot()
        }
    }

    @Test func databaseFromANewerVersionIsRefused() throws {
        let directory = try TemporaryDirectory()
        do {
            _ = try ProgressStore.open(at: directory.progressURL, clock: .fixed(Date()))
            let queue = try DatabaseQueue(path: directory.progressURL.path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
        }
        #expect(throws: ProgressStoreError.newerSchema(path: directory.progressURL.path)) {
            try ProgressStore.open(at: directory.progressURL, clock: .fixed(Date()))
        }
    }

    @Test func unwritableLocationIsReported() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.url.appendingPathComponent("not-a-directory")
        try Data("x".utf8).write(to: blocker)
        let url = blocker.appendingPathComponent("progress.sqlite")
        #expect(throws: ProgressStoreError.self) {
            try ProgressStore.open(at: url, clock: .fixed(Date()))
        }
    }

    @Test func resetKeepsABackupAndStartsFresh() throws {
        let directory = try TemporaryDirectory()
        let clock = DojoClock.fixed(instant("2026-01-05T09:00:00Z"))
        do {
            let store = try ProgressStore.open(at: directory.progressURL, clock: clock)
            try store.recordHint(problem: "kept")
        }
        let backup = try #require(try ProgressStore.reset(at: directory.progressURL, clock: clock))
        #expect(backup.lastPathComponent == "progress-backup-20260105-090000.sqlite")
        let fresh = try ProgressStore.open(at: directory.progressURL, clock: clock)
        #expect(try fresh.hints().isEmpty)
        let restored = try ProgressStore.open(at: backup, clock: clock)
        #expect(try restored.hints().map(\.problemSlug) == ["kept"])
        #expect(try ProgressStore.reset(at: directory.url.appendingPathComponent("none.sqlite"), clock: clock) == nil)
    }

    @Test func resetWorksOnACorruptFile() throws {
        let directory = try TemporaryDirectory()
        try Data("definitely not sqlite".utf8).write(to: directory.progressURL)
        let backup = try ProgressStore.reset(at: directory.progressURL, clock: .fixed(Date()))
        #expect(backup != nil)
        _ = try ProgressStore.open(at: directory.progressURL, clock: .fixed(Date()))
    }
}
