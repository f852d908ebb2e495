import ProblemBank

/// A conceptual question as the quiz needs it.
public struct QuizQuestion: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var topic: String
    /// The exam domain it counts for in a mock exam (defaults to the topic).
    public var domain: String
    public var type: QuestionType
    public var difficulty: String
    public var prompt: String
    /// A code snippet shown under the prompt (spot the problem, predict the plan).
    public var code: String?
    /// Options labelled a, b, c, … (empty for short answers).
    public var options: [String]
    public var answer: AnswerKey
    /// Why the right answer is right and the tempting wrong one wrong.
    public var explanation: String
    /// The config name or documentation section that shows it.
    public var reference: String?
    /// Short answers only: whether case matters (whitespace never does).
    public var caseSensitive: Bool
    /// Predict the plan: the tables the snippet runs on, described in a few lines.
    public var data: String?

    public init(
        id: String, topic: String, domain: String? = nil, type: QuestionType, difficulty: String = "medium",
        prompt: String, code: String? = nil, options: [String] = [], answer: AnswerKey, explanation: String,
        reference: String? = nil, caseSensitive: Bool = false, data: String? = nil
    ) {
        self.id = id
        self.topic = topic
        self.domain = domain ?? topic
        self.type = type
        self.difficulty = difficulty
        self.prompt = prompt
        self.code = code
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.reference = reference
        self.caseSensitive = caseSensitive
        self.data = data
    }

    /// What to type, shown under the question.
    public var answerHint: String {
        if type == .predictPlan, options.isEmpty { return "the value, e.g. 2 or SortMergeJoin" }
        return type.answerHint
    }

    /// The letter of option `index` (0 → "a").
    public static func letter(_ index: Int) -> String {
        guard index >= 0, index < 26, let scalar = Unicode.Scalar(97 + index) else { return "?" }
        return String(Character(scalar))
    }

    /// The right answer as the user would type it.
    public var answerText: String {
        switch answer {
        case .option(let index): Self.letter(index)
        case .options(let indices): indices.sorted().map(Self.letter).joined()
        case .boolean(let value): value ? "true" : "false"
        case .text(let variants): variants.first ?? ""
        case .sequence(let order): order.map(Self.letter).joined()
        }
    }
}
