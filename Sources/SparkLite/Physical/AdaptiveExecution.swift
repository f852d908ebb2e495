/// Spark's `InsertAdaptiveSparkPlan.shouldApplyAQE`: adaptive execution (and explain's
/// `AdaptiveSparkPlan isFinalPlan=false` root) only takes a plan that shuffles or broadcasts, has an
/// operator that needs its input distributed in some way, or runs subqueries. A plan that only scans,
/// filters and projects runs as is, with its codegen stages shown.
enum AdaptiveExecution {
    static func applies(to plan: SparkPlan, hasSubqueries: Bool) -> Bool {
        if hasSubqueries { return true }
        func needsExchanges(_ p: SparkPlan) -> Bool {
            if p is ShuffleExchangeExec || p is BroadcastExchangeExec { return true }
            if p.requiredChildDistribution.contains(where: { if case .unspecified = $0 { false } else { true } }) { return true }
            // A cached plan was planned on its own: what it needs does not make this plan adaptive.
            if p is InMemoryRelationExec { return false }
            return p.children.contains(where: needsExchanges)
        }
        return needsExchanges(plan)
    }
}
