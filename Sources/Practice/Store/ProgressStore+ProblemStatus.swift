import GRDB

extension ProgressStore {
    /// The status of every problem that has submissions; problems not in the result are `.new`.
    public func problemStatuses() throws(ProgressStoreError) -> [String: ProblemStatus] {
        try perform {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT problem_slug, MAX(verdict = 'accepted') AS solved FROM submission GROUP BY problem_slug
                    """)
                var statuses: [String: ProblemStatus] = [:]
                for row in rows {
                    let slug: String = row["problem_slug"]
                    let solved: Bool = row["solved"]
                    statuses[slug] = solved ? .solved : .attempted
                }
                return statuses
            }
        }
    }
}
