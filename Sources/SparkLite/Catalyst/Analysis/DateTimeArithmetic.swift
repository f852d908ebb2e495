/// Spark's rewrite of `+` and `-` on dates, timestamps and ANSI intervals into the datetime operations they
/// mean, before columns are named (so `d + 1` is named `date_add(d, 1)`):
///
/// - `date ± int` is `date_add` / `date_sub`;
/// - `date ± INTERVAL n DAY` is `date_add(d, extractansiintervaldays(i))` (negated for `-`), a date;
/// - `date ± year-month interval` is a date, `timestamp ± any interval` and `date ± finer day-time interval`
///   a timestamp, each named `l + r` / `l - r` without parentheses;
/// - `interval * number`, `number * interval` and `interval / number` scale the interval.
///
/// `date - date`, `timestamp - timestamp` and `interval ± interval` stay arithmetic (typed by `Expression.dataType`).
enum DateTimeArithmetic {
    static func rewrite(_ e: Expression, resolution: ExpressionResolution) throws -> Expression? {
        guard case .arithmetic(let op, let l, let r, _) = e, l.isResolved, r.isResolved else { return nil }
        let lt = l.dataType, rt = r.dataType
        switch op {
        case .add, .subtract:
            if lt == .date, rt.isIntegral {
                return try resolution.resolveFunction(op == .add ? "date_add" : "date_sub", [l, r], false)
            }
            if op == .add, lt.isIntegral, rt == .date {
                return try resolution.resolveFunction("date_add", [r, l], false)
            }
            if op == .add, lt.isAnsiInterval, rt == .date || rt == .timestamp {
                return try shift(r, op, l)
            }
            if lt == .date || lt == .timestamp, rt.isAnsiInterval {
                return try shift(l, op, r)
            }
            // Any other non-string number with a date is date_add / date_sub, which then refuses it (`d + 1.5`).
            if lt == .date, rt.isNumeric || rt == .boolean {
                return try resolution.resolveFunction(op == .add ? "date_add" : "date_sub", [l, r], false)
            }
            if op == .add, lt.isNumeric || lt == .boolean, rt == .date {
                return try resolution.resolveFunction("date_add", [r, l], false)
            }
            // A year-month and a day-time interval do not add: Spark reads it as a timestamp plus an interval.
            if lt.isYearMonthInterval && rt.isDayTimeInterval || lt.isDayTimeInterval && rt.isYearMonthInterval {
                let (first, second) = lt.isYearMonthInterval ? (l, r) : (r, l)
                let text = op == .add ? "\(first.prettyName) + \(second.prettyName)" : "\(l.prettyName) + (- \(r.prettyName))"
                throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(text)\" due to data type mismatch: The first parameter requires the (\"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\" or \"(TIMESTAMP_LTZ(P) OR TIMESTAMP_NTZ(P) WITH P IN [7, 9])\") type, however \"\(first.prettyName)\" has the type \"\(first.dataType.sqlName)\".", sqlState: "42K09")
            }
            return nil
        case .multiply:
            if lt.isAnsiInterval, rt.isNumeric { return scale(l, r, op) }
            if lt.isNumeric, rt.isAnsiInterval { return scale(r, l, op) }
            return nil
        case .divide:
            if lt.isAnsiInterval, rt.isNumeric { return scale(l, r, op) }
            return nil
        default:
            return nil
        }
    }

    /// A date or timestamp moved by an interval.
    private static func shift(_ datetime: Expression, _ op: ArithmeticOperator, _ interval: Expression) throws -> Expression {
        let sign: Int64 = op == .subtract ? -1 : 1
        let symbol = op == .subtract ? "-" : "+"
        if datetime.dataType == .date, case .dayTimeInterval(.day, .day) = interval.dataType {
            var days: Expression = .function(extractDays, [interval])
            if op == .subtract { days = .function(negate(.int), [days]) }
            let dateAdd = ScalarFunction(name: "date_add", dataType: .date) { v in
                guard case .date(let d) = v[0], case .int(let n) = v[1] else { return .null }
                return .date(Int32(clamping: Int64(d) + n))
            }
            return .function(dateAdd, [datetime, days])
        }
        let resultType: DataType = datetime.dataType == .date && interval.dataType.isYearMonthInterval ? .date : .timestamp
        var f = ScalarFunction(name: "datetime_\(op == .subtract ? "sub" : "add")", dataType: resultType) { v throws in
            guard case .interval(let amount) = v[1] else { return .null }
            switch v[0] {
            case .date(let d) where resultType == .date:
                return .date(DateTimeFunctions.addMonths(d, sign * amount))
            case .date(let d):
                return try IntervalArithmetic.addMicros(Int64(d) * DateTimeUtils.microsPerDay, sign * amount)
            case .timestamp(let t) where interval.dataType.isYearMonthInterval:
                return .timestamp(IntervalArithmetic.addMonths(t, sign * amount))
            case .timestamp(let t):
                return try IntervalArithmetic.addMicros(t, sign * amount)
            default:
                return .null
            }
        }
        f.prettyFormat = { "\($0[0]) \(symbol) \($0[1])" }
        // Spark adds the negated interval for `-`: explain shows `ts + INTERVAL '-2' DAY`, `ts + -i`.
        let negatedLiteral: String? = if case .literal(.interval(let amount), let type) = interval {
            Expression.literal(.interval(-amount), type).explainString
        } else { nil }
        f.explainFormat = { op == .subtract ? "\($0[0]) + \(negatedLiteral ?? "-\($0[1])")" : "\($0[0]) + \($0[1])" }
        return .function(f, [datetime, interval])
    }

    /// `interval * n` or `interval / n`: the full interval type of the interval's kind, rounded half up.
    private static func scale(_ interval: Expression, _ number: Expression, _ op: ArithmeticOperator) -> Expression {
        let type: DataType = interval.dataType.isYearMonthInterval ? .yearToMonthInterval : .dayToSecondInterval
        var f = ScalarFunction(name: op == .multiply ? "multiply_interval" : "divide_interval", dataType: type) { v throws in
            guard case .interval(let amount) = v[0] else { return .null }
            return try IntervalArithmetic.scale(amount, by: v[1], divide: op == .divide, months: type.isYearMonthInterval)
        }
        f.prettyFormat = { "(\($0[0]) \(op.rawValue) \($0[1]))" }
        return .function(f, [interval, number])
    }

    /// Spark's `extractansiintervaldays`: the whole days of a day-time interval.
    private static let extractDays = ScalarFunction(name: "extractansiintervaldays", dataType: .int) { v in
        guard case .interval(let micros) = v[0] else { return .null }
        return .int(micros / DateTimeUtils.microsPerDay)
    }

    /// Unary minus printed as Spark's SQL form `(- x)`.
    private static func negate(_ type: DataType) -> ScalarFunction {
        var f = ScalarFunction(name: "-", dataType: type) { v in
            guard case .int(let n) = v[0] else { return .null }
            return .int(-n)
        }
        f.prettyFormat = { "(- \($0[0]))" }
        return f
    }
}
