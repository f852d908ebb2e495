@testable import Practice

/// A small bank: two topics in study order, every question type, three problems.
enum Fixtures {
    static let questions: [QuizQuestion] = [
        QuizQuestion(
            id: "lazy-1", topic: "lazy-evaluation", domain: "architecture", type: .singleChoice, difficulty: "easy",
            prompt: "When does Spark read the data in `spark.read.csv(p).filter(...)`?",
            options: ["At read", "At filter", "At the first action", "Never"], answer: .option(2),
            explanation: "Transformations only build the plan; an action runs it."),
        QuizQuestion(
            id: "lazy-2", topic: "lazy-evaluation", domain: "architecture", type: .multipleSelect,
            prompt: "Which are actions?", options: ["count", "filter", "collect", "select"], answer: .options([0, 2]),
            explanation: "count and collect return results to the driver."),
        QuizQuestion(
            id: "lazy-3", topic: "lazy-evaluation", domain: "architecture", type: .trueFalse, difficulty: "hard",
            prompt: "`df.cache()` materialises the cache immediately.", answer: .boolean(false),
            explanation: "cache() is lazy: the first action fills it."),
        QuizQuestion(
            id: "shuffle-1", topic: "shuffles", domain: "dataframe-api", type: .shortAnswer,
            prompt: "Name the config that sets the number of shuffle partitions.",
            answer: .text(["spark.sql.shuffle.partitions"]), explanation: "Default 200."),
        QuizQuestion(
            id: "shuffle-2", topic: "shuffles", domain: "dataframe-api", type: .ordering, difficulty: "easy",
            prompt: "Order the steps.", options: ["Optimize", "Parse", "Execute", "Analyze"], answer: .sequence([1, 3, 0, 2]),
            explanation: "Parse, analyze, optimize, execute."),
        QuizQuestion(
            id: "shuffle-3", topic: "shuffles", domain: "dataframe-api", type: .predictPlan,
            prompt: "How many shuffles?", code: "df.groupBy('k').count()", options: ["0", "1", "2"], answer: .option(1),
            explanation: "One Exchange hashpartitioning(k)."),
    ]

    static let problems: [PracticeProblem] = [
        PracticeProblem(slug: "first-action", title: "First Action", difficulty: "easy", topics: ["lazy-evaluation"]),
        PracticeProblem(slug: "count-by-key", title: "Count by Key", difficulty: "medium", topics: ["shuffles"]),
        PracticeProblem(slug: "skewed-join", title: "Skewed Join", difficulty: "hard", topics: ["shuffles"]),
    ]

    static let catalog = PracticeCatalog(
        problems: problems, questions: questions, topicOrder: ["lazy-evaluation", "shuffles"])

    static func question(_ id: String) -> QuizQuestion {
        questions.first { $0.id == id } ?? questions[0]
    }

    /// A valid answer that is not the right one.
    static func wrongAnswer(_ question: QuizQuestion) -> String {
        switch question.answer {
        case .option(let index): QuizQuestion.letter((index + 1) % question.options.count)
        case .options(let indices): QuizQuestion.letter((0..<question.options.count).first { !indices.contains($0) } ?? 0)
        case .boolean(let value): value ? "f" : "t"
        case .text: "not the answer"
        case .sequence(let order): order.reversed().map(QuizQuestion.letter).joined()
        }
    }
}
