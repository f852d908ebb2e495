/// A question chosen for a session, and why it was chosen.
public struct QuizItem: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        /// Its FSRS card is due.
        case due
        /// It, or a problem of its concept, was missed and has not been made good.
        case missed
        /// Never asked before.
        case new
    }

    public var question: QuizQuestion
    public var reason: Reason

    public init(question: QuizQuestion, reason: Reason) {
        self.question = question
        self.reason = reason
    }
}
