/// The optimizer: batches of rules run to a fixed point. Rules are added in `Optimizer/Rules/`.
struct Optimizer {
    func execute(_ plan: LogicalPlan) -> LogicalPlan {
        // As Spark's batches: the operator rules to a fixed point, filters inferred once, the operator rules
        // again to push and merge them.
        let settled = Self.fixedPoint(InferFiltersFromConstraints.apply(Self.fixedPoint(plan)))
        // Spark's later batches: distinct aggregates over several argument sets become an Expand and two
        // aggregates; Python UDFs move into their own evaluation step once the plan is settled.
        return ExtractPythonUDFs.apply(RewriteDistinctAggregates.apply(settled))
    }

    private static func fixedPoint(_ plan: LogicalPlan) -> LogicalPlan {
        var current = plan
        for _ in 0..<100 {
            let next = rules.reduce(current) { p, rule in rule(p) }
            if ExplainFormatter.logicalTree(next) == ExplainFormatter.logicalTree(current) { break }
            current = next
        }
        return current
    }

    /// The rules in order; the first removes operators that only exist for analysis.
    static let rules: [@Sendable (LogicalPlan) -> LogicalPlan] = [
        EliminateResolvedHint.apply,
        { $0.transformUp { if case .subqueryAlias(_, let c) = $0 { return c } else { return nil } } },
        ReplaceExpressions.apply,
        RewritePredicateSubquery.apply,
        RewriteSetOperationsAll.apply,
        CollapseProject.apply,
        CombineFilters.apply,
        PushPredicateThroughNonJoin.apply,
        EliminateOuterJoin.apply,
        PushPredicateThroughJoin.apply,
        PushProjectionThroughLimit.apply,
        ColumnPruning.apply,
        TransposeWindow.apply,
        RemoveNoopOperators.apply,
        RemoveRedundantAliases.apply,
        CollapseRepartition.apply,
        EliminateSorts.apply,
        ConstantFolding.apply,
        DecimalAggregates.apply,
        PruneFilters.apply,
        PropagateEmptyRelation.apply,
    ]
}
