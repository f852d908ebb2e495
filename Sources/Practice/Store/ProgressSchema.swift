import GRDB

/// The migrations of `progress.sqlite`. Append-only: a released migration is never edited,
/// every schema change is a new named migration at the end.
enum ProgressSchema {
    static let identifiers = ["v1-progress", "v2-review-items"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-progress", migrate: createProgressTables)
        migrator.registerMigration("v2-review-items", migrate: createReviewItems)
        return migrator
    }

    /// Submissions, quiz cards and their review log, hints, exams, activity.
    static func createProgressTables(_ db: Database) throws {
        try db.create(table: "submission") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("problem_slug", .text).notNull().indexed()
            table.column("file_name", .text).notNull()
            table.column("content", .text).notNull()
            table.column("language", .text).notNull()
            table.column("verdict", .text).notNull()
            table.column("tests_json", .text).notNull().defaults(to: "[]")
            table.column("shuffles", .integer)
            table.column("metrics_json", .text).notNull().defaults(to: "{}")
            table.column("engine", .text).notNull().defaults(to: "embedded")
            table.column("seconds", .double)
            table.column("created_at", .datetime).notNull().indexed()
        }
        try db.create(table: "card") { table in
            table.primaryKey("question_id", .text)
            table.column("topic", .text).notNull().indexed()
            table.column("state", .integer).notNull()
            table.column("step", .integer)
            table.column("stability", .double)
            table.column("difficulty", .double)
            table.column("due", .datetime).notNull().indexed()
            table.column("last_review", .datetime)
            table.column("reps", .integer).notNull().defaults(to: 0)
            table.column("lapses", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "review") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("question_id", .text).notNull().indexed()
            table.column("topic", .text).notNull()
            table.column("rating", .integer).notNull()
            table.column("correct", .boolean).notNull()
            table.column("answer", .text).notNull()
            table.column("duration_ms", .integer)
            table.column("reviewed_at", .datetime).notNull().indexed()
            table.column("state", .integer).notNull()
            table.column("step", .integer)
            table.column("stability", .double)
            table.column("difficulty", .double)
            table.column("due", .datetime).notNull()
        }
        try db.create(table: "hint") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("problem_slug", .text).notNull().indexed()
            table.column("hint_number", .integer).notNull()
            table.column("created_at", .datetime).notNull()
        }
        try db.create(table: "exam") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("started_at", .datetime).notNull()
            table.column("finished_at", .datetime).notNull()
            table.column("config_json", .text).notNull()
            table.column("answers_json", .text).notNull()
            table.column("score_by_domain_json", .text).notNull()
            table.column("correct", .integer).notNull()
            table.column("total", .integer).notNull()
            table.column("passed", .boolean).notNull()
            table.column("completed", .boolean).notNull()
        }
        try db.create(table: "activity") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("occurred_at", .datetime).notNull().indexed()
            table.column("kind", .text).notNull()
            table.column("reference", .text).notNull()
        }
    }

    /// What was missed comes back: wrong answers and unaccepted problems, backfilled from history.
    static func createReviewItems(_ db: Database) throws {
        try db.create(table: "review_item") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("kind", .text).notNull()
            table.column("reference", .text).notNull()
            table.column("topic", .text).notNull()
            table.column("reason", .text).notNull()
            table.column("created_at", .datetime).notNull()
            table.column("resolved_at", .datetime)
        }
        try db.create(
            index: "review_item_open", on: "review_item", columns: ["kind", "reference"],
            options: [.unique], condition: Column("resolved_at") == nil)
        // Questions whose latest answer was wrong.
        try db.execute(sql: """
            INSERT INTO review_item (kind, reference, topic, reason, created_at)
            SELECT 'question', r.question_id, r.topic, 'answered wrong', r.reviewed_at
            FROM review r
            WHERE r.correct = 0 AND r.id = (SELECT MAX(id) FROM review WHERE question_id = r.question_id)
            """)
        // Problems submitted but never accepted; the topic is unknown to old databases.
        try db.execute(sql: """
            INSERT INTO review_item (kind, reference, topic, reason, created_at)
            SELECT 'problem', s.problem_slug, '', s.verdict, s.created_at
            FROM submission s
            WHERE s.id = (SELECT MAX(id) FROM submission WHERE problem_slug = s.problem_slug)
              AND NOT EXISTS (SELECT 1 FROM submission a
                              WHERE a.problem_slug = s.problem_slug AND a.verdict = 'accepted')
            """)
    }
}
