/// Row evaluation of bound expressions (columns are `boundReference`s into the input row).
extension Expression {
    public func eval(_ row: [Value]) throws -> Value {
        switch self {
        case .literal(let v, _): return v
        case .boundReference(let i, _, _): return row[i]
        case .alias(let c, _, _): return try c.eval(row)
        case .arithmetic(let op, let l, let r, let mode):
            let a = try l.eval(row)
            if a.isNull { return .null }
            let b = try r.eval(row)
            if b.isNull { return .null }
            return try Arithmetic.evaluate(op, a, b, leftType: l.dataType, rightType: r.dataType, resultType: dataType, mode: mode)
        case .unaryMinus(let c, let mode):
            let v = try c.eval(row)
            return try Arithmetic.negate(v, type: c.dataType, mode: mode)
        case .comparison(let op, let l, let r):
            let a = try l.eval(row), b = try r.eval(row)
            if op == .equalNullSafe {
                if a.isNull || b.isNull { return .bool(a.isNull && b.isNull) }
                return .bool(ValueOrdering.compare(a, b) == 0)
            }
            if a.isNull || b.isNull { return .null }
            let c = ValueOrdering.compare(a, b)
            switch op {
            case .equal: return .bool(c == 0)
            case .lessThan: return .bool(c < 0)
            case .lessThanOrEqual: return .bool(c <= 0)
            case .greaterThan: return .bool(c > 0)
            case .greaterThanOrEqual: return .bool(c >= 0)
            case .equalNullSafe: return .bool(c == 0)
            }
        case .and(let l, let r):
            let a = try l.eval(row)
            if a == .bool(false) { return .bool(false) }
            let b = try r.eval(row)
            if b == .bool(false) { return .bool(false) }
            if a.isNull || b.isNull { return .null }
            return .bool(true)
        case .or(let l, let r):
            let a = try l.eval(row)
            if a == .bool(true) { return .bool(true) }
            let b = try r.eval(row)
            if b == .bool(true) { return .bool(true) }
            if a.isNull || b.isNull { return .null }
            return .bool(false)
        case .not(let c):
            let v = try c.eval(row)
            guard case .bool(let b) = v else { return .null }
            return .bool(!b)
        case .isNull(let c): return .bool(try c.eval(row).isNull)
        case .isNotNull(let c): return .bool(!(try c.eval(row).isNull))
        case .inList(let v, let list):
            // An empty list is false even for a null value (Spark 4; the legacy behaviour gave null).
            if list.isEmpty { return .bool(false) }
            let value = try v.eval(row)
            if value.isNull { return .null }
            var sawNull = false
            for item in list {
                let x = try item.eval(row)
                if x.isNull { sawNull = true; continue }
                if ValueOrdering.compare(value, x) == 0 { return .bool(true) }
            }
            return sawNull ? .null : .bool(false)
        case .caseWhen(let branches, let elseValue):
            for b in branches where try b.condition.eval(row) == .bool(true) {
                return try b.value.eval(row)
            }
            return try elseValue?.eval(row) ?? .null
        case .cast(let c, let t, let mode):
            let v = try c.eval(row)
            if v.isNull { return .null }
            return try Cast.evaluate(v, from: c.dataType, to: t, mode: mode)
        case .function(let f, let args):
            if f.isReplaceable { return try args.last?.eval(row) ?? .null }
            if let lazy = f.evaluateLazily { return try lazy(args.map { a in { try a.eval(row) } }) }
            var values: [Value] = []
            values.reserveCapacity(args.count)
            for a in args {
                let v = try a.eval(row)
                if f.nullIntolerant && v.isNull { return .null }
                values.append(v)
            }
            return try f.evaluate(values)
        case .pythonUDF(let udf, let args):
            return try udf.evaluate(try args.map { try $0.eval(row) }, args.map(\.dataType))
        case .sortOrder(let o): return try o.child.eval(row)
        case .higherOrderFunction(let f, let args): return try f.evaluate(args, row)
        case .attribute(let a), .outerReference(let a):
            throw SparkError.internalError("Unbound attribute \(a.explainName) evaluated.")
        default:
            throw SparkError.internalError("Cannot evaluate \(explainString) row by row.")
        }
    }

    /// Evaluates a predicate: only `true` keeps a row (null and false drop it).
    public func evalPredicate(_ row: [Value]) throws -> Bool {
        try eval(row) == .bool(true)
    }
}
