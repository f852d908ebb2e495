/// Spark's `RemoveNoopOperators`: a projection that passes its child's columns through unchanged,
/// in order, is removed.
enum RemoveNoopOperators {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .project(let list, let child) = p else { return nil }
            let output = child.output
            guard list.count == output.count else { return nil }
            for (e, a) in zip(list, output) {
                guard case .attribute(let b) = e, b.exprId == a.exprId, b.name == a.name else { return nil }
            }
            return child
        }
    }
}
