/// The outcome of checking one typed answer.
public enum GradedAnswer: Sendable, Equatable {
    case correct
    case wrong
    /// The input is not an answer to this question (e.g. letter "f" with four options); ask again.
    case invalid(String)

    public var isCorrect: Bool { self == .correct }
}
