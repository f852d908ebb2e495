import GRDB

/// A row of `test_case`. `data` is compact JSON: `{"tables": {name: {"rows": […]} | {"generate": {…}}}, "conf": {…}}`,
/// so large generated tests cost a few hundred bytes.
struct TestCaseRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "test_case"
    var id: Int64?
    var problemId: Int64
    var name: String
    var description: String?
    var hidden: Bool
    var position: Int
    var data: String
    var inputRows: Int

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let problemId = Column(CodingKeys.problemId)
        static let hidden = Column(CodingKeys.hidden)
        static let position = Column(CodingKeys.position)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
