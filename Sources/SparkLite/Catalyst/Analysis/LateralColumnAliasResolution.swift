/// Spark's lateral column aliases: `SELECT salary * 2 AS doubled, doubled + 1 AS plus_one FROM t`. A name
/// the FROM clause does not have may be an alias defined earlier in the same select list; the aliases used
/// that way are computed by projections below (one per step of a chain `d AS x, x + 1 AS y, y + 1 AS z`),
/// which the select list then reads.
enum LateralColumnAliasResolution {
    /// Nil when no item needs an earlier alias (the caller reports its own resolution error).
    static func resolve(_ list: [Expression], child: LogicalPlan, analyzer: Analyzer,
                        ctes: [String: LogicalPlan]) throws -> LogicalPlan? {
        var items: [Expression] = []
        var aliases: [Expression] = []
        var used: [Expression] = []
        for item in list {
            var resolved: [Expression]
            if let direct = try? analyzer.resolveNamedList([item], child: child, ctes: ctes) {
                resolved = direct
            } else {
                // The FROM clause's columns come first; earlier aliases fill in the names they lack.
                let withAliases = LogicalPlan.project(child.output.map { .attribute($0) } + aliases, child)
                guard let withLateral = try? analyzer.resolveNamedList([item], child: withAliases, ctes: ctes) else { return nil }
                resolved = withLateral
                let referenced = Set(resolved.flatMap(\.references).map(\.exprId))
                let lateral = aliases.filter { referenced.contains($0.toAttribute?.exprId ?? ExprId(-1)) }
                if let window = resolved.first(where: \.containsWindow), let name = lateral.first?.toAttribute?.name {
                    throw SparkError("UNSUPPORTED_FEATURE.LATERAL_COLUMN_ALIAS_IN_WINDOW", "The feature is not supported: Referencing a lateral column alias `\(name)` in window expression \"\(window.unaliased.prettyName)\".", sqlState: "0A000")
                }
                for alias in lateral where !used.contains(where: { $0.toAttribute?.exprId == alias.toAttribute?.exprId }) {
                    used.append(alias)
                }
            }
            aliases += resolved.filter { if case .alias = $0 { true } else { false } }
            items += resolved
        }
        guard !used.isEmpty, !items.contains(where: { $0.containsAggregate || $0.containsWindow }) else { return nil }
        // An alias that reads another used alias is computed one projection higher.
        var level: [ExprId: Int] = [:]
        for alias in used {
            guard let id = alias.toAttribute?.exprId else { continue }
            level[id] = (alias.references.compactMap { level[$0.exprId] }.max() ?? -1) + 1
        }
        var plan = child
        for step in 0...(level.values.max() ?? 0) {
            let computed = used.filter { $0.toAttribute.flatMap { level[$0.exprId] } == step }
            plan = .project(plan.output.map { .attribute($0) } + computed, plan)
        }
        let upper = items.map { item -> Expression in
            if let attr = item.toAttribute, level[attr.exprId] != nil { return .attribute(attr) }
            return item
        }
        return .project(upper, plan)
    }
}
