import GRDB

/// A row of `expected_output`: real Spark's result for one test, as compact JSON.
struct ExpectedOutputRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "expected_output"
    var testCaseId: Int64
    var columns: String
    var rows: String
    var shuffles: Int?
    var inputHash: String
    var sparkVersion: String?

    enum Columns {
        static let testCaseId = Column(CodingKeys.testCaseId)
    }
}
