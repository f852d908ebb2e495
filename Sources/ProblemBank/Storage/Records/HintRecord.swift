import GRDB

/// A row of `hint`: hints in increasing strength, by `position`.
struct HintRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "hint"
    var problemId: Int64
    var position: Int
    var text: String

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
        static let position = Column(CodingKeys.position)
    }
}
