import GRDB

extension ProgressStore {
    /// A consistent copy of the whole history.
    public func snapshot() throws(ProgressStoreError) -> ProgressSnapshot {
        try perform {
            try writer.read { db in
                ProgressSnapshot(
                    submissions: try SubmissionRecord.order(Column("created_at"), Column("id")).fetchAll(db),
                    cards: try CardRecord.order(Column("due"), Column("question_id")).fetchAll(db),
                    reviews: try ReviewRecord.order(Column("reviewed_at"), Column("id")).fetchAll(db),
                    hints: try HintRecord.order(Column("created_at"), Column("id")).fetchAll(db),
                    exams: try ExamRecord.order(Column("started_at"), Column("id")).fetchAll(db),
                    activity: try ActivityRecord.order(Column("occurred_at"), Column("id")).fetchAll(db),
                    reviewItems: try ReviewItemRecord.order(Column("created_at"), Column("id")).fetchAll(db))
            }
        }
    }
}
