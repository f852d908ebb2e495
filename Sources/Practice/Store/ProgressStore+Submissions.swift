import Foundation
import GRDB

extension ProgressStore {
    /// Stores a judged submission; a submission that is not accepted becomes a review item for its
    /// problem, an accepted one resolves it. `createdAt` is replaced by the store's clock.
    @discardableResult
    public func recordSubmission(_ submission: SubmissionRecord, topic: String? = nil) throws(ProgressStoreError) -> SubmissionRecord {
        let now = clock.now()
        return try perform {
            try writer.write { db in
                var record = submission
                record.id = nil
                record.createdAt = now
                try record.insert(db)
                var activity = ActivityRecord(occurredAt: now, kind: .submission, reference: record.problemSlug)
                try activity.insert(db)
                if record.isAccepted {
                    try Self.resolveReviewItems(db, kind: .problem, reference: record.problemSlug, at: now)
                } else {
                    try Self.openReviewItem(
                        db, kind: .problem, reference: record.problemSlug, topic: topic ?? "",
                        reason: record.verdict, at: now)
                }
                return record
            }
        }
    }

    /// Submissions oldest first, of one problem or of all.
    public func submissions(problem: String? = nil) throws(ProgressStoreError) -> [SubmissionRecord] {
        try perform {
            try writer.read { db in
                var request = SubmissionRecord.order(Column("created_at"), Column("id"))
                if let problem {
                    request = request.filter(Column("problem_slug") == problem)
                }
                return try request.fetchAll(db)
            }
        }
    }

    /// Stores that a hint was shown and returns it with its number for the problem (1, 2, …).
    @discardableResult
    public func recordHint(problem: String) throws(ProgressStoreError) -> HintRecord {
        let now = clock.now()
        return try perform {
            try writer.write { db in
                let shown = try HintRecord.filter(Column("problem_slug") == problem).fetchCount(db)
                var hint = HintRecord(problemSlug: problem, hintNumber: shown + 1, createdAt: now)
                try hint.insert(db)
                var activity = ActivityRecord(occurredAt: now, kind: .hint, reference: problem)
                try activity.insert(db)
                return hint
            }
        }
    }

    public func hints(problem: String? = nil) throws(ProgressStoreError) -> [HintRecord] {
        try perform {
            try writer.read { db in
                var request = HintRecord.order(Column("created_at"), Column("id"))
                if let problem {
                    request = request.filter(Column("problem_slug") == problem)
                }
                return try request.fetchAll(db)
            }
        }
    }

    /// Marks that the user did something worth a streak day without a submission or review
    /// (e.g. read the day's lesson).
    public func recordActivity(_ kind: ActivityRecord.Kind, reference: String) throws(ProgressStoreError) {
        let now = clock.now()
        try perform {
            try writer.write { db in
                var activity = ActivityRecord(occurredAt: now, kind: kind, reference: reference)
                try activity.insert(db)
            }
        }
    }
}
