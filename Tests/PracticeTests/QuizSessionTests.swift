import Foundation
import Testing
@testable import Practice

@Suite struct QuizSessionTests {
    @Test func answersAreGradedRatedAndStoredOneByOne() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        let plan = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: [], openItems: [], options: QuizOptions(count: 3), now: clock.now)
        var session = QuizSession(items: plan, store: store)
        #expect(session.current?.question.id == "lazy-1")

        #expect(session.answer("z", seconds: 3) == .retry("There is no option z; choose a–d."))
        guard case .graded(let first) = session.answer("c", seconds: 4) else {
            Issue.record("not graded")
            return
        }
        #expect(first.correct)
        #expect(first.suggestedRating == .easy)
        #expect(session.current == nil)
        try session.rate(.good)
        #expect(try store.card(questionID: "lazy-1")?.reps == 1)
        #expect(try store.reviews().map(\.rating) == [3])

        clock.advance(seconds: 30)
        guard case .graded(let second) = session.answer("a", seconds: 20) else {
            Issue.record("not graded")
            return
        }
        #expect(!second.correct)
        #expect(second.suggestedRating == .again)
        #expect(second.rightAnswer == "ac")
        try session.rate(nil)
        #expect(try store.openReviewItems().map(\.reference) == ["lazy-2"])

        // End of input with an answer waiting for its rating: saved with the suggestion.
        _ = session.answer("f", seconds: 2)
        let summary = try session.finish()
        #expect(summary == QuizSummary(asked: 3, answered: 3, correct: 2, savedWithSuggestedRating: 1, remaining: 0))
        let log = try store.reviews()
        #expect(log.map(\.questionID) == ["lazy-1", "lazy-2", "lazy-3"])
        #expect(log.map(\.rating) == [3, 1, 4])
        #expect(log.map(\.answer) == ["c", "a", "f"])
        #expect(log.map(\.durationMilliseconds) == [4000, 20000, 2000])
        #expect(session.isFinished)
    }

    @Test func endOfInputBeforeAnsweringSavesNothingAndSaysWhatRemains() throws {
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-01-05T09:00:00Z")))
        let plan = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: [], openItems: [], options: QuizOptions(), now: instant("2026-01-05T09:00:00Z"))
        var session = QuizSession(items: plan, store: store)
        let summary = try session.finish()
        #expect(summary.answered == 0)
        #expect(summary.remaining == 6)
        #expect(try store.reviews().isEmpty)
    }

    @Test func aReviewedCardComesBackWhenDue() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        try store.recordReview(questionID: "shuffle-3", topic: "shuffles", rating: .easy, correct: true, answer: "b")
        let due = try #require(try store.card(questionID: "shuffle-3")).due
        func planned() throws -> [String] {
            try QuizPlanner.plan(
                catalog: Fixtures.catalog, cards: store.cards(), openItems: store.openReviewItems(),
                options: QuizOptions(newLimit: 0), now: clock.now
            ).map(\.question.id)
        }
        #expect(try planned() == [])
        clock.now = due
        #expect(try planned() == ["shuffle-3"])
    }
}

@Suite struct MockExamTests {
    struct AllocationCase: Sendable, CustomTestStringConvertible {
        let name: String
        let available: [String: Int]
        let weights: [String: Double]
        let total: Int
        let expected: [String: Int]

        var testDescription: String { name }
    }

    static let allocationCases: [AllocationCase] = [
        AllocationCase(
            name: "by weight", available: ["a": 10, "b": 10], weights: ["a": 3, "b": 1], total: 8,
            expected: ["a": 6, "b": 2]),
        AllocationCase(
            name: "shortfall passed on", available: ["a": 2, "b": 10], weights: ["a": 3, "b": 1], total: 8,
            expected: ["a": 2, "b": 6]),
        AllocationCase(
            name: "unweighted domains get nothing", available: ["a": 10, "x": 10], weights: ["a": 1], total: 5,
            expected: ["a": 5]),
        AllocationCase(
            name: "no weighted domain: equal weights", available: ["x": 10, "y": 10], weights: ["a": 1], total: 5,
            expected: ["x": 3, "y": 2]),
        AllocationCase(
            name: "fewer questions than asked", available: ["a": 2, "b": 1], weights: ["a": 1, "b": 1], total: 45,
            expected: ["a": 2, "b": 1]),
        AllocationCase(
            name: "largest remainders", available: ["arch": 50, "sql": 50, "df": 50, "tune": 50],
            weights: ["arch": 20, "sql": 20, "df": 30, "tune": 10], total: 45,
            expected: ["arch": 11, "sql": 11, "df": 17, "tune": 6]),
    ]

    @Test(arguments: allocationCases)
    func allocation(_ example: AllocationCase) {
        #expect(MockExam.allocate(available: example.available, weights: example.weights, total: example.total)
            == example.expected)
    }

    @Test func examIsScoredByDomainWithoutFeedbackAndStored() throws {
        let config = try ExamConfiguration(
            questionCount: 4, timeLimitSeconds: 600, passMark: 0.7,
            domainWeights: ["architecture": 1, "dataframe-api": 1], seed: 42)
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-01-05T10:00:00Z")))
        var exam = try MockExam(catalog: Fixtures.catalog, configuration: config, startedAt: instant("2026-01-05T09:50:00Z"))
        #expect(exam.questions.count == 4)
        #expect(Dictionary(grouping: exam.questions, by: \.domain).mapValues(\.count) == ["architecture": 2, "dataframe-api": 2])
        // Same seed, same exam.
        let again = try MockExam(catalog: Fixtures.catalog, configuration: config, startedAt: exam.startedAt)
        #expect(again.questions == exam.questions)

        #expect(exam.answer("zz") != nil)  // refused: the question stays
        let first = try #require(exam.current)
        #expect(exam.answer(Fixtures.wrongAnswer(first)) == nil)
        for _ in 0..<2 {
            let question = try #require(exam.current)
            #expect(exam.answer(question.answerText) == nil)
        }
        let score = exam.score
        #expect(score.total == 4)
        #expect(score.correct == 2)
        #expect(!score.passed)
        #expect(exam.answers.filter { $0.response == nil }.count == 1)
        #expect(exam.isTimeUp(elapsedSeconds: 600))
        #expect(!exam.isTimeUp(elapsedSeconds: 599))
        let record = try exam.record(in: store, finishedAt: instant("2026-01-05T10:00:00Z"))
        #expect(record.completed == false)
        #expect(record.total == 4)
        #expect(record.scoreByDomainJSON.contains("\"architecture\""))
        #expect(try store.openReviewItems().count == 2)
    }

    @Test func passMarkIsInclusive() throws {
        let score = ExamScore(
            domains: [.init(domain: "a", correct: 7, total: 10)], correct: 7, total: 10, passMark: 0.7)
        #expect(score.passed)
        let below = ExamScore(domains: [], correct: 31, total: 45, passMark: 0.7)
        #expect(!below.passed)
        let at = ExamScore(domains: [], correct: 32, total: 45, passMark: 0.7)
        #expect(at.passed)
    }

    @Test func badConfigurationsAreRefused() {
        #expect(throws: ExamError.invalidQuestionCount(0)) { try ExamConfiguration(questionCount: 0) }
        #expect(throws: ExamError.invalidPassMark(1.5)) { try ExamConfiguration(passMark: 1.5) }
        #expect(throws: ExamError.invalidTimeLimit(-60)) { try ExamConfiguration(timeLimitSeconds: -60) }
    }

    @Test func defaultsModelTheAssociateDeveloperExam() throws {
        let config = try ExamConfiguration()
        #expect(config.questionCount == 45)
        #expect(config.timeLimitSeconds == 5400)
        #expect(config.passMark == 0.7)
    }
}
