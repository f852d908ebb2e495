/// A user-facing Spark error: an error condition (`DIVIDE_BY_ZERO`), its message parameters, a SQLSTATE,
/// and, for SQL text, where in the query it happened. The message is Spark's text.
public struct SparkError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Spark's error condition, with its sub-condition: `UNRESOLVED_COLUMN.WITH_SUGGESTION`.
    public var errorClass: String
    /// The message without the `[CLASS]` prefix and SQLSTATE suffix.
    public var message: String
    public var sqlState: String?
    /// 1-based line and 0-based position in the SQL text, as Spark reports them.
    public var sqlLine: Int?
    public var sqlPosition: Int?
    /// Extra text shown under the message (`== SQL ==` with a caret for parse errors).
    public var context: String?
    /// What the error is about (an unresolved name, a division), when it is known: SQL errors are placed at it.
    public var subject: ErrorSubject?

    public init(_ errorClass: String, _ message: String, sqlState: String? = nil, sqlLine: Int? = nil,
                sqlPosition: Int? = nil, context: String? = nil, subject: ErrorSubject? = nil) {
        self.errorClass = errorClass
        self.message = message
        self.sqlState = sqlState ?? SparkError.defaultSQLState(for: errorClass)
        self.sqlLine = sqlLine
        self.sqlPosition = sqlPosition
        self.context = context
        self.subject = subject
    }

    /// Errors are equal when Spark would print them alike; the subject only helps place them.
    public static func == (a: SparkError, b: SparkError) -> Bool {
        a.errorClass == b.errorClass && a.message == b.message && a.sqlState == b.sqlState
            && a.sqlLine == b.sqlLine && a.sqlPosition == b.sqlPosition && a.context == b.context
    }

    /// `[DIVIDE_BY_ZERO] Division by zero. ... SQLSTATE: 22012`, as Spark prints it.
    public var description: String {
        var text = "[\(errorClass)] \(message)"
        if let sqlState { text += " SQLSTATE: \(sqlState)" }
        if let sqlLine, let sqlPosition { text += " (line \(sqlLine), pos \(sqlPosition))" }
        if let context { text += "\n\n" + context }
        return text
    }

    static func defaultSQLState(for errorClass: String) -> String? {
        let top = errorClass.split(separator: ".").first.map(String.init) ?? errorClass
        return [
            "DIVIDE_BY_ZERO": "22012",
            "ARITHMETIC_OVERFLOW": "22003",
            "CAST_INVALID_INPUT": "22018",
            "CAST_OVERFLOW": "22003",
            "NUMERIC_VALUE_OUT_OF_RANGE": "22003",
            "UNRESOLVED_COLUMN": "42703",
            "UNRESOLVED_ROUTINE": "42883",
            "TABLE_OR_VIEW_NOT_FOUND": "42P01",
            "PARSE_SYNTAX_ERROR": "42601",
            "AMBIGUOUS_REFERENCE": "42704",
            "DATATYPE_MISMATCH": "42K09",
            "MISSING_AGGREGATION": "42803",
            "MISSING_GROUP_BY": "42803",
            "GROUP_BY_AGGREGATE": "42903",
            "INVALID_ARRAY_INDEX": "22003",
            "INVALID_ARRAY_INDEX_IN_ELEMENT_AT": "22003",
            "WRONG_NUM_ARGS": "42605",
            "NUM_COLUMNS_MISMATCH": "42826",
            "INCOMPATIBLE_COLUMN_TYPE": "42825",
            "UNSUPPORTED": "0A000",
        ][top]
    }

    /// An engine feature Spark has and SparkLite does not yet.
    public static func unsupported(_ what: String) -> SparkError {
        SparkError("UNSUPPORTED", "\(what) is not supported by the embedded engine yet; `--engine spark` runs it on Apache Spark.", sqlState: "0A000")
    }

    /// An internal invariant broke: a SparkLite bug, never the user's fault.
    public static func internalError(_ what: String) -> SparkError {
        SparkError("INTERNAL_ERROR", "\(what) This is a bug in SparkLite.", sqlState: "XX000")
    }
}
