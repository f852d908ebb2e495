/// The name an analysis error is about (an unknown column, function or table), so that the error can be
/// placed where the name is written in the SQL text.
public struct ErrorSubject: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case column, routine, relation
    }

    public var kind: Kind
    /// The name's parts as written (`e.salary` is `["e", "salary"]`).
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
