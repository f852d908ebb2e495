import SparkLite

/// The values PySpark cannot bring back to Python when a result is collected, so a solution returning one
/// fails there, as it would on real Spark: a year-month interval (`YearMonthIntervalType.fromInternal` is not
/// implemented) and a date before 0001-01-01 (Python's `date` starts at year 1).
enum PythonCollectCheck {
    /// Day number of 0001-01-01.
    static let firstPythonDay: Int32 = -719_162

    static func check(_ schema: [StructField], _ rows: ResultRows, printed: String) throws {
        let yearMonthColumns = schema.indices.filter { schema[$0].dataType.isYearMonthInterval }
        let dateColumns = schema.indices.filter { schema[$0].dataType == .date }
        guard !yearMonthColumns.isEmpty || !dateColumns.isEmpty else { return }
        for row in rows {
            if yearMonthColumns.contains(where: { !row[$0].isNull }) {
                throw SparkError("NOT_IMPLEMENTED", "YearMonthIntervalType.fromInternal is not implemented.", sqlState: "0A000")
            }
            for i in dateColumns {
                if case .date(let days) = row[i], days < firstPythonDay {
                    throw SolutionError(kind: .runtime, errorClass: "ValueError", message: "ordinal must be >= 1", printed: printed)
                }
            }
        }
    }
}
