import GRDB

/// A row of `editorial`: a problem's editorial in Markdown.
struct EditorialRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "editorial"
    var problemId: Int64
    var markdown: String

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
    }
}
