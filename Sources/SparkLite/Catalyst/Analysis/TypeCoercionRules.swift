/// Inserts the implicit casts Spark's ANSI type coercion adds to operators: both sides of arithmetic and
/// comparisons to a common type, `/` on integers to double, CASE branches and IN lists to a common type.
enum TypeCoercionRules {
    static func coerce(_ e: Expression, ansi: Bool) throws -> Expression? {
        let mode: EvalMode = ansi ? .ansi : .legacy
        switch e {
        case .arithmetic(let op, let l, let r, let m):
            guard l.isResolved, r.isResolved else { return nil }
            let mode = m == .try ? EvalMode.try : mode
            let lt = l.dataType, rt = r.dataType
            // `date + string`: Spark reads it as date_add(date, CAST(string AS DATE)), which no day count fits.
            // `date + date` likewise: date_add takes a day count.
            if lt == .date && (rt == .string || rt == .date) && op == .add {
                throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"date_add(\(l.prettyName), \(r.prettyName))\" due to data type mismatch: The second parameter requires the (\"INT\" or \"SMALLINT\" or \"TINYINT\") type, however \"\(r.prettyName)\" has the type \"DATE\".")
            }
            // Date and timestamp differences and interval sums keep their operands (see DateTimeArithmetic).
            if op == .subtract, lt == .date || lt == .timestamp, rt == .date || rt == .timestamp { return .arithmetic(op, l, r, mode) }
            if op == .add || op == .subtract, lt.isDayTimeInterval && rt.isDayTimeInterval || lt.isYearMonthInterval && rt.isYearMonthInterval {
                return .arithmetic(op, l, r, mode)
            }
            if op == .divide {
                if lt.isDecimal || rt.isDecimal, !(lt.isFractional || rt.isFractional) {
                    let (a, b) = try toDecimals(l, r, op)
                    return .arithmetic(op, a, b, mode)
                }
                return .arithmetic(op, cast(l, .double), cast(r, .double), mode)
            }
            if op == .integralDivide {
                // DIV takes BIGINT or DECIMAL; under ANSI a DOUBLE or FLOAT is never cast to either implicitly.
                if mode == .ansi, lt.isFractional || rt.isFractional {
                    let shown = { (t: DataType) -> DataType in t.isIntegral ? .long : t }
                    if shown(lt) == shown(rt) {
                        throw SparkError("DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the binary operator requires the input type (\"BIGINT\" or \"DECIMAL\"), not \"\(lt.sqlName)\".")
                    }
                    throw SparkError("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"\(shown(lt).sqlName)\" and \"\(shown(rt).sqlName)\").")
                }
                if lt.isDecimal || rt.isDecimal {
                    let (a, b) = try toDecimals(l, r, op)
                    return .arithmetic(op, a, b, mode)
                }
                return .arithmetic(op, cast(l, .long), cast(r, .long), mode)
            }
            if (lt.isDecimal || rt.isDecimal) && !(lt.isFractional || rt.isFractional) {
                let (a, b) = try toDecimals(l, r, op)
                return .arithmetic(op, a, b, mode)
            }
            guard let t = TypeCoercion.widerType(lt, rt), t.isNumeric || t == .null else {
                throw mismatch(e, lt, rt)
            }
            let target = t == .null ? DataType.int : t
            if target == .string { throw mismatch(e, lt, rt) }
            return .arithmetic(op, cast(l, target), cast(r, target), mode)
        case .comparison(let op, let l, let r):
            guard l.isResolved, r.isResolved else { return nil }
            // Maps have no equality or order in Spark: comparing them (even `=` in a join) fails analysis.
            if let unorderable = [l.dataType, r.dataType].first(where: { !$0.isOrderable }) {
                throw SparkError("DATATYPE_MISMATCH.INVALID_ORDERING_TYPE", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: The `\(op.rawValue)` does not support ordering on type \"\(unorderable.sqlName)\".", sqlState: "42K09")
            }
            guard l.dataType != r.dataType else { return nil }
            // A string literal compared with a numeric column: Spark compares at BIGINT (or DOUBLE) and its
            // optimizer unwraps the cast off the column when the literal fits the column's type, so
            // `a = '7'` plans as `a = 7`. A literal that does not fit keeps the BIGINT comparison (and its
            // CAST_INVALID_INPUT when it is no number).
            if case .literal(.string(let text), _) = l, Self.literalFits(text, r.dataType) {
                return .comparison(op, .cast(l, r.dataType, mode), r)
            }
            if case .literal(.string(let text), _) = r, Self.literalFits(text, l.dataType) {
                return .comparison(op, l, .cast(r, l.dataType, mode))
            }
            // An integer literal compared with a decimal takes only its own digits, as in arithmetic:
            // `amount > 100` compares at DECIMAL(10,2), not DECIMAL(12,2).
            guard let t = comparisonType(literalDecimal(l, beside: r) ?? l.dataType, literalDecimal(r, beside: l) ?? r.dataType) else {
                throw SparkError("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"\(l.dataType.sqlName)\" and \"\(r.dataType.sqlName)\").")
            }
            return .comparison(op, cast(l, t), cast(r, t))
        case .and(let l, let r), .or(let l, let r):
            // AND and OR take BOOLEAN; no number is cast to BOOLEAN implicitly.
            guard l.isResolved, r.isResolved else { return nil }
            let accepted: (DataType) -> Bool = { $0 == .boolean || $0 == .null || $0 == .string }
            let lt = l.dataType, rt = r.dataType
            if accepted(lt) && accepted(rt) { return nil }
            if lt == rt {
                throw SparkError("DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the binary operator requires the input type \"BOOLEAN\", not \"\(lt.sqlName)\".")
            }
            throw SparkError("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"\(lt.sqlName)\" and \"\(rt.sqlName)\").")
        case .unaryMinus(let c, let m) where c.isResolved && c.dataType == .null:
            // `-NULL` is a DOUBLE: NULL takes the numeric default type, as Spark's implicit casts give it.
            return .unaryMinus(.cast(c, .double, mode), m == .try ? m : mode)
        case .unaryMinus(let c, let m) where m != mode && m != .try:
            return .unaryMinus(c, mode)
        case .caseWhen(let branches, let elseValue):
            guard e.isResolved else { return nil }
            // Each WHEN must be a boolean (Spark's CaseWhen.checkInputDataTypes counts parameters as
            // condition, value, condition, value...); a string condition is cast to one.
            if let i = branches.firstIndex(where: { ![.boolean, .null, .string].contains($0.condition.dataType) }) {
                let condition = branches[i].condition
                let position = [1: "first", 3: "third", 5: "fifth", 7: "seventh", 9: "ninth"][2 * i + 1] ?? "\(2 * i + 1)th"
                throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: The \(position) parameter requires the \"BOOLEAN\" type, however \"\(condition.prettyName)\" has the type \"\(condition.dataType.sqlName)\".", sqlState: "42K09")
            }
            let types = branches.map(\.value.dataType) + (elseValue.map { [$0.dataType] } ?? [])
            guard let t = TypeCoercion.widerType(types) else {
                throw SparkError("DATATYPE_MISMATCH.DATA_DIFF_TYPES", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: Input to `casewhen` should all be the same type, but it's [\(types.map { "\"\($0.sqlName)\"" }.joined(separator: ", "))].")
            }
            let newBranches = branches.map { CaseBranch($0.condition, cast($0.value, t)) }
            let newElse = elseValue.map { cast($0, t) }
            if types.allSatisfy({ $0 == t }) { return nil }
            return .caseWhen(branches: newBranches, elseValue: newElse)
        case .inList(let v, let list):
            guard e.isResolved else { return nil }
            let types = [v.dataType] + list.map(\.dataType)
            if types.allSatisfy({ $0 == v.dataType }) { return nil }
            guard let t = types.dropFirst().reduce(Optional(v.dataType), { acc, x in acc.flatMap { comparisonType($0, x) } }) else {
                // Structs whose fields differ only in name compare as they are.
                if types.allSatisfy({ equalsStructurally($0, v.dataType) }) { return nil }
                throw SparkError("DATATYPE_MISMATCH.DATA_DIFF_TYPES", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: Input to `in` should all be the same type, but it's [\(types.map { "\"\($0.sqlName)\"" }.joined(separator: ", "))].")
            }
            return .inList(cast(v, t), list.map { cast($0, t) })
        case .cast(let c, let t, let m) where c.isResolved
            && !Cast.canCast(from: c.dataType, to: t, mode: m == .ansi && !ansi ? .legacy : m):
            // A cast Spark has no conversion for (`CAST(array(1) AS INT)`, `CAST(d AS INT)` of a date) fails analysis.
            throw Cast.mismatchError(c, to: t, mode: m)
        case .cast(let c, let t, let m) where m == .ansi && !ansi:
            return .cast(c, t, .legacy)
        default:
            return nil
        }
    }

    /// Whether a string literal compared with a column of `type` reads as a value of that type: any text for
    /// DOUBLE and FLOAT, an integer in range for the integral types.
    static func literalFits(_ text: String, _ type: DataType) -> Bool {
        if type == .double || type == .float { return true }
        guard type.isIntegral, let v = Int64(text.trimmingCharacters(in: .whitespaces)) else { return false }
        let (lo, hi, _) = Arithmetic.bounds(type)
        return v >= lo && v <= hi
    }

    /// Spark's `DataType.equalsStructurally` ignoring nullability: the same shape, field names aside.
    static func equalsStructurally(_ a: DataType, _ b: DataType) -> Bool {
        switch (a, b) {
        case (.array(let x, _), .array(let y, _)): return equalsStructurally(x, y)
        case (.map(let xk, let xv, _), .map(let yk, let yv, _)): return equalsStructurally(xk, yk) && equalsStructurally(xv, yv)
        case (.struct(let xs), .struct(let ys)):
            return xs.count == ys.count && zip(xs, ys).allSatisfy { equalsStructurally($0.dataType, $1.dataType) }
        default: return a == b
        }
    }

    static func comparisonType(_ a: DataType, _ b: DataType) -> DataType? {
        if a == b { return a }
        switch (a, b) {
        case (.string, .date), (.date, .string): return .date
        case (.string, .timestamp), (.timestamp, .string): return .timestamp
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case (.string, let n) where n.isNumeric: return n.isDecimal ? .double : (n.isFractional ? .double : .long)
        case (let n, .string) where n.isNumeric: return n.isDecimal ? .double : (n.isFractional ? .double : .long)
        default: return TypeCoercion.widerType(a, b)
        }
    }

    static func toDecimals(_ l: Expression, _ r: Expression, _ op: ArithmeticOperator) throws -> (Expression, Expression) {
        guard let lt = literalDecimal(l, beside: r) ?? l.dataType.asDecimal ?? (l.dataType == .null ? .decimal(precision: 10, scale: 0) : nil),
              let rt = literalDecimal(r, beside: l) ?? r.dataType.asDecimal ?? (r.dataType == .null ? .decimal(precision: 10, scale: 0) : nil) else {
            throw SparkError("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", "Cannot resolve \"(\(l.prettyName) \(op.rawValue) \(r.prettyName))\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"\(l.dataType.sqlName)\" and \"\(r.dataType.sqlName)\").")
        }
        return (cast(l, lt), cast(r, rt))
    }

    /// An integer literal beside a decimal takes only the digits it needs, so `1.0 / 3` divides by DECIMAL(1,0),
    /// not DECIMAL(10,0) (Spark's `spark.sql.legacy.literal.pickMinimumPrecision`, on by default).
    static func literalDecimal(_ e: Expression, beside other: Expression) -> DataType? {
        guard case .literal(.int(let v), let t) = e, t.isIntegral, other.dataType.isDecimal else { return nil }
        return .decimal(precision: String(v.magnitude).count, scale: 0)
    }

    static func mismatch(_ e: Expression, _ lt: DataType, _ rt: DataType) -> SparkError {
        if lt == rt {
            return SparkError("DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the binary operator requires the input type (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\"), not \"\(lt.sqlName)\".")
        }
        return SparkError("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"\(lt.sqlName)\" and \"\(rt.sqlName)\").")
    }

    /// Casts unless the type already matches; literals are cast in place.
    static func cast(_ e: Expression, _ t: DataType) -> Expression {
        if e.dataType == t { return e }
        if case .literal(.null, _) = e { return .literal(.null, t) }
        return .cast(e, t, .ansi)
    }
}
