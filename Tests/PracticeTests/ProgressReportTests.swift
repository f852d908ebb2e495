import Foundation
import Testing
@testable import Practice

@Suite struct ProgressReportTests {
    /// A week of practice: problems solved and failed, reviews right and wrong.
    static func weekOfPractice() throws -> (ProgressStore, MutableClock) {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        try store.recordSubmission(submission("first-action", "wrong_answer"), topic: "lazy-evaluation")
        try store.recordSubmission(submission("first-action", "accepted"), topic: "lazy-evaluation")
        try store.recordReview(questionID: "lazy-1", topic: "lazy-evaluation", rating: .good, correct: true, answer: "c")
        clock.advance(seconds: 86_400)
        try store.recordSubmission(submission("count-by-key", "plan_rule_violated"), topic: "shuffles")
        try store.recordReview(questionID: "shuffle-1", topic: "shuffles", rating: .again, correct: false, answer: "x")
        clock.advance(seconds: 2 * 86_400)
        try store.recordHint(problem: "count-by-key")
        clock.advance(seconds: 86_400)
        try store.recordReview(questionID: "lazy-2", topic: "lazy-evaluation", rating: .easy, correct: true, answer: "ac")
        return (store, clock)
    }

    @Test func countsStreaksAndRates() throws {
        let (store, clock) = try Self.weekOfPractice()
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        #expect(report.problems.total == 3)
        #expect(report.problems.solved == 1)
        #expect(report.problems.attempted == 1)
        #expect(report.problems.byDifficulty["easy"] == ProblemCounts(solved: 1, attempted: 0, total: 1))
        #expect(report.problems.byDifficulty["medium"] == ProblemCounts(solved: 0, attempted: 1, total: 1))
        #expect(report.submissions == 3)
        #expect(report.acceptedSubmissions == 1)
        #expect(abs(report.acceptanceRate - 1.0 / 3.0) < 1e-12)
        #expect(report.reviews == 3)
        #expect(report.quizAccuracy == 2.0 / 3.0)
        #expect(report.hints == 1)
        // Active Jan 5, 6, 8, 9: current run 2 (8–9), longest 2.
        #expect(report.streak == Streak(current: 2, longest: 2))
        #expect(report.heatmap.cells.last?.count == 1)
        #expect(report.openReviewItems == 2)
    }

    @Test func lastExamIsReported() throws {
        let (store, clock) = try Self.weekOfPractice()
        for (day, correct) in [("2026-01-06", 20), ("2026-01-08", 36)] {
            let exam = ExamRecord(
                startedAt: instant("\(day)T08:00:00Z"), finishedAt: instant("\(day)T09:00:00Z"), configJSON: "{}",
                answersJSON: "[]", scoreByDomainJSON: "{}", correct: correct, total: 45, passed: correct >= 32,
                completed: true)
            try store.recordExam(exam, missed: [])
        }
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        #expect(report.exams == 2)
        #expect(report.lastExam?.correct == 36)
        #expect(report.lastExam?.passed == true)
        #expect(report.render(style: TextStyle(colors: false)).contains("Last mock exam   36/45 (80%), passed"))
    }

    @Test func dueTodayAndForecastFollowTheCards() throws {
        let (store, clock) = try Self.weekOfPractice()
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        let cards = try store.cards()
        let endOfToday = LocalDay(clock.now, in: utc).adding(days: 1).start(in: utc)
        #expect(report.dueToday == cards.filter { $0.due < endOfToday }.count)
        #expect(report.forecast.count == 7)
        #expect(report.forecast.map(\.due).reduce(0, +) <= cards.count)
    }

    @Test func masteryCombinesCodingAndQuizMemory() throws {
        let (store, clock) = try Self.weekOfPractice()
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        #expect(report.topics.map(\.topic) == ["lazy-evaluation", "shuffles"])
        let lazy = report.topics[0]
        let cards = try store.cards()
        let recall = cards.filter { $0.topic == "lazy-evaluation" }
            .map { FSRSScheduler.standard.retrievability(of: $0.card, at: clock.now) }.reduce(0, +)
        #expect(abs(lazy.mastery - (1 + recall) / 4) < 1e-12)
        #expect(lazy.problemsSolved == 1)
        #expect(lazy.questionsReviewed == 2)
        #expect(report.topics.allSatisfy { (0...1).contains($0.mastery) })
        #expect(report.weakestTopics == ["shuffles", "lazy-evaluation"])
    }

    @Test func recommendationsStartWithWhatFailed() throws {
        let (store, clock) = try Self.weekOfPractice()
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        #expect(report.recommended.map(\.slug) == ["count-by-key", "skewed-join"])
        #expect(report.recommended.first?.reason == "not accepted yet")
    }

    @Test func emptyHistoryGivesAnEmptyButCompleteReport() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let report = ProgressReport(
            snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: instant("2026-01-05T09:00:00Z"), timeZone: utc)
        #expect(report.streak == Streak(current: 0, longest: 0))
        #expect(report.dueToday == 0)
        #expect(report.weakestTopics.isEmpty)
        #expect(report.recommended.map(\.slug) == ["first-action", "count-by-key", "skewed-join"])
        #expect(report.topics.allSatisfy { $0.mastery == 0 })
    }

    @Test func jsonHasTheContractKeys() throws {
        let (store, clock) = try Self.weekOfPractice()
        let report = ProgressReport(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        let data = try ProgressReport.jsonEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let problems = try #require(object["problems"] as? [String: Any])
        #expect(problems["total"] as? Int == 3)
        #expect(problems["solved"] as? Int == 1)
        #expect(problems["attempted"] as? Int == 1)
        #expect(object["submissions"] as? Int == 3)
        #expect(object["reviews"] as? Int == 3)
        let streak = try #require(object["streak"] as? [String: Any])
        #expect(streak["current"] as? Int == 2)
        #expect(streak["longest"] as? Int == 2)
        #expect(object["due_today"] is Int)
        let topics = try #require(object["topics"] as? [[String: Any]])
        #expect(topics.first?["topic"] as? String == "lazy-evaluation")
        #expect(topics.first?["mastery"] is Double)
        #expect(object["generated_at"] as? String == "2026-01-09T09:00:00Z")
    }

    @Test func sameMomentDifferentTimeZoneChangesTheStreak() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-02-01T05:00:00Z")))
        var snapshot = try store.snapshot()
        snapshot.activity = ["2026-01-31T20:00:00Z", "2026-02-01T04:00:00Z"].map {
            ActivityRecord(occurredAt: instant($0), kind: .review, reference: "q")
        }
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        let now = instant("2026-02-01T05:00:00Z")
        #expect(ProgressReport(snapshot: snapshot, catalog: PracticeCatalog(), now: now, timeZone: utc).streak.current == 2)
        // In Kolkata both moments fall on February 1.
        #expect(ProgressReport(snapshot: snapshot, catalog: PracticeCatalog(), now: now, timeZone: kolkata).streak.current == 1)
    }
}

@Suite struct ExportImportTests {
    @Test func exportThenImportIntoAFreshHistoryRestoresEverything() throws {
        let (store, clock) = try ProgressReportTests.weekOfPractice()
        let data = try store.exportJSON()
        let fresh = try ProgressStore.inMemory(clock: clock.dojoClock)
        let summary = try fresh.importJSON(data, source: "export.json")
        #expect(summary.submissions == 3)
        #expect(summary.reviews == 3)
        #expect(summary.cards == 3)
        let original = try store.snapshot()
        let restored = try fresh.snapshot()
        #expect(restored.cards == original.cards)
        #expect(restored.submissions.map(\.content) == original.submissions.map(\.content))
        #expect(restored.reviewItems.count == original.reviewItems.count)
        // A second import adds nothing.
        #expect(try fresh.importJSON(data, source: "export.json").total == 0)
    }

    @Test func importRefusesOtherFiles() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(Date()))
        #expect(throws: ProgressStoreError.self) {
            try store.importJSON(Data("{\"tables\":{}}".utf8), source: "data.json")
        }
        let future = #"{"format":"sparkdojo-progress","migrations":["v1-progress","v9-future"],"exported_at":"2026-01-01T00:00:00Z","history":{"submissions":[],"cards":[],"reviews":[],"hints":[],"exams":[],"activity":[],"review_items":[]}}"#
        #expect(throws: ProgressStoreError.self) {
            try store.importJSON(Data(future.utf8), source: "future.json")
        }
    }

    @Test func csvHasOneRowPerEventAndEscapes() throws {
        let (store, _) = try ProgressReportTests.weekOfPractice()
        let csv = try store.exportCSV()
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "kind,at,reference,topic,result,detail")
        #expect(lines.count == 1 + 3 + 3 + 1)
        #expect(lines[1].hasPrefix("review,2026-01-05T09:00:00Z,lazy-1") || lines[1].hasPrefix("submission,2026-01-05T09:00:00Z"))
        #expect(ProgressStore.csvField("a,b") == "\"a,b\"")
        #expect(ProgressStore.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }
}
