import GRDB

/// A row of `solution`: a reference, alternative or known-wrong solution with its text.
struct SolutionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "solution"
    var problemId: Int64
    var path: String
    var language: String
    var verdict: String
    var isReference: Bool
    var violatedRule: String?
    var note: String?
    var source: String
    var position: Int

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
        static let position = Column(CodingKeys.position)
    }
}
