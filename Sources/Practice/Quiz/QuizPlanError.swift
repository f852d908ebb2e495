/// Why a session could not be planned.
public enum QuizPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownTopic(String, known: [String])
    case invalidCount(Int)
    case noQuestions

    public var description: String {
        switch self {
        case .unknownTopic(let topic, let known):
            "There is no topic \"\(topic)\". Topics: " + known.joined(separator: ", ") + "."
        case .invalidCount(let count):
            "The number of questions must be at least 1, got \(count)."
        case .noQuestions:
            "The question bank is empty. Build it with `dojo bank build`."
        }
    }
}
