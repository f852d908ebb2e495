import Foundation
import GRDB

extension ProgressStore {
    /// What was missed and has not been made good yet, oldest first.
    public func openReviewItems() throws(ProgressStoreError) -> [ReviewItemRecord] {
        try perform {
            try writer.read { db in
                try ReviewItemRecord.filter(Column("resolved_at") == nil)
                    .order(Column("created_at"), Column("id")).fetchAll(db)
            }
        }
    }

    static func openReviewItem(
        _ db: Database, kind: ReviewItemRecord.Kind, reference: String, topic: String, reason: String, at date: Date
    ) throws {
        let open = ReviewItemRecord.filter(
            Column("kind") == kind.rawValue && Column("reference") == reference && Column("resolved_at") == nil)
        if var item = try open.fetchOne(db) {
            // Keep the first miss's date; record the latest reason.
            item.reason = reason
            if item.topic.isEmpty { item.topic = topic }
            try item.update(db)
            return
        }
        var item = ReviewItemRecord(kind: kind, reference: reference, topic: topic, reason: reason, createdAt: date)
        try item.insert(db)
    }

    static func resolveReviewItems(_ db: Database, kind: ReviewItemRecord.Kind, reference: String, at date: Date) throws {
        try ReviewItemRecord.filter(
            Column("kind") == kind.rawValue && Column("reference") == reference && Column("resolved_at") == nil
        ).updateAll(db, Column("resolved_at").set(to: date))
    }
}
