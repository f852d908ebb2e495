import GRDB

/// A row of `topic`: a topic name shared by problems and questions.
struct TopicRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "topic"
    var id: Int64?
    var name: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `problem_topic`: a problem's topic, in the order the source lists them.
struct ProblemTopicRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "problem_topic"
    var problemId: Int64
    var topicId: Int64
    var position: Int

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
        static let topicId = Column(CodingKeys.topicId)
        static let position = Column(CodingKeys.position)
    }
}
