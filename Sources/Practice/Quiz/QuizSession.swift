import Foundation

/// A review session's state: the planned questions, the one being asked, and what was answered.
/// It does no input or output: the caller shows the question, passes the typed answer, shows the
/// feedback, then passes the rating. Each rated answer is stored at once, in its own transaction.
///
/// ```swift
/// var session = QuizSession(items: plan, store: store)
/// while let item = session.current {
///     let feedback = session.answer(line, seconds: 12)   // show it
///     try session.rate(nil)                               // nil: take the suggested rating
/// }
/// ```
public struct QuizSession {
    public enum Step: Sendable, Equatable {
        /// The answer was not valid for the question; ask again.
        case retry(String)
        /// Graded; rate it next (or it is saved with the suggested rating at the end).
        case graded(AnswerFeedback)
    }

    public let items: [QuizItem]
    public let store: ProgressStore
    public let scheduler: FSRSScheduler
    public private(set) var position = 0
    /// The graded answer waiting for its rating.
    public private(set) var pending: AnswerFeedback?
    public private(set) var records: [ReviewRecord] = []

    public init(items: [QuizItem], store: ProgressStore, scheduler: FSRSScheduler = .standard) {
        self.items = items
        self.store = store
        self.scheduler = scheduler
    }

    /// The question to ask now, or nil when the session is over.
    public var current: QuizItem? {
        pending == nil && position < items.count ? items[position] : nil
    }

    public var isFinished: Bool { pending == nil && position >= items.count }

    /// Grades a typed answer to the current question.
    public mutating func answer(_ response: String, seconds: Double) -> Step {
        guard let item = current else { return .retry("There is no question waiting for an answer.") }
        let graded = AnswerGrader.grade(response, for: item.question)
        if case .invalid(let message) = graded { return .retry(message) }
        let correct = graded.isCorrect
        let feedback = AnswerFeedback(
            question: item.question, response: response.trimmingCharacters(in: .whitespacesAndNewlines),
            correct: correct,
            suggestedRating: RatingSuggestion.suggest(correct: correct, seconds: seconds, type: item.question.type),
            seconds: seconds)
        pending = feedback
        return .graded(feedback)
    }

    /// Stores the pending answer with `rating` (nil: the suggested one) and moves to the next question.
    /// A wrong answer stays a review item for its concept whatever the rating (e.g. Good after a typo).
    @discardableResult
    public mutating func rate(_ rating: Rating?) throws(ProgressStoreError) -> ReviewRecord? {
        guard let feedback = pending else { return nil }
        let chosen = rating ?? feedback.suggestedRating
        let record = try store.recordReview(
            questionID: feedback.question.id, topic: feedback.question.topic, rating: chosen,
            correct: feedback.correct, answer: feedback.response,
            durationMilliseconds: Int((feedback.seconds * 1000).rounded()), scheduler: scheduler)
        records.append(record)
        pending = nil
        position += 1
        return record
    }

    /// Ends the session (end of input, interrupt, or done): a pending answer is saved with its
    /// suggested rating.
    public mutating func finish() throws(ProgressStoreError) -> QuizSummary {
        var saved = 0
        if pending != nil {
            try rate(nil)
            saved = 1
        }
        return QuizSummary(
            asked: items.count, answered: records.count, correct: records.filter(\.correct).count,
            savedWithSuggestedRating: saved, remaining: items.count - position)
    }
}
