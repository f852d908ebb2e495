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

/// Spark's size estimates for join selection: a `createDataFrame` table has none (never auto-broadcast).
enum SizeEstimation {
    static func sizeInBytes(_ plan: LogicalPlan) -> Int64? {
        switch plan {
        case .localRelation(let data, let output):
            switch data.origin {
            case .existingRDD: return nil
            case .localTable: return Int64(data.rowCount * output.reduce(8) { $0 + $1.dataType.defaultSize })
            case .file(_, _, let size): return Int64(size)
            }
        case .range(let start, let end, let step, _, _):
            return step == 0 ? 0 : max(0, (end - start) / step) * 8
        case .oneRowRelation: return 1
        case .inMemoryRelation(let relation, _): return sizeInBytes(relation.plan)
        case .limit(let n, let child):
            // A limit has a size estimate even over a relation without one.
            let rowSize = child.output.reduce(8) { $0 + $1.dataType.defaultSize }
            return Int64(n) * Int64(rowSize)
        case .join(let l, let r, _, _, _):
            guard let a = sizeInBytes(l), let b = sizeInBytes(r) else { return nil }
            return a.multipliedReportingOverflow(by: max(b, 1)).overflow ? nil : a * max(b, 1)
        default:
            let sizes = plan.children.map(sizeInBytes)
            if sizes.contains(where: { $0 == nil }) { return nil }
            return sizes.compactMap { $0 }.reduce(0, +)
        }
    }
}
