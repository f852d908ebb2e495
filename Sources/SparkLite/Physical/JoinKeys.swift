/// Splits a join condition into equi-join keys (`l.a = r.b` conjuncts) and the remaining condition
/// (Spark's `ExtractEquiJoinKeys`).
enum JoinKeys {
    static func extract(_ condition: Expression?, left: [AttributeReference], right: [AttributeReference])
        -> ([Expression], [Expression], Expression?) {
        guard let condition else { return ([], [], nil) }
        let leftIds = Set(left.map(\.exprId)), rightIds = Set(right.map(\.exprId))
        var lk: [Expression] = [], rk: [Expression] = [], rest: [Expression] = []
        for c in conjuncts(condition) {
            if case .comparison(let op, let a, let b) = c, op == .equal || op == .equalNullSafe {
                let ra = a.referenceIds, rb = b.referenceIds
                var pair: (Expression, Expression)?
                if !ra.isEmpty, !rb.isEmpty, ra.isSubset(of: leftIds), rb.isSubset(of: rightIds) { pair = (a, b) }
                if !ra.isEmpty, !rb.isEmpty, ra.isSubset(of: rightIds), rb.isSubset(of: leftIds) { pair = (b, a) }
                if let (l, r) = pair {
                    if op == .equal {
                        lk.append(l); rk.append(r)
                    } else {
                        // Null-safe keys match nulls: Spark joins on (coalesce(k, default), isnull(k)).
                        lk += [nullSafeKey(l), .isNull(l)]
                        rk += [nullSafeKey(r), .isNull(r)]
                    }
                    continue
                }
            }
            rest.append(c)
        }
        let remaining = rest.isEmpty ? nil : rest.dropFirst().reduce(rest[0]) { .and($0, $1) }
        return (lk, rk, remaining)
    }

    static func nullSafeKey(_ e: Expression) -> Expression {
        let fallback: Value = switch e.dataType {
        case .boolean: .bool(false)
        case .string: .string("")
        case .double, .float: .double(0)
        case .decimal(_, let s): .decimal(0, scale: s)
        case .date: .date(0)
        case .timestamp: .timestamp(0)
        default: .int(0)
        }
        return .function(ScalarFunction.coalesce(e.dataType, nullable: false), [e, .literal(fallback, e.dataType)])
    }

    static func conjuncts(_ e: Expression) -> [Expression] {
        if case .and(let a, let b) = e { return conjuncts(a) + conjuncts(b) }
        return [e]
    }
}
