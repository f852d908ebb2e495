import GRDB

/// A row of `comparison_settings`: how a problem's results are compared.
struct ComparisonSettingsRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "comparison_settings"
    var problemId: Int64
    var ordered: Bool
    var floatTolerance: Double
    var checkColumnNames: Bool
    var checkTypes: Bool

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
    }
}
