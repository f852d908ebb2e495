/// Spark's `InferWindowGroupLimit`: a filter that keeps `rank()`, `dense_rank()` or `row_number()` of a
/// window at or below a constant (`r <= 2`, `r < 3`, `r = 1`, alone or ANDed with other conditions) only
/// ever keeps the first rows of each partition-key group, so those rows are selected before the window
/// runs: a `WindowGroupLimit` under the window (planned before and after the shuffle), or, for
/// `row_number()` without partition keys, a top-n sort (`TakeOrderedAndProject`). A limit below 1 makes
/// the filter an empty relation.
///
/// Spark only does so when every function of the window grows over its rows in order (its frame is
/// ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW and it does not need the partition's size, as
/// `percent_rank`, `cume_dist` and `ntile` do), when the limit is at most
/// `spark.sql.optimizer.windowGroupLimitThreshold` (1000; -1 turns the rule off) and when the window's
/// input may hold more rows than the limit.
enum InferWindowGroupLimit {
    static func apply(_ plan: LogicalPlan, conf: SQLConf) -> LogicalPlan {
        let threshold = Int(conf.get("spark.sql.optimizer.windowGroupLimitThreshold") ?? "") ?? 1000
        if threshold == -1 { return plan }
        let topKSortFallback = Int(conf.get("spark.sql.execution.topKSortFallbackThreshold") ?? "") ?? Int(Int32.max) - 15
        return plan.transformDown { p in
            guard case .filter(let condition, .window(let exprs, let partitionSpec, let orderSpec, let child)) = p,
                  !orderSpec.isEmpty, exprs.allSatisfy(isExpanding) else { return nil }
            if case .windowGroupLimit = child { return nil }
            let conjuncts = JoinKeys.conjuncts(condition)
            let limits: [(limit: Int, function: Expression)] = exprs.compactMap { e in
                guard case .alias(.window(let function, _), _, let id) = e, isRankLike(function),
                      let limit = limit(in: conjuncts, of: id) else { return nil }
                return (limit, function)
            }
            // row_number() is the cheapest to limit by, so it wins over rank-like functions with lower limits.
            let rowNumberLimits = limits.filter { if case .windowFunction(.rowNumber, _) = $0.function { true } else { false } }
            let candidates = rowNumberLimits.isEmpty ? limits : rowNumberLimits
            guard let chosen = candidates.min(by: { $0.limit < $1.limit }), chosen.limit <= threshold,
                  child.maxRows.map({ $0 > Int64(chosen.limit) }) ?? true else { return nil }
            if chosen.limit <= 0 { return PropagateEmptyRelation.empty(p.output) }
            let limited: LogicalPlan
            if case .windowFunction(.rowNumber, _) = chosen.function, partitionSpec.isEmpty, chosen.limit < topKSortFallback {
                limited = .limit(chosen.limit, .sort(orderSpec, global: true, child))
            } else {
                limited = .windowGroupLimit(partitionSpec: partitionSpec, orderSpec: orderSpec, rankLikeFunction: chosen.function,
                                            limit: chosen.limit, child)
            }
            return .filter(condition, .window(windowExpressions: exprs, partitionSpec: partitionSpec, orderSpec: orderSpec, limited))
        }
    }

    private static func isRankLike(_ function: Expression) -> Bool {
        guard case .windowFunction(let kind, _) = function else { return false }
        return [.rank, .denseRank, .rowNumber].contains(kind)
    }

    /// Whether a window expression's value for a row depends only on the rows before it and itself.
    private static func isExpanding(_ e: Expression) -> Bool {
        guard case .alias(.window(let function, let spec), _, _) = e,
              (spec.frame ?? function.defaultWindowFrame(spec)) == .rowsToCurrent else { return false }
        if case .windowFunction(let kind, _) = function, [.percentRank, .cumeDist, .ntile].contains(kind) { return false }
        return true
    }

    /// The smallest limit the conjuncts put on the window result `id`: `r = n`, `r <= n` and `r < n + 1`,
    /// in either operand order, with an INT literal n.
    private static func limit(in conjuncts: [Expression], of id: ExprId) -> Int? {
        func isResult(_ e: Expression) -> Bool {
            if case .attribute(let a) = e { return a.exprId == id }
            return false
        }
        func intLiteral(_ e: Expression) -> Int? {
            if case .literal(.int(let v), .int) = e { return Int(v) }
            return nil
        }
        let limits = conjuncts.compactMap { c -> Int? in
            guard case .comparison(let op, let l, let r) = c else { return nil }
            switch op {
            case .equal:
                if isResult(l), let n = intLiteral(r) { return n }
                if isResult(r), let n = intLiteral(l) { return n }
            case .lessThan:
                if isResult(l), let n = intLiteral(r) { return n - 1 }
            case .greaterThan:
                if isResult(r), let n = intLiteral(l) { return n - 1 }
            case .lessThanOrEqual:
                if isResult(l), let n = intLiteral(r) { return n }
            case .greaterThanOrEqual:
                if isResult(r), let n = intLiteral(l) { return n }
            case .equalNullSafe:
                break
            }
            return nil
        }
        return limits.min()
    }
}
