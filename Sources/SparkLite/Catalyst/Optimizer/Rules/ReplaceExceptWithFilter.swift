/// Spark's `ReplaceExceptWithFilter`: `df.subtract(df.filter(c))`, where both sides read the same input and
/// the right one only filters it, is the left side without the rows `c` keeps:
/// `Distinct(Filter(NOT coalesce(c, false), left))`, with no join (and no shuffle for it).
enum ReplaceExceptWithFilter {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .except(let left, let right, false) = p, let condition = rightCondition(right),
                  condition.deterministic, !condition.containsSubquery,
                  Set(left.output.map { $0.name.lowercased() }).count == left.output.count,
                  sameInput(left, right) else { return nil }
            // The right side's columns are read by name from the left side's.
            var byName: [String: AttributeReference] = [:]
            for a in left.output { byName[a.name] = a }
            guard condition.references.allSatisfy({ byName[$0.name] != nil }) else { return nil }
            let rewritten = condition.transformUp { e -> Expression? in
                guard case .attribute(let a) = e, let mine = byName[a.name] else { return nil }
                return .attribute(mine)
            }
            guard let coalesce = FunctionRegistry.builtin.lookup("coalesce"),
                  let nullAsFalse = try? coalesce.build([rewritten, .literal(.bool(false), .boolean)], FunctionContext()) else { return nil }
            return .distinct(.filter(.not(nullAsFalse), left))
        }
    }

    /// The right side's filters, ANDed, when it is filters under plain-column projections.
    private static func rightCondition(_ right: LogicalPlan) -> Expression? {
        var node = skipProject(right)
        var conditions: [Expression] = []
        while case .filter(let c, let child) = node {
            conditions.append(c)
            node = child
        }
        guard let first = conditions.first else { return nil }
        return conditions.dropFirst().reduce(first) { .and($0, $1) }
    }

    private static func skipProject(_ p: LogicalPlan) -> LogicalPlan {
        if case .project(let list, let child) = p, list.allSatisfy(\.isAttribute) { return child }
        return p
    }

    private static func nonFilterChild(_ p: LogicalPlan) -> LogicalPlan {
        var node = p
        while case .filter(_, let child) = node { node = child }
        return node
    }

    private static func projectList(_ p: LogicalPlan) -> [Expression] {
        if case .project(let list, _) = p { return list }
        return p.output.map { .attribute($0) }
    }

    /// Both sides are the same plan below their filters and plain projections, projected the same way.
    private static func sameInput(_ left: LogicalPlan, _ right: LogicalPlan) -> Bool {
        guard left.collect({ $0.expressions.contains(where: \.containsSubquery) ? true : nil }).isEmpty else { return false }
        let l = LogicalPlan.project(projectList(left), nonFilterChild(skipProject(left)))
        let r = LogicalPlan.project(projectList(right), nonFilterChild(skipProject(right)))
        return ExplainFormatter.logicalTree(l) == ExplainFormatter.logicalTree(r)
    }
}
