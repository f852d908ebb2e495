import Foundation

/// How well an answer was recalled, as FSRS rates a review.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The name shown to the user ("Again", "Hard", "Good", "Easy").
    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }

    /// Reads a rating as typed after an answer: `1`–`4` or the rating's name, any case.
    /// Letters alone are not ratings: they are answers to the next question.
    public init?(key: String) {
        switch key.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "again": self = .again
        case "2", "hard": self = .hard
        case "3", "good": self = .good
        case "4", "easy": self = .easy
        default: return nil
        }
    }
}
