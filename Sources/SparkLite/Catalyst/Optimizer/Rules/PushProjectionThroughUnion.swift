/// Spark's `PushProjectionThroughUnion`: a deterministic projection over a union is computed in each
/// branch instead, so the union is the top operator (`withColumn` after `unionByName` projects every
/// branch, where constant folding then sees the columns a branch fills with nulls).
enum PushProjectionThroughUnion {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .project(let list, .union(let children, let byName, let allowMissing)) = p, !children.isEmpty,
                  list.allSatisfy({ $0.deterministic && !$0.containsSubquery }) else { return nil }
            return .union(CombineUnions.projectBranches(list, children), byName: byName, allowMissingColumns: allowMissing)
        }
    }
}
