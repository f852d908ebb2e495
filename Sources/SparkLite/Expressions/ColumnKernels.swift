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
        case .function(let f, _) where inputs.count == 1:
            guard let kernel = f.wordKernel, inputs[0].dataType == kernel.input, case .longs(let a) = inputs[0].storage else { return nil }
            return ColumnVector(dataType: f.dataType, storage: .longs(a.map(kernel.apply)), validity: inputs[0].validity, count: count)
        case .inList(_, let list) where !list.isEmpty:
            var literals: [Value] = []
            for item in list {
                guard case .literal(let x, _) = item else { return nil }
                literals.append(x)
            }
            return inList(inputs[0], literals, count: count)
        case .caseWhen(let branches, let elseValue):
            return caseWhen(conditions: stride(from: 0, to: 2 * branches.count, by: 2).map { inputs[$0] },
                            values: stride(from: 1, to: 2 * branches.count, by: 2).map { inputs[$0] },
                            otherwise: elseValue == nil ? nil : inputs[2 * branches.count], type: e.dataType, count: count)
        default:
            return nil
        }
    }

    /// `v IN (literals)` for integers, dates, timestamps and doubles, by a set of words: null for a null
    /// value, and for a value not found when the list holds a null (three-valued logic, as row by row).
    private static func inList(_ v: ColumnVector, _ literals: [Value], count: Int) -> ColumnVector? {
        let sawNull = literals.contains(.null)
        let items = literals.filter { !$0.isNull }
        var found: [Bool]
        switch v.storage {
        case .longs(let a) where family(v.dataType) < 3:
            // Each literal must be the value its word stands for in this column (same type after coercion).
            var words = Set<Int64>()
            for x in items {
                guard let w = x.int64Value, ColumnVector.longValue(w, v.dataType) == x else { return nil }
                words.insert(w)
            }
            found = a.map { words.contains($0) }
        case .doubles(let a):
            // Spark's equality: NaN equals NaN, -0.0 equals 0.0.
            var words = Set<UInt64>()
            for x in items {
                guard case .double(let d) = x else { return nil }
                words.insert(ValueOrdering.normalizedBits(d))
            }
            found = a.map { words.contains(ValueOrdering.normalizedBits($0)) }
        default:
            return nil
        }
        let validity = sawNull ? Validity.of((0..<count).lazy.map { found[$0] && !v.isNull($0) }) : v.validity
        if validity != nil { for i in 0..<count where v.isNull(i) { found[i] = false } }
        return ColumnVector(dataType: .boolean, storage: .booleans(found), validity: validity, count: count)
    }

    /// `CASE WHEN c1 THEN v1 ... ELSE e END` over vectors: each row takes the value of its first true
    /// condition (a null condition is not true), else the ELSE value, else null.
    private static func caseWhen(conditions: [ColumnVector], values: [ColumnVector], otherwise: ColumnVector?, type: DataType,
                                 count: Int) -> ColumnVector? {
        var flags: [[Bool]] = []
        for c in conditions {
            guard case .booleans(let b) = c.storage else { return nil }
            flags.append(c.validity == nil ? b : b.indices.map { b[$0] && !c.isNull($0) })
        }
        let choices = values + (otherwise.map { [$0] } ?? [])
        var builder = ColumnVectorBuilder(type, capacity: count)
        for i in 0..<count {
            var k = 0
            while k < flags.count && !flags[k][i] { k += 1 }
            if k < choices.count { builder.append(choices[k], at: i) } else { builder.appendNull() }
        }
        return builder.build()
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
