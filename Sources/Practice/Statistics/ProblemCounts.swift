/// Solved and total problems of one difficulty.
public struct ProblemCounts: Sendable, Equatable, Codable {
    public var solved: Int
    public var attempted: Int
    public var total: Int
}
