/// Spark's `ReplaceIntersectWithSemiJoin` and `ReplaceExceptWithAntiJoin`: `INTERSECT` (`EXCEPT`) without
/// ALL is the distinct rows of a left semi (anti) join on null-safe equality of every column. Done at the
/// start of optimization, so the other rules see the join and the aggregate (a constant column selected
/// above merges into that aggregate).
enum ReplaceSetOperationsWithJoins {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .intersect(let l, let r, false) where !sharesColumns(l, r): distinctJoin(l, r, .leftSemi)
            case .except(let l, let r, false) where !sharesColumns(l, r): distinctJoin(l, r, .leftAnti)
            default: nil
            }
        }
    }

    /// Whether both sides output a column with the same id (both select it from one DataFrame, as in
    /// `df.select("a").intersect(df.filter(...).select("a"))`): the join condition could not tell the sides
    /// apart, so such a pair is replaced only when planned.
    private static func sharesColumns(_ left: LogicalPlan, _ right: LogicalPlan) -> Bool {
        !Set(left.output.map(\.exprId)).isDisjoint(with: right.output.map(\.exprId))
    }

    static func distinctJoin(_ left: LogicalPlan, _ right: LogicalPlan, _ type: JoinType) -> LogicalPlan {
        let condition = zip(left.output, right.output).map { Expression.comparison(.equalNullSafe, .attribute($0), .attribute($1)) }
            .reduce(nil as Expression?) { acc, e in acc.map { .and($0, e) } ?? e }
        return .distinct(.join(left, right, type, condition: condition, hint: .none))
    }
}
