import Foundation

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
