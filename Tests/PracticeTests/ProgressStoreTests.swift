import Foundation
import GRDB
import Testing
@testable import Practice

@Suite struct ProgressStoreTests {
    @Test func freshDatabaseHasEveryMigration() throws {
        let directory = try TemporaryDirectory()
        let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        #expect(try store.appliedMigrations() == ProgressSchema.identifiers)
        #expect(try store.snapshot() == ProgressSnapshot())
    }

    @Test func databaseIsInWALModeWithABusyTimeout() throws {
        let directory = try TemporaryDirectory()
        let store = try ProgressStore.open(at: directory.progressURL, clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let timeout = try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") }
        #expect(timeout == Int(ProgressStore.busyTimeout * 1000))
    }

    @Test func submissionKeepsFileTestsAndClockTime() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        let stored = try store.recordSubmission(submission("top-salaries", "wrong_answer", content: "x = 1\n"))
        #expect(stored.id != nil)
        #expect(stored.createdAt == clock.now)
        let fetched = try store.submissions(problem: "top-salaries")
        #expect(fetched == [stored])
        #expect(fetched[0].content == "x = 1\n")
        #expect(fetched[0].testsJSON.contains("\"t1\""))
        #expect(try store.activity().map(\.kind) == [.submission])
    }

    @Test func failedProblemBecomesReviewItemUntilAccepted() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        try store.recordSubmission(submission("dedupe", "wrong_answer"), topic: "dataframes")
        try store.recordSubmission(submission("dedupe", "plan_rule_violated"), topic: "dataframes")
        let open = try store.openReviewItems()
        #expect(open.count == 1)
        #expect(open.first?.kind == .problem)
        #expect(open.first?.topic == "dataframes")
        #expect(open.first?.reason == "plan_rule_violated")
        clock.advance(seconds: 600)
        try store.recordSubmission(submission("dedupe", "accepted"))
        #expect(try store.openReviewItems().isEmpty)
        #expect(try store.snapshot().reviewItems.first?.resolvedAt == clock.now)
    }

    @Test func hintsAreNumberedPerProblem() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-01-05T09:00:00Z")))
        #expect(try store.recordHint(problem: "a").hintNumber == 1)
        #expect(try store.recordHint(problem: "a").hintNumber == 2)
        #expect(try store.recordHint(problem: "b").hintNumber == 1)
        #expect(try store.hints(problem: "a").count == 2)
    }

    @Test func reviewAppliesFSRSAndKeepsTheLog() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        var expected = Card.new(dueAt: clock.now)
        for rating in [Rating.good, .good, .again] {
            expected = FSRSScheduler.standard.review(expected, rating: rating, at: clock.now).card
            try store.recordReview(
                questionID: "q1", topic: "lazy-evaluation", rating: rating, correct: rating != .again, answer: "b")
            clock.now = expected.due
        }
        let card = try #require(try store.card(questionID: "q1"))
        #expect(card.card == expected)
        #expect(card.reps == 3)
        #expect(card.lapses == 1)
        let log = try store.reviews(questionID: "q1")
        #expect(log.map(\.rating) == [3, 3, 1])
        #expect(log.last?.correct == false)
        #expect(try store.openReviewItems().map(\.reference) == ["q1"])
    }

    @Test func examStoresScoreAndMissedQuestions() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let exam = ExamRecord(
            startedAt: instant("2026-01-05T08:00:00Z"), finishedAt: instant("2026-01-05T09:00:00Z"),
            configJSON: "{}", answersJSON: "[]", scoreByDomainJSON: "{}", correct: 1, total: 2, passed: false,
            completed: true)
        let stored = try store.recordExam(exam, missed: [(questionID: "q9", topic: "joins")])
        #expect(stored.id != nil)
        #expect(try store.exams().count == 1)
        #expect(try store.openReviewItems().map(\.topic) == ["joins"])
    }

    @Test func problemStatusesForTheListCommand() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-01-05T09:00:00Z")))
        try store.recordSubmission(submission("a", "wrong_answer"))
        try store.recordSubmission(submission("a", "accepted"))
        try store.recordSubmission(submission("a", "wrong_answer"))
        try store.recordSubmission(submission("b", "runtime_error"))
        #expect(try store.problemStatuses() == ["a": .solved, "b": .attempted])
    }
}
