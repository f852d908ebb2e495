/// How hard a problem or question is.
public enum Difficulty: String, Sendable, Codable, CaseIterable, Comparable {
    case easy
    case medium
    case hard

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .easy: 0
        case .medium: 1
        case .hard: 2
        }
    }
}

/// Whether a problem's solutions return a DataFrame (the default) or an RDD.
public enum ProblemKind: String, Sendable, Codable, CaseIterable {
    case dataframe
    case rdd
}
