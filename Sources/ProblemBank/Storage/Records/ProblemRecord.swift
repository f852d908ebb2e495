import GRDB

/// A row of `problem`.
struct ProblemRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "problem"
    var id: Int64?
    var slug: String
    var title: String
    var difficulty: String
    var kind: String
    var statement: String
    var position: Int

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let slug = Column(CodingKeys.slug)
        static let difficulty = Column(CodingKeys.difficulty)
        static let position = Column(CodingKeys.position)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
