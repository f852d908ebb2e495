import GRDB

/// The bank's schema: named, append-only migrations. Never edit a shipped migration; add one.
enum BankSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-problems-tests-questions") { db in
            try db.create(table: "problem") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("slug", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("difficulty", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("statement", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "topic") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
            }
            try db.create(table: "problem_topic") { t in
                t.column("problemId", .integer).notNull().references("problem", onDelete: .cascade)
                t.column("topicId", .integer).notNull().references("topic", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.primaryKey(["problemId", "topicId"])
            }
            try db.create(index: "problem_topic_on_topic", on: "problem_topic", columns: ["topicId"])
            try db.create(table: "input_table") { t in
                t.column("problemId", .integer).notNull().indexed().references("problem", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("schema", .text).notNull()
                t.column("description", .text)
                t.column("position", .integer).notNull()
            }
            try db.create(table: "test_case") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("problemId", .integer).notNull().indexed().references("problem", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("description", .text)
                t.column("hidden", .boolean).notNull()
                t.column("position", .integer).notNull()
                t.column("data", .text).notNull()
                t.column("inputRows", .integer).notNull()
                t.uniqueKey(["problemId", "name"])
            }
            try db.create(table: "expected_output") { t in
                t.primaryKey("testCaseId", .integer).references("test_case", onDelete: .cascade)
                t.column("columns", .text).notNull()
                t.column("rows", .text).notNull()
                t.column("shuffles", .integer)
                t.column("inputHash", .text).notNull()
                t.column("sparkVersion", .text)
            }
            try db.create(table: "comparison_settings") { t in
                t.primaryKey("problemId", .integer).references("problem", onDelete: .cascade)
                t.column("ordered", .boolean).notNull()
                t.column("floatTolerance", .double).notNull()
                t.column("checkColumnNames", .boolean).notNull()
                t.column("checkTypes", .boolean).notNull()
            }
            try db.create(table: "plan_rule") { t in
                t.column("problemId", .integer).notNull().indexed().references("problem", onDelete: .cascade)
                t.column("rule", .text).notNull()
                t.column("value", .text).notNull()
            }
            try db.create(table: "hint") { t in
                t.column("problemId", .integer).notNull().indexed().references("problem", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("text", .text).notNull()
            }
            try db.create(table: "editorial") { t in
                t.primaryKey("problemId", .integer).references("problem", onDelete: .cascade)
                t.column("markdown", .text).notNull()
            }
            try db.create(table: "solution") { t in
                t.column("problemId", .integer).notNull().indexed().references("problem", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("language", .text).notNull()
                t.column("verdict", .text).notNull()
                t.column("isReference", .boolean).notNull()
                t.column("violatedRule", .text)
                t.column("note", .text)
                t.column("source", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "question") { t in
                t.primaryKey("id", .text)
                t.column("topicId", .integer).notNull().indexed().references("topic", onDelete: .cascade)
                t.column("type", .text).notNull()
                t.column("difficulty", .text).notNull()
                t.column("body", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "bank_info") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        return migrator
    }
}
