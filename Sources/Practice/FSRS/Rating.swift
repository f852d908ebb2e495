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

    /// Reads a rating key as typed in a quiz: `1`–`4` or the name or its first letter.
    public init?(key: String) {
        let text = key.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "1", "again", "a": self = .again
        case "2", "hard", "h": self = .hard
        case "3", "good", "g": self = .good
        case "4", "easy", "e": self = .easy
        default: return nil
        }
    }
}
