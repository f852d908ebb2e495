/// Typed loops for the expressions that dominate filters and aggregates: comparisons and arithmetic
/// on integers, doubles, dates and decimals of one scale, and three-valued boolean logic. Each returns
/// nil when the input types have no typed loop, and the caller falls back to element-wise evaluation.
enum ColumnKernels {
    struct Overflow: Error {}

    static func evaluate(_ e: Expression, _ inputs: [ColumnVector], count: Int) throws -> ColumnVector? {
        switch e {
        case .comparison(let op, let l, let r) where op != .equalNullSafe:
            return compare(op, inputs[0], inputs[1], sameFamily: family(l.dataType) == family(r.dataType), count: count)
        case .and: return logic(inputs[0], inputs[1], isAnd: true, count: count)
        case .or: return logic(inputs[0], inputs[1], isAnd: false, count: count)
        case .not:
            guard case .booleans(let a) = inputs[0].storage else { return nil }
            return ColumnVector(dataType: .boolean, storage: .booleans(a.map { !$0 }), validity: inputs[0].validity, count: count)
        case .isNull, .isNotNull:
            let wantNull = if case .isNull = e { true } else { false }
            let v = inputs[0]
            let flags = (0..<count).map { v.isNull($0) == wantNull }
            return ColumnVector(dataType: .boolean, storage: .booleans(flags), validity: nil, count: count)
        case .arithmetic(let op, _, _, .ansi):
            return try arithmetic(op, inputs[0], inputs[1], resultType: e.dataType, count: count)
        default:
            return nil
        }
    }

    @inline(__always) private static func fits64(_ x: Int128) -> Bool {
        x == Int128(Int64(truncatingIfNeeded: x))
    }

    /// Integral types compare as integers, DATE with DATE, TIMESTAMP with TIMESTAMP.
    private static func family(_ t: DataType) -> Int {
        switch t {
        case .byte, .short, .int, .long: 0
        case .date: 1
        case .timestamp: 2
        default: 3
        }
    }

    private static func compare(_ op: ComparisonOperator, _ l: ColumnVector, _ r: ColumnVector, sameFamily: Bool, count: Int) -> ColumnVector? {
        let validity = Validity.both(l.validity, r.validity)
        func result(_ flags: [Bool]) -> ColumnVector {
            ColumnVector(dataType: .boolean, storage: .booleans(flags), validity: validity, count: count)
        }
        switch (l.storage, r.storage) {
        case (.longs(let a), .longs(let b)) where sameFamily:
            return result(compareLoop(op, a, b, count: count))
        case (.doubles(let a), .doubles(let b)):
            // Spark's order: NaN equals NaN and is larger than every other value; -0.0 equals 0.0.
            if a.contains(where: \.isNaN) || b.contains(where: \.isNaN) { return nil }
            return result(compareLoop(op, a, b, count: count))
        case (.decimals(let a), .decimals(let b)) where l.dataType.decimalScale == r.dataType.decimalScale:
            return result(compareLoop(op, a, b, count: count))
        default:
            return nil
        }
    }

    private static func compareLoop<T: Comparable>(_ op: ComparisonOperator, _ a: [T], _ b: [T], count: Int) -> [Bool] {
        switch op {
        case .equal, .equalNullSafe: (0..<count).map { a[$0] == b[$0] }
        case .lessThan: (0..<count).map { a[$0] < b[$0] }
        case .lessThanOrEqual: (0..<count).map { a[$0] <= b[$0] }
        case .greaterThan: (0..<count).map { a[$0] > b[$0] }
        case .greaterThanOrEqual: (0..<count).map { a[$0] >= b[$0] }
        }
    }

    /// SQL's three-valued AND and OR: false AND null is false, true OR null is true.
    private static func logic(_ l: ColumnVector, _ r: ColumnVector, isAnd: Bool, count: Int) -> ColumnVector? {
        guard case .booleans(let a) = l.storage, case .booleans(let b) = r.storage else { return nil }
        if l.validity == nil && r.validity == nil {
            let flags = isAnd ? (0..<count).map { a[$0] && b[$0] } : (0..<count).map { a[$0] || b[$0] }
            return ColumnVector(dataType: .boolean, storage: .booleans(flags), validity: nil, count: count)
        }
        var out = ColumnVectorBuilder(.boolean, capacity: count)
        let decisive = !isAnd
        for i in 0..<count {
            let x: Bool? = l.isNull(i) ? nil : a[i]
            let y: Bool? = r.isNull(i) ? nil : b[i]
            if x == decisive || y == decisive { out.append(.bool(decisive)) }
            else if x == nil || y == nil { out.appendNull() }
            else { out.append(.bool(!decisive)) }
        }
        return out.build()
    }

    private static func arithmetic(_ op: ArithmeticOperator, _ l: ColumnVector, _ r: ColumnVector, resultType: DataType, count: Int) throws -> ColumnVector? {
        let validity = Validity.both(l.validity, r.validity)
        switch (l.storage, r.storage, resultType) {
        case (.longs(let a), .longs(let b), .long), (.longs(let a), .longs(let b), .int):
            guard l.dataType.isIntegral, r.dataType.isIntegral else { return nil }
            let (lo, hi): (Int64, Int64) = resultType == .int ? (Int64(Int32.min), Int64(Int32.max)) : (.min, .max)
            var out = [Int64](repeating: 0, count: count)
            for i in 0..<count where validity?.isValid(i) ?? true {
                let (v, overflow): (Int64, Bool) = switch op {
                case .add: a[i].addingReportingOverflow(b[i])
                case .subtract: a[i].subtractingReportingOverflow(b[i])
                case .multiply: a[i].multipliedReportingOverflow(by: b[i])
                default: (0, true)
                }
                if overflow || v < lo || v > hi { throw Overflow() }
                out[i] = v
            }
            return ColumnVector(dataType: resultType, storage: .longs(out), validity: validity, count: count)
        case (.decimals(let a), .decimals(let b), .decimal(let p, let s)):
            // Spark's decimal add, subtract and multiply: exact at the wider scale, then rounded HALF_UP to the
            // result's scale; a result beyond its precision fails (and the row-by-row rerun names it).
            guard [.add, .subtract, .multiply].contains(op), let sa = l.dataType.decimalScale, let sb = r.dataType.decimalScale else { return nil }
            let scale = op == .multiply ? sa + sb : max(sa, sb)
            let factorA = Decimal128.pow10(scale - sa), factorB = Decimal128.pow10(scale - sb)
            let largest = Decimal128.maxUnscaled(precision: p).magnitude
            var out = [Int128](repeating: 0, count: count)
            for i in 0..<count where validity?.isValid(i) ?? true {
                var exact: Int128
                if op == .multiply {
                    // Two factors of 64 bits cannot overflow 128: no check needed.
                    if Self.fits64(a[i]) && Self.fits64(b[i]) {
                        exact = a[i] &* b[i]
                    } else {
                        let (v, o) = a[i].multipliedReportingOverflow(by: b[i])
                        if o { throw Overflow() }
                        exact = v
                    }
                } else {
                    var (x, y) = (a[i], b[i]), o = false
                    if factorA != 1 { (x, o) = x.multipliedReportingOverflow(by: factorA) }
                    if o { throw Overflow() }
                    if factorB != 1 { (y, o) = y.multipliedReportingOverflow(by: factorB) }
                    if o { throw Overflow() }
                    (exact, o) = op == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
                    if o { throw Overflow() }
                }
                if scale != s {
                    guard let v = Decimal128.rescale(exact, from: scale, to: s) else { throw Overflow() }
                    exact = v
                }
                guard exact.magnitude <= largest else { throw Overflow() }
                out[i] = exact
            }
            return ColumnVector(dataType: resultType, storage: .decimals(out), validity: validity, count: count)
        case (.doubles(let a), .doubles(let b), .double):
            var out = [Double](repeating: 0, count: count)
            switch op {
            case .add: for i in 0..<count { out[i] = a[i] + b[i] }
            case .subtract: for i in 0..<count { out[i] = a[i] - b[i] }
            case .multiply: for i in 0..<count { out[i] = a[i] * b[i] }
            case .divide:
                for i in 0..<count where validity?.isValid(i) ?? true {
                    if b[i] == 0 { throw Overflow() }
                    out[i] = a[i] / b[i]
                }
            default: return nil
            }
            return ColumnVector(dataType: .double, storage: .doubles(out), validity: validity, count: count)
        default:
            return nil
        }
    }
}
