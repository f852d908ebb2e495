/// The catalogue of runtime error messages, in Spark's words.
public enum SparkErrors {
    public static func divideByZero() -> SparkError {
        SparkError("DIVIDE_BY_ZERO", "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.", subject: ErrorSubject(.division, []))
    }

    public static func remainderByZero() -> SparkError {
        SparkError("REMAINDER_BY_ZERO", "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.", sqlState: "22012", subject: ErrorSubject(.remainder, []))
    }

    public static func arithmeticOverflow(_ message: String, suggestion: String) -> SparkError {
        SparkError("ARITHMETIC_OVERFLOW", "\(message). Use '\(suggestion)' to tolerate overflow and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.")
    }

    /// `[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]` for a decimal result that does not fit.
    public static func decimalOutOfRange(_ value: String, precision: Int, scale: Int) -> SparkError {
        SparkError("NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", " \(value) cannot be represented as Decimal(\(precision), \(scale)). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead.")
    }

    /// `[UNRESOLVED_COLUMN.WITH_SUGGESTION]`.
    public static func unresolvedColumn(_ name: String, suggestions: [String]) -> SparkError {
        let subject = ErrorSubject(.column, dotted: name)
        if suggestions.isEmpty {
            return SparkError("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", "A column, variable, or function parameter with name `\(name)` cannot be resolved.", subject: subject)
        }
        let list = suggestions.map { "`\($0)`" }.joined(separator: ", ")
        return SparkError("UNRESOLVED_COLUMN.WITH_SUGGESTION", "A column, variable, or function parameter with name \(quoteName(name)) cannot be resolved. Did you mean one of the following? [\(list)].", subject: subject)
    }

    public static func tableNotFound(_ name: String) -> SparkError {
        SparkError("TABLE_OR_VIEW_NOT_FOUND", "The table or view \(quoteName(name)) cannot be found. Verify the spelling and correctness of the schema and catalog.\nSearch path: [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.", subject: ErrorSubject(.relation, dotted: name))
    }

    public static func unresolvedRoutine(_ name: String) -> SparkError {
        SparkError("UNRESOLVED_ROUTINE", "Cannot resolve routine \(quoteName(name)) on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].", subject: ErrorSubject(.routine, dotted: name))
    }

    /// Spark lists the candidates sorted by their quoted names.
    public static func ambiguousReference(_ name: String, candidates: [String]) -> SparkError {
        SparkError("AMBIGUOUS_REFERENCE", "Reference \(quoteName(name)) is ambiguous, could be: [\(candidates.map { quoteName($0) }.sorted().joined(separator: ", "))].", subject: ErrorSubject(.column, dotted: name))
    }

    /// Backquotes each part of a dotted name: `e`.`salary`.
    public static func quoteName(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { "`\($0)`" }.joined(separator: ".")
    }
}
