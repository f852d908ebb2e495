import ProblemBank

/// The outcome of comparing a result with the expected one, with everything an honest diff needs.
public struct ResultComparison: Sendable {
    /// True when the result is accepted under the problem's comparison settings.
    public var matches: Bool
    /// Why it does not match, one sentence each, most important first (empty when it matches).
    public var reasons: [String]
    /// Columns whose types differ; a failure only with `check_types`, otherwise named as a note.
    public var typeDifferences: [TypeDifference]
    public var expectedColumns: [OutputColumn]
    public var actualColumns: [OutputColumn]
    public var expectedRowCount: Int
    public var actualRowCount: Int
    /// Expected rows with no counterpart in the result.
    public var missingCount: Int { diff.filter { $0.kind == .missing }.count }
    /// Result rows with no counterpart in the expected output.
    public var extraCount: Int { diff.filter { $0.kind == .extra }.count }
    /// Expected rows paired with a result row that differs in some cells.
    public var changedCount: Int { diff.filter { $0.kind == .changed }.count }
    /// Row by row: matched rows, then the differing ones (missing, extra, changed with cells named).
    public var diff: [RowDifference]
    /// With `ordered`: the rows are all there but not in the required order.
    public var orderOnly: Bool
}

/// One column whose type differs from the expected one.
public struct TypeDifference: Sendable, Equatable {
    public var column: String
    public var expected: String
    public var actual: String

    /// "column 'total': expected decimal(10,2), got double".
    public var description: String { "column '\(column)': expected \(expected), got \(actual)" }
}

/// A row of the diff.
public struct RowDifference: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case matched, missing, extra, changed
    }

    public var kind: Kind
    public var expected: [JSONValue]?
    public var actual: [JSONValue]?
    /// For `changed`: the cells that differ and why.
    public var cells: [CellDifference]
    /// 1-based position of the row in the result (for ordered comparisons and extra rows).
    public var actualPosition: Int?
    public var expectedPosition: Int?
}

/// One differing cell, with the difference named.
public struct CellDifference: Sendable, Equatable {
    public var column: Int
    public var expected: JSONValue
    public var actual: JSONValue
    /// "relative difference 3.1e-04 exceeds the tolerance 1e-06", "null instead of a value", …
    public var note: String
}
