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
                    c = BroadcastExchangeExec(child: c, mode: BroadcastMode.required(by: plan), planId: nextPlanId())
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
        // A join's two clustered children must be co-partitioned: hashed on all their keys, in the same
        // key positions, into the same number of partitions (`spark.sql.requireAllClusterKeysForCoPartition`).
        if newChildren.count == 2, case .clustered(let lk) = required[0], case .clustered(let rk) = required[1] {
            let keys = [lk, rk]
            let specs = newChildren.enumerated().map { i, c in Self.keyPositions(c.outputPartitioning, keys[i]) }
            let counts = newChildren.map(\.outputPartitioning.numPartitions)
            let compatible = (counts == [1, 1]) || (specs[0] != nil && specs[0] == specs[1] && counts[0] == counts[1])
            if !compatible {
                // Keep a side already hashed on all its keys (an existing partitioning first); reshuffle the other to match.
                let reference = [0, 1].filter { specs[$0] != nil }
                    .sorted { (children[$0] === newChildren[$0] ? 0 : 1, $0) < (children[$1] === newChildren[$1] ? 0 : 1, $1) }.first
                for i in 0..<2 where i != reference {
                    let positions = reference.flatMap { specs[$0] } ?? Array(keys[i].indices)
                    let partitions = reference.map { counts[$0] } ?? shufflePartitions
                    newChildren[i] = ShuffleExchangeExec(.hash(positions.map { keys[i][$0] }, partitions),
                                                         child: unwrapExchange(newChildren[i]), planId: nextPlanId())
                }
            }
        }
        let orderings = plan.requiredChildOrdering
        for (i, child) in newChildren.enumerated() where i < orderings.count && !orderings[i].isEmpty {
            if !Self.orderingSatisfied(child.outputOrdering, orderings[i]) {
                newChildren[i] = SortExec(orderings[i], global: false, child: child)
            }
        }
        // A user's hash repartition over a child already hashed the same way, into as many partitions,
        // moves no row: Spark drops it (`repartition(k)` over `GROUP BY k`, a REPARTITION hint on an aggregate).
        if let exchange = plan as? ShuffleExchangeExec, exchange.origin == "REPARTITION_BY_COL" || exchange.origin == "REPARTITION_BY_NUM",
           case .hash(let exprs, let n) = exchange.partitioning, let child = newChildren.first,
           Self.hashedAlike(child.outputPartitioning, exprs, n) {
            return child
        }
        return plan.withNewChildren(newChildren)
    }

    /// Whether a partitioning is (or, for a join's output, includes) a hash partitioning on these
    /// expressions, in this order, into `n` partitions.
    static func hashedAlike(_ partitioning: Partitioning, _ exprs: [Expression], _ n: Int) -> Bool {
        switch partitioning {
        case .hash(let lower, let m):
            return m == n && lower.map(\.explainString) == exprs.map(\.explainString)
        case .collection(let members):
            return members.contains { hashedAlike($0, exprs, n) }
        default:
            return false
        }
    }

    /// The positions in `keys` of a hash partitioning's expressions, when it hashes on every key once.
    static func keyPositions(_ partitioning: Partitioning, _ keys: [Expression]) -> [Int]? {
        switch partitioning {
        case .hash(let exprs, _):
            let positions = exprs.compactMap { e in keys.firstIndex { $0.explainString == e.explainString } }
            guard positions.count == exprs.count, Set(positions).count == keys.count else { return nil }
            return positions
        case .collection(let members):
            return members.lazy.compactMap { keyPositions($0, keys) }.first
        default:
            return nil
        }
    }

    func unwrapExchange(_ p: SparkPlan) -> SparkPlan {
        if let e = p as? ShuffleExchangeExec, e.origin == "ENSURE_REQUIREMENTS" { return e.children[0] }
        return p
    }

    static func orderingSatisfied(_ provided: [SortOrder], _ required: [SortOrder]) -> Bool {
        guard provided.count >= required.count else { return false }
        return zip(provided, required).allSatisfy { p, r in
            let target = r.child.explainString
            return ([p.child] + p.sameOrderExpressions).contains { $0.explainString == target }
                && p.ascending == r.ascending && p.nullsFirst == r.nullsFirst
        }
    }
}
