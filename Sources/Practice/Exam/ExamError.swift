/// Why a mock exam could not be set up.
public enum ExamError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidQuestionCount(Int)
    case invalidTimeLimit(Double)
    case invalidPassMark(Double)
    case invalidWeight(domain: String, weight: Double)
    case noQuestions

    public var description: String {
        switch self {
        case .invalidQuestionCount(let count): "An exam needs at least 1 question, got \(count)."
        case .invalidTimeLimit(let seconds): "The time limit must be a positive number of minutes, got \(seconds / 60)."
        case .invalidPassMark(let mark): "The pass mark must be above 0 and at most 1 (e.g. 0.7), got \(mark)."
        case .invalidWeight(let domain, let weight): "The weight of domain \(domain) must be 0 or more, got \(weight)."
        case .noQuestions: "The question bank is empty. Build it with `dojo bank build`."
        }
    }
}
