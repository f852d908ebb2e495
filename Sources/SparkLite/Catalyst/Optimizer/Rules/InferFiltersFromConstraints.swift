/// Spark's `InferFiltersFromConstraints`: a filter gains the `isnotnull(c)` checks its condition implies
/// (`Filter (isnotnull(salary#3) AND (salary#3 > 1000))`), and each side of a join gains the predicates
/// the other side and the join condition imply for it — `isnotnull` on the keys of an inner or semi join,
/// `b.k > 5` from `a.k = b.k` and `a.k > 5` — so rows that cannot match are dropped before the shuffle.
/// Runs once, after the other rules; they then push the new filters down and merge them.
enum InferFiltersFromConstraints {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .filter(let condition, let child):
                guard condition.deterministic else { return nil }
                let existing = Constraints.of(child).union(ExpressionSet(JoinKeys.conjuncts(condition)))
                let added = Constraints.of(p).subtracting(existing)
                guard let first = added.items.first else { return nil }
                return .filter(.and(added.items.dropFirst().reduce(first) { .and($0, $1) }, condition), child)
            case .join(let l, let r, let type, let condition, let hint):
                guard condition?.deterministic ?? true else { return nil }
                let base = Constraints.of(l).union(Constraints.of(r)).union(ExpressionSet(condition.map(Constraints.predicates) ?? []))
                let all = base.union(Constraints.inferAdditional(base))
                var left = l, right = r
                switch type {
                case .inner, .cross, .leftSemi:
                    left = withInferredFilter(l, all)
                    right = withInferredFilter(r, all)
                case .rightOuter:
                    left = withInferredFilter(l, all)
                case .leftOuter, .leftAnti:
                    right = withInferredFilter(r, all)
                case .fullOuter, .existence, .leftSingle:
                    // Spark infers nothing for a left single join.
                    return nil
                }
                return .join(left, right, type, condition: condition, hint: hint)
            default:
                return nil
            }
        }
    }

    /// `plan` under a filter of the constraints it lacks among those given (over its own columns only).
    private static func withInferredFilter(_ plan: LogicalPlan, _ constraints: ExpressionSet) -> LogicalPlan {
        let outputIds = Set(plan.output.map(\.exprId))
        let candidates = constraints.union(Constraints.isNotNullConstraints(constraints, output: plan.output)).filter { c in
            let refs = c.referenceIds
            return !refs.isEmpty && refs.isSubset(of: outputIds) && c.deterministic && !c.containsCorrelatedSubquery
        }
        let added = candidates.subtracting(Constraints.of(plan))
        guard let first = added.items.first else { return plan }
        return .filter(added.items.dropFirst().reduce(first) { .and($0, $1) }, plan)
    }
}
