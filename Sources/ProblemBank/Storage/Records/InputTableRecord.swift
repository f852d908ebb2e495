import GRDB

/// A row of `input_table`: one declared input table of a problem and its DDL schema.
struct InputTableRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "input_table"
    var problemId: Int64
    var name: String
    var schema: String
    var description: String?
    var position: Int

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
        static let position = Column(CodingKeys.position)
    }
}
