/// The right answer of a question.
public enum AnswerKey: Sendable, Codable, Equatable {
    /// The index of the one right option (0 = a).
    case option(Int)
    /// The indices of every right option.
    case options(Set<Int>)
    case boolean(Bool)
    /// Accepted texts; matching ignores case and whitespace.
    case text([String])
    /// Option indices in the right order.
    case sequence([Int])
}
