/// SQL's `QUALIFY`: a filter over the select whose condition may use window functions (computed by a
/// `Window` below the filter), the select list's names, and columns of the FROM clause the select list
/// drops (kept by the projection below, then dropped again on top).
enum QualifyResolution {
    static func resolve(_ condition: Expression, child: LogicalPlan, analyzer: Analyzer,
                        ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        var input = child
        var resolved: Expression
        do {
            resolved = try analyzer.resolveExpression(condition, input: child.output, ctes: ctes)
        } catch let error as SparkError {
            guard case .project(let list, let grandChild) = child else { throw error }
            let visible = Set(child.output.map(\.exprId))
            let below = grandChild.output.filter { !visible.contains($0.exprId) }
            guard let onBoth = try? analyzer.resolveExpression(condition, input: child.output + below, ctes: ctes) else { throw error }
            let needed = ExpressionResolution.uniqueById(onBoth.references.filter { !visible.contains($0.exprId) })
            input = .project(list + needed.map { .attribute($0) }, grandChild)
            resolved = onBoth
        }
        if let aggregate = aggregateOutsideWindows(resolved) {
            throw SparkError("QUALIFY_AGGREGATE_NOT_ALLOWED", "Aggregate functions are not supported in QUALIFY: \"\(aggregate.prettyName)\".", sqlState: "42903")
        }
        guard resolved.containsWindow || selectHasWindow(child) else {
            throw SparkError("QUALIFY_REQUIRES_WINDOW_FUNCTION", "The QUALIFY clause requires at least one window function in the current SELECT list or the QUALIFY condition.", sqlState: "42903")
        }
        if resolved.containsAggregate {
            // Spark evaluates QUALIFY above the aggregate, where an aggregate function has no group.
            throw SparkError("MISSING_GROUP_BY", "The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses.", sqlState: "42803")
        }
        try analyzer.requireBoolean(resolved, "QUALIFY")
        var filtered: LogicalPlan
        if resolved.containsWindow, case .project(let rewritten, let windowed) = try WindowExtraction.extract([resolved], child: input),
           let condition = rewritten.first {
            filtered = .filter(condition, windowed)
        } else {
            filtered = .filter(resolved, input)
        }
        if filtered.output.map(\.exprId) != child.output.map(\.exprId) {
            filtered = .project(child.output.map { .attribute($0) }, filtered)
        }
        return filtered
    }

    /// The first aggregate function of a condition that is not inside a window (`count(*) > 1`, not
    /// `rank() OVER (ORDER BY count(*))`).
    static func aggregateOutsideWindows(_ e: Expression) -> Expression? {
        switch e {
        case .aggregate: return e
        case .window: return nil
        default: return e.children.lazy.compactMap { aggregateOutsideWindows($0) }.first
        }
    }

    /// The select list computed window functions: a projection over a `Window`.
    static func selectHasWindow(_ plan: LogicalPlan) -> Bool {
        switch plan {
        case .project(_, .window): true
        case .distinct(let c): selectHasWindow(c)
        default: false
        }
    }
}
