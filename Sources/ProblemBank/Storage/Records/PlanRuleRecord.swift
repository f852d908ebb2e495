import GRDB

/// A row of `plan_rule`: one plan rule of a problem, its value as JSON (`2`, `true`, `["python_udf"]`).
struct PlanRuleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "plan_rule"
    var problemId: Int64
    var rule: String
    var value: String

    enum Columns {
        static let problemId = Column(CodingKeys.problemId)
        static let rule = Column(CodingKeys.rule)
    }
}
