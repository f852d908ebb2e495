import Foundation

/// The shape of a mock exam: `dojo quiz --exam [--size N] [--minutes M] [--pass-mark P]`.
///
/// The defaults model the Databricks Certified Associate Developer for Apache Spark exam:
/// 45 questions in 90 minutes, pass at 70%, weighted by domain. Published descriptions of the
/// format differ between versions, so every part is an option.
public struct ExamConfiguration: Sendable, Codable, Equatable {
    public var questionCount: Int
    public var timeLimitSeconds: Double
    /// The share of right answers needed to pass, 0…1.
    public var passMark: Double
    /// Relative weight per exam domain (a question's `domain`). Domains of the bank that are not
    /// listed get no questions, unless no listed domain has questions: then all weigh the same.
    public var domainWeights: [String: Double]
    /// Seeds the choice of questions within each domain.
    public var seed: UInt64

    /// Domain weights of the exam guide for the Spark 3.5 version of the exam.
    public static let databricksAssociateWeights: [String: Double] = [
        "architecture": 20,
        "spark-sql": 20,
        "dataframe-api": 30,
        "troubleshooting-tuning": 10,
        "structured-streaming": 10,
        "spark-connect": 5,
        "pandas-api-on-spark": 5,
    ]

    public init(
        questionCount: Int = 45, timeLimitSeconds: Double = 90 * 60, passMark: Double = 0.7,
        domainWeights: [String: Double] = ExamConfiguration.databricksAssociateWeights, seed: UInt64 = 0
    ) throws(ExamError) {
        guard questionCount >= 1 else { throw .invalidQuestionCount(questionCount) }
        guard timeLimitSeconds > 0, timeLimitSeconds.isFinite else { throw .invalidTimeLimit(timeLimitSeconds) }
        guard passMark > 0, passMark <= 1 else { throw .invalidPassMark(passMark) }
        if let bad = domainWeights.first(where: { !($0.value >= 0) || !$0.value.isFinite }) {
            throw .invalidWeight(domain: bad.key, weight: bad.value)
        }
        self.questionCount = questionCount
        self.timeLimitSeconds = timeLimitSeconds
        self.passMark = passMark
        self.domainWeights = domainWeights
        self.seed = seed
    }

    enum CodingKeys: String, CodingKey {
        case questionCount = "question_count", timeLimitSeconds = "time_limit_seconds", passMark = "pass_mark"
        case domainWeights = "domain_weights", seed
    }
}
