import Foundation
import GRDB

extension ProgressStore {
    /// Applies a quiz answer: reviews the question's card with FSRS, stores the card and the review
    /// log in one transaction, and opens (wrong) or resolves (right) the question's review item.
    @discardableResult
    public func recordReview(
        questionID: String, topic: String, rating: Rating, correct: Bool, answer: String,
        durationMilliseconds: Int? = nil, scheduler: FSRSScheduler = .standard
    ) throws(ProgressStoreError) -> ReviewRecord {
        let now = clock.now()
        return try perform {
            try writer.write { db in
                let existing = try CardRecord.fetchOne(db, key: questionID)
                let before = existing?.card ?? .new(dueAt: now)
                let after = scheduler.review(
                    before, rating: rating, at: now, durationMilliseconds: durationMilliseconds
                ).card
                let lapsed = rating == .again && before.state == .review
                let card = CardRecord(
                    questionID: questionID, topic: topic, card: after, reps: (existing?.reps ?? 0) + 1,
                    lapses: (existing?.lapses ?? 0) + (lapsed ? 1 : 0))
                try card.save(db)
                var review = ReviewRecord(
                    questionID: questionID, topic: topic, rating: rating, correct: correct, answer: answer,
                    durationMilliseconds: durationMilliseconds, reviewedAt: now, cardAfter: after)
                try review.insert(db)
                var activity = ActivityRecord(occurredAt: now, kind: .review, reference: questionID)
                try activity.insert(db)
                if correct {
                    try Self.resolveReviewItems(db, kind: .question, reference: questionID, at: now)
                } else {
                    try Self.openReviewItem(
                        db, kind: .question, reference: questionID, topic: topic, reason: "answered wrong", at: now)
                }
                return review
            }
        }
    }

    /// Every card, soonest due first.
    public func cards() throws(ProgressStoreError) -> [CardRecord] {
        try perform {
            try writer.read { db in try CardRecord.order(Column("due"), Column("question_id")).fetchAll(db) }
        }
    }

    public func card(questionID: String) throws(ProgressStoreError) -> CardRecord? {
        try perform { try writer.read { db in try CardRecord.fetchOne(db, key: questionID) } }
    }

    /// The review log, oldest first.
    public func reviews(questionID: String? = nil) throws(ProgressStoreError) -> [ReviewRecord] {
        try perform {
            try writer.read { db in
                var request = ReviewRecord.order(Column("reviewed_at"), Column("id"))
                if let questionID {
                    request = request.filter(Column("question_id") == questionID)
                }
                return try request.fetchAll(db)
            }
        }
    }
}
