/// The optimizer: batches of rules run to a fixed point. Rules are added in `Optimizer/Rules/`.
struct Optimizer {
    func execute(_ plan: LogicalPlan) -> LogicalPlan {
        var current = plan
        for _ in 0..<100 {
            let next = Self.rules.reduce(current) { p, rule in rule(p) }
            if ExplainFormatter.logicalTree(next) == ExplainFormatter.logicalTree(current) { return next }
            current = next
        }
        return current
    }

    /// Removes operators that only exist for analysis.
    static let rules: [@Sendable (LogicalPlan) -> LogicalPlan] = [
        { $0.transformUp { if case .subqueryAlias(_, let c) = $0 { return c } else { return nil } } },
        RewritePredicateSubquery.apply,
        CollapseProject.apply,
        EliminateSorts.apply,
    ]
}
