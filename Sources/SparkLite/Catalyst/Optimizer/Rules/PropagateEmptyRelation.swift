/// Spark's `PropagateEmptyRelation`: operators over an empty `LocalRelation` that can only produce
/// nothing become empty relations themselves, so no shuffle runs for a query known to be empty.
/// A global aggregate still returns its one row; outer joins keep their preserved side.
enum PropagateEmptyRelation {
    static func empty(_ output: [AttributeReference]) -> LogicalPlan {
        .localRelation(LocalData(partitions: [], origin: .localTable), output: output)
    }

    static func isEmpty(_ plan: LogicalPlan) -> Bool {
        if case .localRelation(let data, _) = plan, data.origin == .localTable, data.rowCount == 0 { return true }
        return false
    }

    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            if isEmpty(p) { return nil }
            switch p {
            // Spark's OptimizeLimitZero: `limit(0)` is an empty relation, whatever its input.
            case .limit(0, _):
                return empty(p.output)
            case .project(_, let c), .filter(_, let c), .sort(_, _, let c), .window(_, _, _, let c), .generate(_, _, _, _, let c),
                 .repartition(_, _, let c), .repartitionByExpression(_, _, let c), .limit(_, let c), .offset(_, let c),
                 .distinct(let c), .deduplicate(_, let c), .sample(_, _, _, let c), .expand(_, _, let c),
                 .batchEvalPython(_, _, let c):
                return isEmpty(c) ? empty(p.output) : nil
            case .aggregate(let grouping, _, let c):
                return !grouping.isEmpty && isEmpty(c) ? empty(p.output) : nil
            case .join(let l, let r, let type, _, _):
                switch type {
                case .inner, .cross, .leftSemi: return isEmpty(l) || isEmpty(r) ? empty(p.output) : nil
                case .leftOuter, .leftSingle, .existence: return isEmpty(l) ? empty(p.output) : nil
                case .leftAnti:
                    if isEmpty(l) { return empty(p.output) }
                    return isEmpty(r) ? l : nil
                case .rightOuter: return isEmpty(r) ? empty(p.output) : nil
                case .fullOuter: return isEmpty(l) && isEmpty(r) ? empty(p.output) : nil
                }
            case .union(let children, let byName, let allowMissing):
                guard children.contains(where: isEmpty) else { return nil }
                let kept = children.filter { !isEmpty($0) }
                if kept.isEmpty { return empty(p.output) }
                // The branches left keep the union's columns: a branch other than the first gives its
                // columns the union's ids and names.
                let rest = kept.count > 1 ? LogicalPlan.union(kept, byName: byName, allowMissingColumns: allowMissing) : kept[0]
                let pairs = zip(rest.output, p.output)
                if pairs.allSatisfy({ $0.0.exprId == $0.1.exprId }) { return rest }
                return .project(pairs.map { new, old in
                    new.exprId == old.exprId ? .attribute(new) : .alias(.attribute(new), name: old.name, exprId: old.exprId)
                }, rest)
            default:
                return nil
            }
        }
    }
}
