import Foundation
import GRDB

/// The FSRS card of one quiz question, as it stands after its latest review.
public struct CardRecord: Codable, Sendable, Equatable {
    public var questionID: String
    public var topic: String
    public var state: Int
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?
    public var reps: Int
    public var lapses: Int

    public init(questionID: String, topic: String, card: Card, reps: Int, lapses: Int) {
        self.questionID = questionID
        self.topic = topic
        state = card.state.rawValue
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = card.due
        lastReview = card.lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// The scheduler's view of this row.
    public var card: Card {
        Card(
            state: CardState(rawValue: state) ?? .learning, step: step, stability: stability,
            difficulty: difficulty, due: due, lastReview: lastReview)
    }

    enum CodingKeys: String, CodingKey {
        case questionID = "question_id", topic, state, step, stability, difficulty, due
        case lastReview = "last_review", reps, lapses
    }
}

extension CardRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "card"
}
