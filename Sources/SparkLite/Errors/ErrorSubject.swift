/// What an error is about, so that it can be placed in the SQL text: the name of an unknown column,
/// function or table, or the kind of operation that failed at run time.
public struct ErrorSubject: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case column, routine, relation
        /// `/` or `div` (DIVIDE_BY_ZERO), `%`, `mod` or `pmod` (REMAINDER_BY_ZERO).
        case division, remainder
        /// A cast of a string literal: `nameParts` is the literal's text and the target type.
        case literalCast
    }

    public var kind: Kind
    /// The name's parts as written (`e.salary` is `["e", "salary"]`); what identifies the operation otherwise.
    public var nameParts: [String]

    public init(_ kind: Kind, _ nameParts: [String]) {
        self.kind = kind
        self.nameParts = nameParts
    }

    /// A dotted name as the errors carry it.
    init(_ kind: Kind, dotted name: String) {
        self.init(kind, name.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
    }
}
