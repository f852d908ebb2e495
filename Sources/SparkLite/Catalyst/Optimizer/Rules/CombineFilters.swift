/// Spark's `CombineFilters`: a filter over a filter becomes one, the lower condition first
/// (`Filter ((age#6 > 25) AND (salary#3 < 9000))`); conjuncts the lower one already has are dropped.
enum CombineFilters {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformDown { p in
            guard case .filter(let upper, .filter(let lower, let grandChild)) = p,
                  upper.deterministic, lower.deterministic else { return nil }
            let known = ExpressionSet(JoinKeys.conjuncts(lower))
            let added = JoinKeys.conjuncts(upper).filter { !known.contains($0) }
            guard let first = added.first else { return .filter(lower, grandChild) }
            return .filter(.and(lower, added.dropFirst().reduce(first) { .and($0, $1) }), grandChild)
        }
    }
}
