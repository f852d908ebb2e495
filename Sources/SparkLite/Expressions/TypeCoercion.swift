/// Spark 4's ANSI type coercion (`AnsiTypeCoercion`): the common type of two or more types and the
/// implicit casts the analyzer inserts for operators, CASE, IN, UNION, coalesce and function arguments.
public enum TypeCoercion {
    /// Spark's `findWiderTypeForTwo`: `int, bigint → bigint`, `int, decimal(5,2) → decimal(12,2)`,
    /// `double, decimal → double`, `string, int → bigint`, `date, string → date`, nil when there is none.
    public static func widerType(_ a: DataType, _ b: DataType) -> DataType? {
        tightestCommonType(a, b)
            ?? widerDecimalType(a, b)
            ?? widerTypeWithString(a, b)
            ?? complexType(a, b, widerType)
    }

    /// Spark's `findWiderTypeWithoutStringPromotion`, used by `greatest` and `least`: `greatest(1, '2')` has no common type.
    public static func widerTypeWithoutStringPromotion(_ types: [DataType]) -> DataType? {
        func two(_ a: DataType, _ b: DataType) -> DataType? {
            tightestCommonType(a, b) ?? widerDecimalType(a, b) ?? complexType(a, b, two)
        }
        var result: DataType = .null
        for t in types {
            guard let next = two(result, t) else { return nil }
            result = next
        }
        return result
    }

    /// Spark's `AnsiTypeCoercion.findWiderCommonType`: a left fold of `widerType`, so (as in Spark)
    /// `coalesce(1, 1.5, 'a')` is double while `coalesce('a', 1, 1.5)` is decimal(21,1).
    public static func widerType(_ types: [DataType]) -> DataType? {
        var result: DataType = .null
        for t in types {
            guard let next = widerType(result, t) else { return nil }
            result = next
        }
        return result
    }

    /// The argument cast to `to` when Spark would cast it implicitly (`AnsiTypeCoercion.implicitCast`);
    /// the expression itself when it already has the type; nil when no implicit cast exists.
    public static func implicitCast(_ e: Expression, to: DataType) -> Expression? {
        let from = e.dataType
        if from == to { return e }
        guard canImplicitlyCast(from, to) else { return nil }
        return .cast(e, to, .ansi)
    }

    /// Whether ANSI coercion converts `from` to `to` when a function expects exactly `to`: strings to any atomic type,
    /// atomic values to string, any numeric to any numeric (`Cast.canANSIStoreAssign`: `substring(s, 1.5)` works,
    /// overflow is checked when the value is cast), date to timestamp.
    public static func canImplicitlyCast(_ from: DataType, _ to: DataType) -> Bool {
        if from == to { return true }
        switch (from, to) {
        case (.null, _):
            return true
        case (.string, .array), (.string, .map), (.string, .struct), (.string, .null):
            return false
        case (.string, _):
            return true
        case (let f, .string) where isAtomic(f):
            return true
        case (let f, let t) where f.isNumeric && t.isNumeric:
            return true
        case (.date, .timestamp):
            return true
        case (.array(let fe, _), .array(let te, _)):
            return canImplicitlyCast(fe, te)
        case (.map(let fk, let fv, _), .map(let tk, let tv, _)):
            return canImplicitlyCast(fk, tk) && canImplicitlyCast(fv, tv)
        case (.struct(let ff), .struct(let tf)):
            return ff.count == tf.count && zip(ff, tf).allSatisfy { canImplicitlyCast($0.dataType, $1.dataType) }
        default:
            return false
        }
    }

    /// The decimal type an operand takes in decimal arithmetic (`DecimalPrecision`): decimals keep theirs, an integer
    /// literal needs only its digits (`3` is decimal(1,0)), another integral its full range (int is decimal(10,0)).
    /// Nil for operands that are not decimal or integral.
    public static func decimalOperandType(_ e: Expression) -> DataType? {
        let t = e.dataType
        if t.isDecimal { return t }
        guard t.isIntegral else { return nil }
        if case .literal(.int(let v), _) = e {
            return .decimal(precision: max(1, String(v.magnitude).count), scale: 0)
        }
        return t.asDecimal
    }

    // MARK: - The steps of findWiderTypeForTwo

    /// Spark's `findTightestCommonType`: no precision is lost.
    static func tightestCommonType(_ a: DataType, _ b: DataType) -> DataType? {
        if a == b { return a }
        switch (a, b) {
        case (.null, let t), (let t, .null):
            return t
        case (let i, .decimal) where i.isIntegral:
            return decimalIsWider(b, than: i) ? b : nil
        case (.decimal, let i) where i.isIntegral:
            return decimalIsWider(a, than: i) ? a : nil
        case (let x, let y) where x.isNumeric && y.isNumeric && !x.isDecimal && !y.isDecimal:
            guard let rx = x.numericRank, let ry = y.numericRank else { return nil }
            // An integral meeting a float becomes double, so no integral digits are lost.
            let wider = rx >= ry ? x : y
            return wider == .float ? .double : wider
        case (.date, .timestamp), (.timestamp, .date):
            return .timestamp
        // Intervals of one kind widen to span both field ranges (`INTERVAL HOUR` and `INTERVAL DAY`: DAY TO HOUR).
        case (.dayTimeInterval(let s1, let e1), .dayTimeInterval(let s2, let e2)):
            return .dayTimeInterval(start: min(s1, s2), end: max(e1, e2))
        case (.yearMonthInterval(let s1, let e1), .yearMonthInterval(let s2, let e2)):
            return .yearMonthInterval(start: min(s1, s2), end: max(e1, e2))
        default:
            return complexType(a, b, tightestCommonType)
        }
    }

    /// Spark's `findWiderTypeForDecimal`: decimals widen to hold both ranges; a float or double wins over a decimal.
    static func widerDecimalType(_ a: DataType, _ b: DataType) -> DataType? {
        switch (a, b) {
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            return boundedWiderDecimal(p1, s1, p2, s2)
        case (let i, .decimal(let p2, let s2)) where i.isIntegral:
            guard case .decimal(let p1, let s1)? = i.asDecimal else { return nil }
            return boundedWiderDecimal(p1, s1, p2, s2)
        case (.decimal(let p1, let s1), let i) where i.isIntegral:
            guard case .decimal(let p2, let s2)? = i.asDecimal else { return nil }
            return boundedWiderDecimal(p1, s1, p2, s2)
        case (let f, .decimal) where f.isFractional:
            return .double
        case (.decimal, let f) where f.isFractional:
            return .double
        default:
            return nil
        }
    }

    /// Spark's `DecimalPrecision.widerDecimalType`; beyond 38 digits the integral digits are kept and the
    /// scale shrinks (`boundedPreferIntegralDigits`): decimal(38,2) and decimal(38,20) meet as decimal(38,2).
    static func boundedWiderDecimal(_ p1: Int, _ s1: Int, _ p2: Int, _ s2: Int) -> DataType {
        let scale = max(s1, s2)
        let precision = max(p1 - s1, p2 - s2) + scale
        if precision <= DataType.maxDecimalPrecision { return .decimal(precision: precision, scale: scale) }
        return .decimal(precision: DataType.maxDecimalPrecision, scale: max(0, scale - (precision - DataType.maxDecimalPrecision)))
    }

    /// ANSI's string promotion: a string meets an integral as bigint, a fraction as double, any other atomic type as that type.
    static func widerTypeWithString(_ a: DataType, _ b: DataType) -> DataType? {
        func promote(_ other: DataType) -> DataType? {
            if other.isIntegral { return .long }
            if other.isFractional || other.isDecimal { return .double }
            if other.isDayTimeInterval || other.isYearMonthInterval { return nil }
            if isAtomic(other) { return other }
            return nil
        }
        if a == .string { return promote(b) }
        if b == .string { return promote(a) }
        return nil
    }

    /// Spark's `findTypeForComplex`: arrays, maps and structs of the same shape, element types merged with `merge`.
    static func complexType(_ a: DataType, _ b: DataType, _ merge: (DataType, DataType) -> DataType?) -> DataType? {
        switch (a, b) {
        case (.array(let e1, let n1), .array(let e2, let n2)):
            return merge(e1, e2).map { .array(element: $0, containsNull: n1 || n2) }
        case (.map(let k1, let v1, let n1), .map(let k2, let v2, let n2)):
            guard let k = merge(k1, k2), let v = merge(v1, v2) else { return nil }
            return .map(key: k, value: v, valueContainsNull: n1 || n2)
        case (.struct(let f1), .struct(let f2)):
            guard f1.count == f2.count else { return nil }
            var fields: [StructField] = []
            for (x, y) in zip(f1, f2) {
                guard x.name.lowercased() == y.name.lowercased(), let t = merge(x.dataType, y.dataType) else { return nil }
                fields.append(StructField(x.name, t, nullable: x.nullable || y.nullable))
            }
            return .struct(fields)
        default:
            return nil
        }
    }

    // MARK: - Helpers

    /// `DecimalType.isWiderThan` for an integral type: the decimal holds every value of it.
    static func decimalIsWider(_ d: DataType, than i: DataType) -> Bool {
        guard case .decimal(let p, let s) = d, case .decimal(let ip, let iscale)? = i.asDecimal else { return false }
        return p - s >= ip - iscale && s >= iscale
    }

    /// Numeric conversions that never lose range: up the precedence byte < short < int < bigint < float < double,
    /// integral into a decimal that holds it, decimal into a wider decimal or into float/double.
    static func isNumericWidening(_ from: DataType, _ to: DataType) -> Bool {
        switch (from, to) {
        case (let i, .decimal) where i.isIntegral:
            return decimalIsWider(to, than: i)
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            return p2 - s2 >= p1 - s1 && s2 >= s1
        case (.decimal, let f) where f.isFractional:
            return true
        case (let f, .decimal) where f.isFractional:
            return false
        default:
            guard let rf = from.numericRank, let rt = to.numericRank else { return false }
            return rt > rf
        }
    }

    static func isAtomic(_ t: DataType) -> Bool {
        switch t {
        case .array, .map, .struct, .null: false
        default: true
        }
    }

}
