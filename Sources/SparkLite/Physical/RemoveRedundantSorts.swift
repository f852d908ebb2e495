/// Spark's `RemoveRedundantSorts`, run after exchanges are in place: a sort whose input is already in its
/// order, and partitioned as the sort requires, is dropped (`ORDER BY d` over `sum(x) OVER (ORDER BY d)`
/// reads the window's output, sorted by `d` in one partition).
enum RemoveRedundantSorts {
    static func apply(_ plan: SparkPlan) -> SparkPlan {
        let children = plan.children.map(apply)
        if let sort = plan as? SortExec, let child = children.first,
           EnsureRequirements.orderingSatisfied(child.outputOrdering, sort.orders),
           let distribution = sort.requiredChildDistribution.first, child.outputPartitioning.satisfies(distribution) {
            return child
        }
        return plan.withNewChildren(children)
    }
}
