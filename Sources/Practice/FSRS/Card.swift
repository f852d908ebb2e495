import Foundation

/// The memory state of one reviewable item, as the FSRS scheduler sees it.
///
/// A new card is in `.learning` at step 0 with no stability or difficulty and is due now.
public struct Card: Sendable, Codable, Equatable {
    public var state: CardState
    /// The learning or relearning step, `nil` in `.review`.
    public var step: Int?
    /// Days for retrievability to fall to 90%; `nil` until the first review.
    public var stability: Double?
    /// 1 (easy) … 10 (hard); `nil` until the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    public init(
        state: CardState = .learning,
        step: Int? = nil,
        stability: Double? = nil,
        difficulty: Double? = nil,
        due: Date,
        lastReview: Date? = nil
    ) {
        self.state = state
        self.step = (state == .learning && step == nil) ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed, due at `date`.
    public static func new(dueAt date: Date) -> Card {
        Card(due: date)
    }

    /// True before the first review.
    public var isNew: Bool { lastReview == nil }
}
