import Foundation

/// Value-level operations on ANSI intervals: moving a timestamp by microseconds or months, and scaling an
/// interval by a number with Spark's HALF_UP rounding.
enum IntervalArithmetic {
    static func addMicros(_ timestamp: Int64, _ micros: Int64) throws -> Value {
        let (sum, overflow) = timestamp.addingReportingOverflow(micros)
        if overflow { throw SparkErrors.arithmeticOverflow("long overflow", suggestion: "try_add") }
        return .timestamp(sum)
    }

    /// A timestamp `months` later on the calendar, the day clamped to the month's end, the time of day kept.
    static func addMonths(_ timestamp: Int64, _ months: Int64) -> Int64 {
        let day = Cast.floorDiv(timestamp, DateTimeUtils.microsPerDay)
        let timeOfDay = timestamp - day * DateTimeUtils.microsPerDay
        let moved = DateTimeFunctions.addMonths(Int32(clamping: day), months)
        return Int64(moved) * DateTimeUtils.microsPerDay + timeOfDay
    }

    /// `amount * number` or `amount / number` (microseconds or months), rounded half up as Spark does.
    static func scale(_ amount: Int64, by number: Value, divide: Bool, months: Bool) throws -> Value {
        let factor: Double
        switch number {
        case .null: return .null
        case .int(let n):
            if divide {
                if n == 0 { throw intervalDividedByZero() }
                return .interval(try fit(halfUpQuotient(amount, n), months: months))
            }
            let (product, overflow) = amount.multipliedReportingOverflow(by: n)
            if overflow { throw SparkErrors.arithmeticOverflow("long overflow", suggestion: "try_multiply") }
            return .interval(try fit(product, months: months))
        case .double(let d): factor = d
        case .decimal(let u, let s): factor = Double(Decimal128.format(u, scale: s)) ?? .nan
        default: return .null
        }
        if divide && factor == 0 { throw intervalDividedByZero() }
        let exact = divide ? Double(amount) / factor : Double(amount) * factor
        let rounded = (exact + (exact < 0 ? -0.5 : 0.5)).rounded(.towardZero)
        guard rounded.isFinite, rounded >= -9.223372036854775808e18, rounded < 9.223372036854775808e18 else {
            throw SparkErrors.arithmeticOverflow("long overflow", suggestion: divide ? "try_divide" : "try_multiply")
        }
        return .interval(try fit(Int64(rounded), months: months))
    }

    /// `a / b` rounded half away from zero.
    private static func halfUpQuotient(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b, r = a % b
        guard r != 0, r.magnitude >= (b.magnitude - r.magnitude) else { return q }
        return (a < 0) != (b < 0) ? q - 1 : q + 1
    }

    /// A year-month interval holds an INT of months.
    private static func fit(_ value: Int64, months: Bool) throws -> Int64 {
        if months, Int32(exactly: value) == nil { throw SparkErrors.arithmeticOverflow("integer overflow", suggestion: "try_multiply") }
        return value
    }

    static func intervalDividedByZero() -> SparkError {
        SparkError("INTERVAL_DIVIDED_BY_ZERO", "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead.", sqlState: "22012")
    }
}
