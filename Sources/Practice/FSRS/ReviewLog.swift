import Foundation

/// One review as FSRS records it: the rating, when, and how long it took.
public struct ReviewLog: Sendable, Codable, Equatable {
    public var rating: Rating
    public var reviewedAt: Date
    /// Milliseconds spent on the review, when known.
    public var durationMilliseconds: Int?

    public init(rating: Rating, reviewedAt: Date, durationMilliseconds: Int? = nil) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.durationMilliseconds = durationMilliseconds
    }
}
