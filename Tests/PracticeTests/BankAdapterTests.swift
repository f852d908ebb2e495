import ProblemBank
import Testing
@testable import Practice

/// Bank questions become quiz questions the grader can check.
@Suite struct BankAdapterTests {
    func bankQuestion(
        _ type: ProblemBank.QuestionType, choices: [QuestionChoice] = [], answer: Bool? = nil, accepted: [String] = [],
        caseSensitive: Bool = false, items: [String] = [], computed: String? = nil
    ) -> Question {
        var question = Question(
            id: "q-\(type.rawValue)", topic: "joins", type: type, difficulty: .medium, prompt: "Which?\n",
            code: type == .predictPlan ? "def solve(a, b):\n    return a.join(b, 'k')" : nil, choices: choices,
            answer: answer, accepted: accepted, caseSensitive: caseSensitive, items: items,
            explanation: "Because.", reference: "spark.sql.autoBroadcastJoinThreshold")
        question.computedAnswer = computed
        return question
    }

    @Test func singleChoiceIsShuffledAndKeepsWhyNotesInTheExplanation() throws {
        let question = try #require(QuizQuestion(bankQuestion: bankQuestion(.singleChoice, choices: [
            QuestionChoice(text: "Broadcast", correct: false, why: "The table is too big."),
            QuestionChoice(text: "Sort-merge", correct: true),
        ])))
        // Shown in a stable order of its own (never the file's), letters following what is shown.
        #expect(question.options == ["Sort-merge", "Broadcast"])
        #expect(question.answer == .option(0))
        #expect(question.explanation == "Because.\nb) The table is too big.")
        #expect(question.domain == "dataframe-api")
        #expect(question.prompt == "Which?")
        #expect(AnswerGrader.grade("a", for: question) == .correct)
    }

    @Test func malformedKeysAreLeftOut() {
        let twoRight = bankQuestion(.singleChoice, choices: [
            QuestionChoice(text: "x", correct: true), QuestionChoice(text: "y", correct: true),
        ])
        #expect(QuizQuestion(bankQuestion: twoRight) == nil)
        #expect(QuizQuestion(bankQuestion: bankQuestion(.trueFalse)) == nil)
        #expect(QuizQuestion(bankQuestion: bankQuestion(.shortAnswer)) == nil)
        #expect(QuizQuestion(bankQuestion: bankQuestion(.predictPlan)) == nil)
    }

    @Test func caseSensitiveShortAnswer() throws {
        let question = try #require(QuizQuestion(bankQuestion: bankQuestion(
            .shortAnswer, accepted: ["MEMORY_AND_DISK"], caseSensitive: true)))
        #expect(AnswerGrader.grade(" MEMORY_AND_DISK ", for: question) == .correct)
        #expect(AnswerGrader.grade("memory_and_disk", for: question) == .wrong)
    }

    @Test(arguments: [2, 3, 4, 6])
    func orderingIsShownShuffledAndGradedInTheTrueOrder(_ count: Int) throws {
        let items = (1...count).map { "step \($0)" }
        let question = try #require(QuizQuestion(bankQuestion: bankQuestion(.ordering, items: items)))
        #expect(question.options != items)
        #expect(Set(question.options) == Set(items))
        // Typing the letters of the items in their true order is right.
        let letters = items.map { item in QuizQuestion.letter(question.options.firstIndex(of: item) ?? 0) }.joined()
        #expect(letters == question.answerText)
        #expect(AnswerGrader.grade(letters, for: question) == .correct)
        #expect(AnswerGrader.grade(String(letters.reversed()), for: question) == .wrong)
        // The same question is always shown the same way.
        #expect(QuizQuestion(bankQuestion: bankQuestion(.ordering, items: items))?.options == question.options)
    }

    @Test func predictPlanWithoutChoicesTakesTheValue() throws {
        let question = try #require(QuizQuestion(bankQuestion: bankQuestion(.predictPlan, computed: "SortMergeJoin")))
        #expect(question.type == .predictPlan)
        #expect(AnswerGrader.grade("sortmergejoin", for: question) == .correct)
        #expect(AnswerGrader.grade("Sort Merge Join", for: question) == .correct)
        #expect(AnswerGrader.grade("BroadcastHashJoin", for: question) == .wrong)
        #expect(question.answerHint == "the value, e.g. 2 or SortMergeJoin")
        let shuffles = try #require(QuizQuestion(bankQuestion: bankQuestion(.predictPlan, computed: "2")))
        #expect(AnswerGrader.grade("2", for: shuffles) == .correct)
        #expect(AnswerGrader.grade("1", for: shuffles) == .wrong)
    }

    @Test func predictPlanWithChoicesTakesALetterOrTheText() throws {
        let choices = ["0", "1", "2"].map { QuestionChoice(text: $0, correct: false) }
        let question = try #require(QuizQuestion(bankQuestion: bankQuestion(.predictPlan, choices: choices, computed: "1")))
        #expect(question.answer == .option(1))
        #expect(AnswerGrader.grade("b", for: question) == .correct)
        #expect(AnswerGrader.grade("1", for: question) == .correct)
        #expect(AnswerGrader.grade("c", for: question) == .wrong)
        // A computed answer that is none of the choices cannot be asked.
        #expect(QuizQuestion(bankQuestion: bankQuestion(.predictPlan, choices: choices, computed: "3")) == nil)
    }

    @Test(arguments: [
        ("shuffles", "troubleshooting-tuning"), ("spark-sql", "spark-sql"), ("structured-streaming", "structured-streaming"),
        ("window-functions", "dataframe-api"), ("lazy-evaluation", "architecture"), ("pandas-api", "pandas-api-on-spark"),
    ])
    func topicsMapToExamDomains(_ topic: String, _ domain: String) {
        #expect(ExamDomain.domain(forTopic: topic) == domain)
    }
}
