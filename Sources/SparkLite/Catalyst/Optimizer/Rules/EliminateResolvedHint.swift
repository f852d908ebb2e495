/// Spark's `EliminateResolvedHint`: a join hint on a relation (`broadcast(df)`, `/*+ BROADCAST(t) */`)
/// moves into the join above it, looking through the single-child operators in between, before
/// filters are pushed down into the join's sides; hints that reach no join are dropped.
enum EliminateResolvedHint {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        let pulled = plan.transformUp { p in
            guard case .join(let l, let r, let type, let condition, let hint) = p, hint == JoinHint() else { return nil }
            let (left, leftHint) = extract(l), (right, rightHint) = extract(r)
            guard leftHint != nil || rightHint != nil else { return nil }
            return .join(left, right, type, condition: condition, hint: JoinHint(left: leftHint, right: rightHint))
        }
        return pulled.transformUp { if case .resolvedHint(_, let child) = $0 { child } else { nil } }
    }

    /// The plan without its hints down to the first operator with several children, and the outermost
    /// hint's strategy.
    private static func extract(_ plan: LogicalPlan) -> (LogicalPlan, JoinHint.Strategy?) {
        if case .resolvedHint(let hint, let child) = plan {
            let (inner, innerHint) = extract(child)
            return (inner, hint.left ?? innerHint)
        }
        guard plan.children.count == 1 else { return (plan, nil) }
        let (child, hint) = extract(plan.children[0])
        return (plan.withNewChildren([child]), hint)
    }
}
