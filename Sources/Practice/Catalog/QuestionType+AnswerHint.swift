import ProblemBank

extension QuestionType {
    /// What to type, shown under the question.
    public var answerHint: String {
        switch self {
        case .singleChoice, .spotTheProblem: "one letter"
        case .multipleSelect: "all letters that apply, e.g. bd"
        case .trueFalse: "t or f"
        case .shortAnswer: "a word or short phrase"
        case .ordering: "the letters in order, e.g. cabd"
        case .predictPlan: "a letter, or the option's text"
        }
    }
}
