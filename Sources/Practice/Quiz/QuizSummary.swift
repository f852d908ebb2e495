/// The end of a review session.
public struct QuizSummary: Sendable, Equatable {
    public var asked: Int
    public var answered: Int
    public var correct: Int
    /// Answers given but not yet rated when the session ended, saved with their suggested rating.
    public var savedWithSuggestedRating: Int
    /// Questions planned but never reached.
    public var remaining: Int
}
