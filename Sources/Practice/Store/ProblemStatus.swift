/// Where a problem stands for the user, as `dojo list --status` shows it.
public enum ProblemStatus: String, Sendable, Codable, CaseIterable {
    /// Accepted at least once.
    case solved
    /// Submitted, never accepted.
    case attempted
    /// Never submitted.
    case new
}
