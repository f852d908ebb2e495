/// What the user sees after answering: right or wrong, the right answer, why, and a suggested rating.
public struct AnswerFeedback: Sendable, Equatable {
    public var question: QuizQuestion
    public var response: String
    public var correct: Bool
    public var suggestedRating: Rating
    public var seconds: Double

    /// The right answer as it would be typed (letters, t/f, text).
    public var rightAnswer: String { question.answerText }
}
