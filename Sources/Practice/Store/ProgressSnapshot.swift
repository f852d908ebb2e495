import Foundation
import GRDB

/// Everything in the progress database at one moment, read in one transaction.
public struct ProgressSnapshot: Sendable, Equatable, Codable {
    public var submissions: [SubmissionRecord]
    public var cards: [CardRecord]
    public var reviews: [ReviewRecord]
    public var hints: [HintRecord]
    public var exams: [ExamRecord]
    public var activity: [ActivityRecord]
    public var reviewItems: [ReviewItemRecord]

    public init(
        submissions: [SubmissionRecord] = [], cards: [CardRecord] = [], reviews: [ReviewRecord] = [],
        hints: [HintRecord] = [], exams: [ExamRecord] = [], activity: [ActivityRecord] = [],
        reviewItems: [ReviewItemRecord] = []
    ) {
        self.submissions = submissions
        self.cards = cards
        self.reviews = reviews
        self.hints = hints
        self.exams = exams
        self.activity = activity
        self.reviewItems = reviewItems
    }

    enum CodingKeys: String, CodingKey {
        case submissions, cards, reviews, hints, exams, activity, reviewItems = "review_items"
    }
}

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
