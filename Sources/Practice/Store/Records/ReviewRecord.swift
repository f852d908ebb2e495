import Foundation
import GRDB

/// One answered quiz question: the FSRS review log and the card state it produced.
public struct ReviewRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64?
    public var questionID: String
    public var topic: String
    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    public var rating: Int
    public var correct: Bool
    /// What the user answered, as typed.
    public var answer: String
    public var durationMilliseconds: Int?
    public var reviewedAt: Date
    public var state: Int
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date

    public init(
        id: Int64? = nil, questionID: String, topic: String, rating: Rating, correct: Bool, answer: String,
        durationMilliseconds: Int?, reviewedAt: Date, cardAfter card: Card
    ) {
        self.id = id
        self.questionID = questionID
        self.topic = topic
        self.rating = rating.rawValue
        self.correct = correct
        self.answer = answer
        self.durationMilliseconds = durationMilliseconds
        self.reviewedAt = reviewedAt
        state = card.state.rawValue
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = card.due
    }

    enum CodingKeys: String, CodingKey {
        case id, questionID = "question_id", topic, rating, correct, answer
        case durationMilliseconds = "duration_ms", reviewedAt = "reviewed_at", state, step, stability
        case difficulty, due
    }
}

extension ReviewRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "review"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
