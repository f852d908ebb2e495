/// The optimizer: batches of rules run to a fixed point. Rules are added in `Optimizer/Rules/`.
struct Optimizer {
    /// The session's settings, for the rules that depend on them.
    var conf = SQLConf()

    func execute(_ plan: LogicalPlan) -> LogicalPlan {
        // As Spark's batches: the operator rules to a fixed point, filters inferred once, the operator rules
        // again to push and merge them.
        let inferred = InferFiltersFromConstraints.apply(InferFiltersFromGenerate.apply(Self.fixedPoint(plan)))
        let settled = Self.fixedPoint(inferred)
        // Spark's "Push extra predicate through join" batch: one-sided parts of join conditions become
        // filters, pushed down to the scans.
        let extra = Self.fixedPoint(PushExtraPredicateThroughJoin.apply(settled),
                                    rules: [CombineFilters.apply, PushPredicateThroughNonJoin.apply, PushPredicateThroughJoin.apply])
        // Spark's later batches: distinct aggregates over several argument sets become an Expand and two
        // aggregates; window group limits are inferred once the filters sit right above their windows;
        // Python UDFs move into their own evaluation step once the plan is settled.
        let distinct = RewriteDistinctAggregates.apply(extra)
        // Spark's "RewriteSubquery" batch: EXISTS and IN become joins only now, after filter inference, and
        // the new joins get their filters pushed and columns pruned.
        let subqueries = Self.fixedPoint(RewritePredicateSubquery.apply(distinct, optimizingSubqueries: { execute($0) }),
                                         rules: [PushPredicateThroughJoin.apply, ColumnPruning.apply, CollapseProject.apply,
                                                 RemoveRedundantAliases.apply, RemoveNoopOperators.apply])
        let limited = InferWindowGroupLimit.apply(subqueries, conf: conf)
        // As Spark's "Extract Python UDFs" batch: the evaluation step sits between an operator and its input,
        // so columns are pruned and filters pushed below it again.
        let extracted = ExtractPythonUDFs.apply(limited)
        return Self.fixedPoint(extracted, rules: [ColumnPruning.apply, CollapseProject.apply, PushPredicateThroughNonJoin.apply, RemoveNoopOperators.apply])
    }

    private static func fixedPoint(_ plan: LogicalPlan, rules: [@Sendable (LogicalPlan) -> LogicalPlan] = Self.rules) -> LogicalPlan {
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
        CleanupAliases.apply,
        { $0.transformUp { if case .subqueryAlias(_, let c) = $0 { c } else if case .withHiddenColumns(_, let c) = $0 { c } else { nil } } },
        ReplaceExpressions.apply,
        ReplaceExceptWithFilter.apply,
        ReplaceSetOperationsWithJoins.apply,
        CombineUnions.dedupDistinctUnionChildren,
        ReplaceDistinctWithAggregate.apply,
        RewriteCorrelatedScalarSubquery.apply,
        RewriteSetOperationsAll.apply,
        CombineUnions.apply,
        PushProjectionThroughUnion.apply,
        CollapseProject.apply,
        SimplifyExtractValueOps.apply,
        CombineFilters.apply,
        PushPredicateThroughNonJoin.apply,
        ReorderJoin.apply,
        EliminateOuterJoin.apply,
        PushPredicateThroughJoin.apply,
        PushProjectionThroughLimit.apply,
        ColumnPruning.apply,
        PullUpProjectAliasThroughWindow.apply,
        RemoveRedundantAggregates.apply,
        CollapseWindow.apply,
        TransposeWindow.apply,
        RemoveNoopOperators.apply,
        RemoveRedundantAliases.apply,
        CollapseRepartition.apply,
        EliminateSorts.apply,
        NullPropagation.apply,
        ComputeCurrentTime.apply,
        SpecialDatetimeValues.apply,
        ConstantFolding.apply,
        LikeSimplification.apply,
        CombineConcats.apply,
        ReplaceNullWithFalseInPredicate.apply,
        BooleanSimplification.apply,
        DecimalAggregates.apply,
        PruneFilters.apply,
        ConvertToLocalRelation.apply,
        PropagateEmptyRelation.apply,
    ]
}
