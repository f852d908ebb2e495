/// Spark's `RemoveRedundantWindowGroupLimits`, run after exchanges are in place: when a final
/// `WindowGroupLimit` needed no shuffle (its input was already clustered by the partition keys, e.g. by an
/// aggregate or `repartition` on them), the partial one below it limits the same groups and is dropped.
enum RemoveRedundantWindowGroupLimits {
    static func apply(_ plan: SparkPlan) -> SparkPlan {
        let children = plan.children.map(apply)
        if let final = plan as? WindowGroupLimitExec, final.mode == .final,
           let partial = children.first as? WindowGroupLimitExec, partial.mode == .partial,
           let distribution = final.requiredChildDistribution.first,
           partial.children[0].outputPartitioning.satisfies(distribution) {
            return plan.withNewChildren([partial.children[0]])
        }
        return plan.withNewChildren(children)
    }
}
