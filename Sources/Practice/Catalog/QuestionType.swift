/// The kinds of conceptual questions and how each is answered.
public enum QuestionType: String, Sendable, Codable, CaseIterable {
    /// One letter among the options.
    case singleChoice = "single_choice"
    /// Several letters, in any order and case ("bd", "D, B").
    case multipleSelect = "multiple_select"
    /// `true`/`false`, `t`/`f`, `yes`/`no`, or the letters a (true) / b (false).
    case trueFalse = "true_false"
    /// Free text matched against accepted variants, ignoring case and whitespace.
    case shortAnswer = "short_answer"
    /// The options' letters in the right order ("cabd").
    case ordering
    /// A code snippet with a trap; one letter names the problem.
    case spotTheProblem = "spot_the_problem"
    /// A snippet and data; the answer (a number or a strategy) was computed by the engine.
    case predictPlan = "predict_plan"

    /// What to type, shown under the question.
    public var answerHint: String {
        switch self {
        case .singleChoice, .spotTheProblem: "one letter"
        case .multipleSelect: "all letters that apply, e.g. bd"
        case .trueFalse: "t or f"
        case .shortAnswer: "a word or short phrase"
        case .ordering: "the letters in order, e.g. cabd"
        case .predictPlan: "a letter or the value"
        }
    }
}
