/// The one place exchanges and sorts are inserted: for each operator, a child whose partitioning does not
/// satisfy the required distribution gets an `Exchange`, and a child whose ordering does not satisfy the
/// required ordering gets a `Sort` — so an aggregate followed by a join on the same key shuffles once more, not twice.
struct EnsureRequirements {
    let shufflePartitions: Int
    var nextPlanId: () -> Int

    func apply(_ plan: SparkPlan) -> SparkPlan {
        let children = plan.children.map(apply)
        var newChildren: [SparkPlan] = []
        let required = plan.requiredChildDistribution
        for (i, child) in children.enumerated() {
            var c = child
            let distribution = i < required.count ? required[i] : .unspecified
            if !c.outputPartitioning.satisfies(distribution) {
                switch distribution {
                case .broadcast:
                    c = BroadcastExchangeExec(child: c, planId: nextPlanId())
                case .allTuples:
                    c = ShuffleExchangeExec(.single, child: c, planId: nextPlanId())
                case .clustered(let keys):
                    c = ShuffleExchangeExec(.hash(keys, shufflePartitions), child: c, planId: nextPlanId())
                case .ordered(let orders):
                    c = ShuffleExchangeExec(.range(orders, shufflePartitions), child: c, planId: nextPlanId())
                case .unspecified:
                    break
                }
            }
            newChildren.append(c)
        }
        // Two clustered children must also agree on the number of partitions (co-partitioning).
        if newChildren.count == 2, case .clustered(let lk) = required[0], case .clustered(let rk) = required[1],
           newChildren[0].outputPartitioning.numPartitions != newChildren[1].outputPartitioning.numPartitions {
            newChildren[0] = ShuffleExchangeExec(.hash(lk, shufflePartitions), child: unwrapExchange(newChildren[0]), planId: nextPlanId())
            newChildren[1] = ShuffleExchangeExec(.hash(rk, shufflePartitions), child: unwrapExchange(newChildren[1]), planId: nextPlanId())
        }
        let orderings = plan.requiredChildOrdering
        for (i, child) in newChildren.enumerated() where i < orderings.count && !orderings[i].isEmpty {
            if !Self.orderingSatisfied(child.outputOrdering, orderings[i]) {
                newChildren[i] = SortExec(orderings[i], global: false, child: child)
            }
        }
        return plan.withNewChildren(newChildren)
    }

    func unwrapExchange(_ p: SparkPlan) -> SparkPlan {
        if let e = p as? ShuffleExchangeExec, e.origin == "ENSURE_REQUIREMENTS" { return e.children[0] }
        return p
    }

    static func orderingSatisfied(_ provided: [SortOrder], _ required: [SortOrder]) -> Bool {
        guard provided.count >= required.count else { return false }
        return zip(provided, required).allSatisfy {
            $0.child.explainString == $1.child.explainString && $0.ascending == $1.ascending && $0.nullsFirst == $1.nullsFirst
        }
    }
}
