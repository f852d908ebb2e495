/// Where a card is in the FSRS life cycle; raw values match the `fsrs` package.
public enum CardState: Int, Sendable, Codable, CaseIterable {
    /// New or being learned: short learning steps, then Review.
    case learning = 1
    /// Scheduled in whole days from its stability.
    case review = 2
    /// Forgotten after Review: short relearning steps, then Review again.
    case relearning = 3

    public var name: String {
        switch self {
        case .learning: "Learning"
        case .review: "Review"
        case .relearning: "Relearning"
        }
    }
}
