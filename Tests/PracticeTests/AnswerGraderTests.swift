import ProblemBank
import Testing
@testable import Practice

@Suite struct AnswerGraderTests {
    @Test(arguments: [
        ("lazy-1", "c", GradedAnswer.correct),
        ("lazy-1", " C ", .correct),
        ("lazy-1", "b", .wrong),
        ("lazy-2", "ac", .correct),
        ("lazy-2", "C, a", .correct),
        ("lazy-2", "a", .wrong),
        ("lazy-2", "acd", .wrong),
        ("lazy-3", "f", .correct),
        ("lazy-3", "False", .correct),
        ("lazy-3", "t", .wrong),
        ("shuffle-1", "  Spark.SQL.Shuffle.Partitions ", .correct),
        ("shuffle-1", "spark.sql.shuffle.partition", .wrong),
        ("shuffle-2", "bdac", .correct),
        ("shuffle-2", "B D A C", .correct),
        ("shuffle-2", "bdca", .wrong),
        ("shuffle-3", "b", .correct),
        ("shuffle-3", "1", .correct),
        ("shuffle-3", "2", .wrong),
    ])
    func grading(_ id: String, _ response: String, _ expected: GradedAnswer) {
        #expect(AnswerGrader.grade(response, for: Fixtures.question(id)) == expected)
    }

    @Test(arguments: [
        ("lazy-1", "e"), ("lazy-1", "ab"), ("lazy-1", ""), ("lazy-1", "3"),
        ("lazy-3", "maybe"), ("shuffle-2", "bda"), ("shuffle-2", "bdaa"),
    ])
    func invalidAnswersAreAskedAgain(_ id: String, _ response: String) {
        guard case .invalid(let message) = AnswerGrader.grade(response, for: Fixtures.question(id)) else {
            Issue.record("\(response) was graded for \(id)")
            return
        }
        #expect(!message.isEmpty)
    }

    @Test func shortAnswerWhitespaceInsideIsCollapsed() {
        let question = QuizQuestion(
            id: "x", topic: "t", type: .shortAnswer, prompt: "?", answer: .text(["broadcast hash join", "BHJ"]),
            explanation: "")
        #expect(AnswerGrader.grade("Broadcast   Hash\tJoin", for: question) == .correct)
        #expect(AnswerGrader.grade("bhj", for: question) == .correct)
        #expect(AnswerGrader.grade("sort merge join", for: question) == .wrong)
    }

    @Test(arguments: [
        (false, 1.0, QuestionType.singleChoice, Rating.again),
        (true, 5.0, .singleChoice, .easy),
        (true, 30.0, .singleChoice, .good),
        (true, 60.0, .singleChoice, .hard),
        (true, 12.0, .shortAnswer, .easy),
        (true, 50.0, .shortAnswer, .good),
        (true, 5.0, .trueFalse, .easy),
        (true, 100.0, .ordering, .hard),
    ])
    func suggestedRating(_ correct: Bool, _ seconds: Double, _ type: QuestionType, _ rating: Rating) {
        #expect(RatingSuggestion.suggest(correct: correct, seconds: seconds, type: type) == rating)
    }

    @Test func answerTextIsWhatTheUserWouldType() {
        #expect(Fixtures.question("lazy-2").answerText == "ac")
        #expect(Fixtures.question("shuffle-2").answerText == "bdac")
        #expect(Fixtures.question("lazy-3").answerText == "false")
    }
}
