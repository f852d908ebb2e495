import Foundation
import GRDB

/// One judged submission of a coding problem, with the file as it was submitted.
public struct SubmissionRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64?
    public var problemSlug: String
    public var fileName: String
    public var content: String
    /// `python` or `sql`.
    public var language: String
    /// The judge's verdict (`accepted`, `wrong_answer`, …).
    public var verdict: String
    /// Per-test results as the judge reported them (a JSON array).
    public var testsJSON: String
    public var shuffles: Int?
    /// Engine metrics (a JSON object).
    public var metricsJSON: String
    /// `embedded` or `spark`.
    public var engine: String
    /// Wall-clock seconds the judging took, when known.
    public var seconds: Double?
    public var createdAt: Date

    public init(
        id: Int64? = nil, problemSlug: String, fileName: String, content: String, language: String,
        verdict: String, testsJSON: String = "[]", shuffles: Int? = nil, metricsJSON: String = "{}",
        engine: String = "embedded", seconds: Double? = nil, createdAt: Date
    ) {
        self.id = id
        self.problemSlug = problemSlug
        self.fileName = fileName
        self.content = content
        self.language = language
        self.verdict = verdict
        self.testsJSON = testsJSON
        self.shuffles = shuffles
        self.metricsJSON = metricsJSON
        self.engine = engine
        self.seconds = seconds
        self.createdAt = createdAt
    }

    public var isAccepted: Bool { verdict == "accepted" }

    enum CodingKeys: String, CodingKey {
        case id, problemSlug = "problem_slug", fileName = "file_name", content, language, verdict
        case testsJSON = "tests_json", shuffles, metricsJSON = "metrics_json", engine, seconds
        case createdAt = "created_at"
    }
}

extension SubmissionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "submission"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
