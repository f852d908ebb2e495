/// Spark's `PushPredicateThroughNonJoin`, for projections: a filter above a deterministic projection
/// moves below it, with the projection's aliases replaced by what they stand for, so it can reach a
/// join underneath (`a.join(b, "k").where(a.x == b.y)` then joins on both keys, as in Spark).
enum PushPredicateThroughNonJoin {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .filter(let condition, .project(let list, let child)) = p,
                  list.allSatisfy({ $0.deterministic && !$0.containsSubquery }),
                  condition.deterministic, !condition.containsSubquery else { return nil }
            var definitions: [ExprId: Expression] = [:]
            for case .alias(let e, _, let id) in list { definitions[id] = e }
            let pushed = condition.transformUp { e -> Expression? in
                guard case .attribute(let a) = e else { return nil }
                return definitions[a.exprId]
            }
            return .project(list, .filter(pushed, child))
        }
    }
}
