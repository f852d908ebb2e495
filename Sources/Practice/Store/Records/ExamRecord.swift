import Foundation
import GRDB

/// A finished (or interrupted) mock exam.
public struct ExamRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64?
    public var startedAt: Date
    public var finishedAt: Date
    /// The exam's configuration (a JSON object: size, time limit, pass mark, weights).
    public var configJSON: String
    /// Every question with the answer given and whether it was right (a JSON array).
    public var answersJSON: String
    /// Correct and total per domain (a JSON object).
    public var scoreByDomainJSON: String
    public var correct: Int
    public var total: Int
    public var passed: Bool
    /// False when the exam ended early (end of input, interrupt); it is scored on all its questions anyway.
    public var completed: Bool

    public init(
        id: Int64? = nil, startedAt: Date, finishedAt: Date, configJSON: String, answersJSON: String,
        scoreByDomainJSON: String, correct: Int, total: Int, passed: Bool, completed: Bool
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.configJSON = configJSON
        self.answersJSON = answersJSON
        self.scoreByDomainJSON = scoreByDomainJSON
        self.correct = correct
        self.total = total
        self.passed = passed
        self.completed = completed
    }

    public var score: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    enum CodingKeys: String, CodingKey {
        case id, startedAt = "started_at", finishedAt = "finished_at", configJSON = "config_json"
        case answersJSON = "answers_json", scoreByDomainJSON = "score_by_domain_json", correct, total
        case passed, completed
    }
}

extension ExamRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "exam"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
