import Foundation
import ProblemBank

/// Suggests the FSRS rating of an answer from whether it was right and how long it took.
public enum RatingSuggestion {
    /// Wrong → Again. Right: quicker than the "easy" time → Easy, within the "hard" time → Good,
    /// slower → Hard. Typed and ordered answers get more time than a letter.
    public static func suggest(correct: Bool, seconds: Double, type: QuestionType) -> Rating {
        guard correct else { return .again }
        let (easy, hard) = thresholds(type)
        if seconds < easy { return .easy }
        if seconds <= hard { return .good }
        return .hard
    }

    /// Seconds under which a right answer is Easy, and over which it is Hard.
    public static func thresholds(_ type: QuestionType) -> (easy: Double, hard: Double) {
        switch type {
        case .trueFalse: (6, 25)
        case .singleChoice: (10, 45)
        case .multipleSelect, .shortAnswer: (15, 60)
        case .ordering, .spotTheProblem, .predictPlan: (20, 90)
        }
    }
}
