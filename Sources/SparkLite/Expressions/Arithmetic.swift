/// `+ - * / % div pmod` and unary minus with Spark 4 ANSI semantics: overflow and division by zero raise,
/// `try` mode returns null, legacy mode wraps integers and returns null on division by zero.
enum Arithmetic {
    /// The types are autoclosures: computing an expression's type walks its tree, and most values need none.
    static func evaluate(_ op: ArithmeticOperator, _ a: Value, _ b: Value, leftType: @autoclosure () -> DataType,
                         rightType: @autoclosure () -> DataType, resultType: @autoclosure () -> DataType,
                         mode: EvalMode) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return try integral(op, x, y, type: op == .integralDivide ? .long : resultType(), mode: mode)
        case (.double(let x), .double(let y)):
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide:
                if y == 0 { return try divisionByZero(mode) }
                return .double(x / y)
            case .remainder:
                if y == 0 { return try divisionByZero(mode, op) }
                return .double(x.truncatingRemainder(dividingBy: y))
            case .pmod:
                if y == 0 { return try divisionByZero(mode, op) }
                let r = x.truncatingRemainder(dividingBy: y)
                return .double(r < 0 ? (r + y).truncatingRemainder(dividingBy: y) : r)
            case .integralDivide:
                if y == 0 { return try divisionByZero(mode) }
                let q = (x / y).rounded(.towardZero)
                guard q.isFinite, q >= -9.223372036854775808e18, q < 9.223372036854775808e18 else {
                    return try overflow("long overflow", "try_divide", mode)
                }
                return .int(Int64(q))
            }
        case (.decimal(let x, let sx), .decimal(let y, let sy)):
            return try decimal(op, x, sx, y, sy, resultType: resultType(), mode: mode)
        case (.date(let d), .int(let n)) where op == .add || op == .subtract:
            // `try_add(date, n)`; a plain `date + n` is date_add (see DateTimeArithmetic).
            return .date(Int32(clamping: Int64(d) + (op == .add ? n : -n)))
        case (.date(let x), .date(let y)) where op == .subtract:
            return .interval((Int64(x) - Int64(y)) * DateTimeUtils.microsPerDay)
        case (.timestamp, .timestamp), (.date, .timestamp), (.timestamp, .date):
            guard op == .subtract, let x = Self.micros(a), let y = Self.micros(b) else { break }
            let (difference, overflowed) = x.subtractingReportingOverflow(y)
            if overflowed { return try overflow("long overflow", "try_subtract", mode) }
            return .interval(difference)
        case (.interval(let x), .interval(let y)) where op == .add || op == .subtract:
            let (result, overflowed) = op == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
            if overflowed || (resultType().isYearMonthInterval && Int32(exactly: result) == nil) {
                return try overflow(resultType().isYearMonthInterval ? "integer overflow" : "long overflow", op == .add ? "try_add" : "try_subtract", mode)
            }
            return .interval(result)
        default:
            break
        }
        throw SparkError.internalError("Arithmetic \(op.rawValue) on \(leftType().simpleString) and \(rightType().simpleString) was not coerced.")
    }

    /// A date (at midnight) or timestamp in microseconds.
    private static func micros(_ v: Value) -> Int64? {
        switch v {
        case .date(let d): Int64(d) * DateTimeUtils.microsPerDay
        case .timestamp(let t): t
        default: nil
        }
    }

    /// Null without ANSI; else `DIVIDE_BY_ZERO`, or `REMAINDER_BY_ZERO` for `%` and pmod.
    static func divisionByZero(_ mode: EvalMode, _ op: ArithmeticOperator = .divide) throws -> Value {
        if mode == .ansi { throw op == .remainder || op == .pmod ? SparkErrors.remainderByZero() : SparkErrors.divideByZero() }
        return .null
    }

    static func overflow(_ message: String, _ suggestion: String, _ mode: EvalMode) throws -> Value {
        if mode == .ansi { throw SparkErrors.arithmeticOverflow(message, suggestion: suggestion) }
        return .null
    }

    static func bounds(_ type: DataType) -> (Int64, Int64, String) {
        switch type {
        case .byte: (Int64(Int8.min), Int64(Int8.max), "tinyint")
        case .short: (Int64(Int16.min), Int64(Int16.max), "smallint")
        case .int: (Int64(Int32.min), Int64(Int32.max), "integer")
        default: (Int64.min, Int64.max, "long")
        }
    }

    static func integral(_ op: ArithmeticOperator, _ x: Int64, _ y: Int64, type: DataType, mode: EvalMode) throws -> Value {
        let suggestion: String
        let result: Int64
        let overflowed: Bool
        switch op {
        case .add:
            suggestion = "try_add"
            (result, overflowed) = x.addingReportingOverflow(y)
        case .subtract:
            suggestion = "try_subtract"
            (result, overflowed) = x.subtractingReportingOverflow(y)
        case .multiply:
            suggestion = "try_multiply"
            (result, overflowed) = x.multipliedReportingOverflow(by: y)
        case .divide:
            throw SparkError.internalError("Integer division was not coerced to double.")
        case .remainder, .pmod:
            if y == 0 { return try divisionByZero(mode, op) }
            if y == -1 { return .int(0) }
            var r = x % y
            if op == .pmod && r < 0 { r = (r &+ y) % y }
            return .int(r)
        case .integralDivide:
            if y == 0 { return try divisionByZero(mode) }
            if x == Int64.min && y == -1 { return try overflow("Overflow in integral divide", "try_divide", mode) }
            return .int(x / y)
        }
        let (lo, hi, _) = bounds(type)
        if overflowed || result < lo || result > hi {
            // With ANSI off, Java wraps at the type's width.
            if mode == .legacy { return .int(wrap(op, x, y, type)) }
            if type == .byte || type == .short, mode == .ansi {
                // Spark checks TINYINT and SMALLINT results itself and shows both operands as SMALLINT literals.
                let symbol = op == .add ? "+" : (op == .subtract ? "-" : "*")
                throw SparkError("BINARY_ARITHMETIC_OVERFLOW", "\(x)S \(symbol) \(y)S caused overflow. Use `\(suggestion)` to ignore overflow problem and return NULL.", sqlState: "22003")
            }
            return try overflow("overflow", suggestion, mode)
        }
        return .int(result)
    }

    static func wrap(_ op: ArithmeticOperator, _ x: Int64, _ y: Int64, _ type: DataType) -> Int64 {
        let wide: Int64 = switch op {
        case .add: x &+ y
        case .subtract: x &- y
        default: x &* y
        }
        switch type {
        case .byte: return Int64(Int8(truncatingIfNeeded: wide))
        case .short: return Int64(Int16(truncatingIfNeeded: wide))
        case .int: return Int64(Int32(truncatingIfNeeded: wide))
        default: return wide
        }
    }

    static func decimal(_ op: ArithmeticOperator, _ x: Int128, _ sx: Int, _ y: Int128, _ sy: Int,
                        resultType: DataType, mode: EvalMode) throws -> Value {
        guard case .decimal(let p, let s) = resultType else {
            if case .long = resultType, op == .integralDivide {
                if y == 0 { return try divisionByZero(mode) }
                let scale = max(sx, sy)
                guard let a = Decimal128.rescale(x, from: sx, to: scale), let b = Decimal128.rescale(y, from: sy, to: scale) else {
                    return try overflow("Overflow in integral divide", "try_divide", mode)
                }
                let q = a / b
                guard let r = Int64(exactly: q) else { return try overflow("Overflow in integral divide", "try_divide", mode) }
                return .int(r)
            }
            throw SparkError.internalError("Decimal arithmetic with result type \(resultType.simpleString).")
        }
        var result: Int128?
        switch op {
        case .add, .subtract:
            let scale = max(sx, sy)
            if let a = Decimal128.rescale(x, from: sx, to: scale), let b = Decimal128.rescale(y, from: sy, to: scale) {
                let (r, o) = op == .add ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b)
                result = o ? nil : Decimal128.rescale(r, from: scale, to: s)
            }
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            // A product too wide for 128 bits may still fit once rounded to the result scale (Spark multiplies
            // BigDecimals): decimal(38,20) * decimal(38,20) is decimal(38,6).
            result = o ? wideProductRounded(x, y, from: sx + sy, to: s) : Decimal128.rescale(r, from: sx + sy, to: s)
        case .divide:
            if y == 0 { return try divisionByZero(mode) }
            result = divideHalfUp(x, sx, y, sy, scale: s)
        case .remainder, .pmod:
            if y == 0 { return try divisionByZero(mode, op) }
            let scale = max(sx, sy)
            if let a = Decimal128.rescale(x, from: sx, to: scale), let b = Decimal128.rescale(y, from: sy, to: scale) {
                var r = a % b
                if op == .pmod && r < 0 { r = (r + b) % b }
                result = Decimal128.rescale(r, from: scale, to: s)
            }
        case .integralDivide:
            result = nil
        }
        guard let value = result, Decimal128.fits(value, precision: p) else {
            if mode == .ansi {
                let value = switch (op, result) {
                case (.multiply, _): Decimal128.formatProduct(x, scale: sx, y, scale: sy)
                case (_, let r?): Decimal128.format(r, scale: s)
                default: "result"
                }
                throw SparkErrors.decimalOutOfRange(value, precision: p, scale: s)
            }
            return .null
        }
        return .decimal(value, scale: s)
    }

    /// x * y, an unscaled value at scale `from`, rounded HALF_UP to scale `to` < `from`; nil when it does not
    /// fit 128 bits. The 256-bit product is held as four 64-bit words, most significant first.
    static func wideProductRounded(_ x: Int128, _ y: Int128, from: Int, to: Int) -> Int128? {
        guard to < from else { return nil }
        let product = x.magnitude.multipliedFullWidth(by: y.magnitude)
        var words: [UInt64] = [UInt64(truncatingIfNeeded: product.high >> 64), UInt64(truncatingIfNeeded: product.high),
                               UInt64(truncatingIfNeeded: product.low >> 64), UInt64(truncatingIfNeeded: product.low)]
        // Divides the words by 10 in place and returns the remainder.
        func divideByTen() -> UInt64 {
            var remainder: UInt64 = 0
            for i in words.indices {
                let (q, r) = UInt64(10).dividingFullWidth((high: remainder, low: words[i]))
                words[i] = q
                remainder = r
            }
            return remainder
        }
        // HALF_UP looks only at the first dropped digit.
        for _ in 0..<(from - to - 1) { _ = divideByTen() }
        let roundsUp = divideByTen() >= 5
        guard words[0] == 0, words[1] == 0 else { return nil }
        var magnitude = UInt128(words[2]) << 64 | UInt128(words[3])
        if roundsUp {
            let (m, o) = magnitude.addingReportingOverflow(1)
            if o { return nil }
            magnitude = m
        }
        guard magnitude <= UInt128(Int128.max) else { return nil }
        return (x < 0) != (y < 0) ? -Int128(magnitude) : Int128(magnitude)
    }

    /// (x / 10^sx) / (y / 10^sy) at `scale`, rounded HALF_UP.
    static func divideHalfUp(_ x: Int128, _ sx: Int, _ y: Int128, _ sy: Int, scale: Int) -> Int128? {
        // result_unscaled = x * 10^(scale + sy - sx) / y
        let shift = scale + sy - sx
        var numerator = x
        var denominator = y
        if shift >= 0 {
            let (n, o) = x.multipliedReportingOverflow(by: Decimal128.pow10(shift))
            if o { return nil }
            numerator = n
        } else {
            let (d, o) = y.multipliedReportingOverflow(by: Decimal128.pow10(-shift))
            if o { return nil }
            denominator = d
        }
        let q = numerator / denominator
        let r = numerator % denominator
        if r.magnitude * 2 >= denominator.magnitude {
            return (numerator < 0) != (denominator < 0) ? q - 1 : q + 1
        }
        return q
    }

    static func negate(_ v: Value, type: DataType, mode: EvalMode) throws -> Value {
        switch v {
        case .null: return .null
        case .int(let x):
            let (lo, _, _) = bounds(type)
            if x == lo {
                if mode == .ansi { throw plainOverflow() }
                return .int(x)
            }
            return .int(-x)
        case .double(let d): return .double(-d)
        case .decimal(let u, let s): return .decimal(-u, scale: s)
        case .interval(let i): return .interval(-i)
        default: throw SparkError.internalError("Cannot negate \(type.simpleString).")
        }
    }
}
