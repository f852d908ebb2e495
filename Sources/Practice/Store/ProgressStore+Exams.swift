import Foundation
import GRDB

extension ProgressStore {
    /// Stores a mock exam; every question answered wrong becomes a review item for its concept.
    @discardableResult
    public func recordExam(
        _ exam: ExamRecord, missed: [(questionID: String, topic: String)]
    ) throws(ProgressStoreError) -> ExamRecord {
        let now = clock.now()
        return try perform {
            try writer.write { db in
                var record = exam
                record.id = nil
                try record.insert(db)
                var activity = ActivityRecord(occurredAt: now, kind: .exam, reference: "\(record.id ?? 0)")
                try activity.insert(db)
                for item in missed {
                    try Self.openReviewItem(
                        db, kind: .question, reference: item.questionID, topic: item.topic,
                        reason: "missed in a mock exam", at: now)
                }
                return record
            }
        }
    }

    public func exams() throws(ProgressStoreError) -> [ExamRecord] {
        try perform {
            try writer.read { db in try ExamRecord.order(Column("started_at"), Column("id")).fetchAll(db) }
        }
    }

    public func activity() throws(ProgressStoreError) -> [ActivityRecord] {
        try perform {
            try writer.read { db in try ActivityRecord.order(Column("occurred_at"), Column("id")).fetchAll(db) }
        }
    }
}
