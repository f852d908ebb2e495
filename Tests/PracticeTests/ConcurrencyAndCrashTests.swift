import Foundation
import GRDB
import Testing
@testable import Practice

/// Two processes at once work, and a process killed in the middle of a write loses at most that
/// write and never corrupts the database.
@Suite(.serialized) struct ConcurrencyAndCrashTests {
    /// Runs a Python script (with `sqlite3`) against the database and returns the process.
    static func python(_ script: String, arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Inserts submission + activity pairs, one transaction each, forever (until killed).
    static let endlessWriter = """
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
        i = 0
        while True:
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO submission (problem_slug, file_name, content, language, verdict, created_at) "
                       "VALUES (?, 'f.py', ?, 'python', 'accepted', '2026-01-05 09:00:00.000')", ("p%d" % i, "x" * 2000))
            db.execute("INSERT INTO activity (occurred_at, kind, reference) "
                       "VALUES ('2026-01-05 09:00:00.000', 'submission', ?)", ("p%d" % i,))
            db.execute("COMMIT")
            i += 1
        """

    /// Opens a transaction, writes a lot, and kills itself before committing.
    static let selfKillingWriter = """
        import os, signal, sqlite3, sys
        db = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        for i in range(5000):
            db.execute("INSERT INTO submission (problem_slug, file_name, content, language, verdict, created_at) "
                       "VALUES (?, 'f.py', ?, 'python', 'accepted', '2026-01-05 09:00:00.000')", ("k%d" % i, "y" * 4000))
        os.kill(os.getpid(), signal.SIGKILL)
        """

    static func integrity(_ store: ProgressStore) throws -> String {
        try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    @Test func writerKilledMidTransactionLeavesTheDatabaseIntact() throws {
        let directory = try TemporaryDirectory()
        let clock = DojoClock.fixed(instant("2026-01-05T09:00:00Z"))
        do {
            let store = try ProgressStore.open(at: directory.progressURL, clock: clock)
            try store.recordSubmission(submission("before", "accepted"))
        }
        let child = try Self.python(Self.selfKillingWriter, arguments: [directory.progressURL.path])
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(child.terminationStatus == SIGKILL)
        let store = try ProgressStore.open(at: directory.progressURL, clock: clock)
        #expect(try Self.integrity(store) == "ok")
        #expect(try store.submissions().map(\.problemSlug) == ["before"])
        try store.recordSubmission(submission("after", "accepted"))
        #expect(try store.submissions().count == 2)
    }

    @Test func writerKilledAtARandomMomentLosesAtMostTheWriteInFlight() throws {
        let directory = try TemporaryDirectory()
        let clock = DojoClock.fixed(instant("2026-01-05T09:00:00Z"))
        _ = try ProgressStore.open(at: directory.progressURL, clock: clock)
        let reader = try DatabaseQueue(path: directory.progressURL.path)
        func committed() throws -> Int {
            try reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission") ?? 0 }
        }
        for delay in [0.0, 0.05, 0.2] {
            let before = try committed()
            let child = try Self.python(Self.endlessWriter, arguments: [directory.progressURL.path])
            // Wait until the writer is in its stride (a slow machine may take a while to start it),
            // then kill it at some moment of its loop.
            let deadline = Date().addingTimeInterval(30)
            while try committed() < before + 20, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
            Thread.sleep(forTimeInterval: delay)
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            #expect(child.terminationReason == .uncaughtSignal)
            let store = try ProgressStore.open(at: directory.progressURL, clock: clock)
            #expect(try Self.integrity(store) == "ok")
            let snapshot = try store.snapshot()
            // Each transaction wrote a pair: a torn transaction would leave them unequal.
            #expect(snapshot.submissions.count == snapshot.activity.count)
        }
        #expect(try committed() >= 60)
    }

    @Test func twoConnectionsWriteAtOnce() async throws {
        let directory = try TemporaryDirectory()
        let clock = DojoClock.fixed(instant("2026-01-05T09:00:00Z"))
        let first = try ProgressStore.open(at: directory.progressURL, clock: clock)
        let second = try ProgressStore.open(at: directory.progressURL, clock: clock)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, store) in [("first", first), ("second", second)] {
                group.addTask {
                    for index in 0..<100 {
                        try store.recordReview(
                            questionID: "\(name)-\(index % 10)", topic: "t", rating: .good, correct: true, answer: "a")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try first.reviews().count == 200)
        #expect(try second.cards().count == 20)
        #expect(try second.cards().allSatisfy { $0.reps == 10 })
    }

    @Test func anotherProcessWritingAtTheSameTimeIsWaitedFor() throws {
        let directory = try TemporaryDirectory()
        let clock = DojoClock.fixed(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.open(at: directory.progressURL, clock: clock)
        let child = try Self.python(Self.endlessWriter, arguments: [directory.progressURL.path])
        defer {
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
        }
        for index in 0..<50 {
            try store.recordHint(problem: "concurrent-\(index)")
        }
        #expect(try store.hints().count == 50)
        #expect(try Self.integrity(store) == "ok")
    }
}
