import GRDB

/// A row of `question`: the searchable fields, and the whole question as JSON in `body`.
struct QuestionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "question"
    var id: String
    var topicId: Int64
    var type: String
    var difficulty: String
    var body: String
    var position: Int

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let topicId = Column(CodingKeys.topicId)
        static let type = Column(CodingKeys.type)
        static let position = Column(CodingKeys.position)
    }
}
