import Foundation
import GRDB
import Testing
@testable import Practice

/// Databases written by earlier versions are migrated forward without losing anything.
@Suite struct MigrationTests {
    /// A database as version `identifier` of the schema left it, with some history in it.
    static func makeFixture(at url: URL, upTo identifier: String) throws {
        let queue = try DatabaseQueue(path: url.path)
        try ProgressSchema.migrator.migrate(queue, upTo: identifier)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO submission (problem_slug, file_name, content, language, verdict, tests_json,
                                        shuffles, metrics_json, engine, created_at)
                VALUES ('solved-one', 's.py', 'a', 'python', 'wrong_answer', '[]', 2, '{}', 'embedded', '2026-01-03 10:00:00.000'),
                       ('solved-one', 's.py', 'b', 'python', 'accepted', '[]', 1, '{}', 'embedded', '2026-01-03 10:05:00.000'),
                       ('failed-one', 'f.sql', 'c', 'sql', 'runtime_error', '[]', NULL, '{}', 'embedded', '2026-01-04 11:00:00.000');
                INSERT INTO card (question_id, topic, state, step, stability, difficulty, due, last_review, reps, lapses)
                VALUES ('q-right', 'shuffles', 2, NULL, 3.2, 5.1, '2026-01-07 09:00:00.000', '2026-01-04 09:00:00.000', 2, 0),
                       ('q-wrong', 'joins', 1, 0, 0.212, 6.4, '2026-01-04 09:01:00.000', '2026-01-04 09:00:00.000', 1, 0);
                INSERT INTO review (question_id, topic, rating, correct, answer, duration_ms, reviewed_at, state, step,
                                    stability, difficulty, due)
                VALUES ('q-right', 'shuffles', 1, 0, 'a', 5000, '2026-01-03 09:00:00.000', 1, 0, 0.2, 6.4, '2026-01-03 09:01:00.000'),
                       ('q-right', 'shuffles', 3, 1, 'b', 5000, '2026-01-04 09:00:00.000', 2, NULL, 3.2, 5.1, '2026-01-07 09:00:00.000'),
                       ('q-wrong', 'joins', 1, 0, 'c', 9000, '2026-01-04 09:00:00.000', 1, 0, 0.212, 6.4, '2026-01-04 09:01:00.000');
                INSERT INTO hint (problem_slug, hint_number, created_at) VALUES ('failed-one', 1, '2026-01-04 10:59:00.000');
                INSERT INTO activity (occurred_at, kind, reference)
                VALUES ('2026-01-03 09:00:00.000', 'review', 'q-right'), ('2026-01-04 11:00:00.000', 'submission', 'failed-one');
                """)
        }
    }

    /// Every schema version before the current one.
    static let earlierVersions = Array(ProgressSchema.identifiers.dropLast())

    @Test(arguments: earlierVersions)
    func earlierSchemaIsMigratedForwardKeepingHistory(_ version: String) throws {
        let directory = try TemporaryDirectory()
        try Self.makeFixture(at: directory.progressURL, upTo: version)
        let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        #expect(try store.appliedMigrations() == ProgressSchema.identifiers)
        let snapshot = try store.snapshot()
        #expect(snapshot.submissions.count == 3)
        #expect(snapshot.submissions.map(\.verdict) == ["wrong_answer", "accepted", "runtime_error"])
        #expect(snapshot.submissions[2].shuffles == nil)
        #expect(snapshot.cards.count == 2)
        #expect(snapshot.reviews.count == 3)
        #expect(snapshot.hints.count == 1)
        #expect(snapshot.activity.count == 2)
        #expect(try store.card(questionID: "q-right")?.card.state == .review)
    }

    @Test func reviewItemsAreBackfilledFromOldHistory() throws {
        let directory = try TemporaryDirectory()
        try Self.makeFixture(at: directory.progressURL, upTo: "v1-progress")
        let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let items = try store.openReviewItems()
        // q-right's latest answer was right and solved-one was accepted: neither comes back.
        #expect(Set(items.map(\.reference)) == ["q-wrong", "failed-one"])
        #expect(items.first { $0.reference == "q-wrong" }?.topic == "joins")
        #expect(items.first { $0.reference == "failed-one" }?.reason == "runtime_error")
    }

    @Test func migratedDatabaseKeepsWorking() throws {
        let directory = try TemporaryDirectory()
        try Self.makeFixture(at: directory.progressURL, upTo: "v1-progress")
        let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        try store.recordSubmission(submission("failed-one", "accepted"))
        #expect(try store.openReviewItems().map(\.reference) == ["q-wrong"])
        // Opening again is a no-op.
        let again = try ProgressStore.open(at: directory.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        #expect(try again.submissions().count == 4)
    }

    @Test func migrationsAreAppendOnlyAndNamed() {
        #expect(ProgressSchema.migrator.migrations == ProgressSchema.identifiers)
        #expect(ProgressSchema.identifiers.first == "v1-progress")
    }
}
