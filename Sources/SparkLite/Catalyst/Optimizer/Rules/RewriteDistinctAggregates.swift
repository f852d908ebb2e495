/// Spark's `RewriteDistinctAggregates`: an aggregate whose distinct aggregates read two or more different
/// argument sets (`count(DISTINCT a)` with `count(DISTINCT a, b)`) becomes two aggregates over an `Expand`.
///
/// The `Expand` writes each input row once for the plain aggregates (`gid` 0, the distinct columns null)
/// and once per distinct argument set (`gid` 1, 2, ..., only that set's columns kept). The first aggregate
/// groups by the grouping columns, every distinct column and `gid`, which removes duplicates, and computes
/// the plain aggregates over the `gid` 0 rows. The second groups by the grouping columns alone: each
/// distinct aggregate becomes a plain one filtered to its `gid`, each plain aggregate takes the first
/// non-null value of its first-step result (`count` keeps its 0 over no rows).
///
/// A single distinct argument set without FILTER is left to the planner's four-step aggregation.
enum RewriteDistinctAggregates {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .aggregate(let grouping, let list, let child) = p else { return nil }
            return rewrite(grouping: grouping, list: list, child: child)
        }
    }

    private static func rewrite(grouping: [Expression], list originalList: [Expression], child: LogicalPlan) -> LogicalPlan? {
        // A distinct aggregate's FILTER moves into its arguments (`count(DISTINCT CASE WHEN c THEN x END)`):
        // the same result, as a distinct aggregate skips nulls, and one more argument set (as Spark's own
        // rewrite makes an Expand for a filtered distinct aggregate).
        var movedFilter = false
        let list = originalList.map { item in
            item.transformUp { e -> Expression? in
                guard case .aggregate(var a) = e, a.isDistinct, let condition = a.filter else { return nil }
                a.arguments = a.arguments.map { .caseWhen(branches: [CaseBranch(condition, $0)], elseValue: nil) }
                a.filter = nil
                movedFilter = true
                return .aggregate(a)
            }
        }
        return rewriteDistinct(grouping: grouping, list: list, child: child)
            ?? (movedFilter ? .aggregate(grouping: grouping, aggregates: list, child) : nil)
    }

    private static func rewriteDistinct(grouping: [Expression], list: [Expression], child: LogicalPlan) -> LogicalPlan? {
        var aggregates: [AggregateExpression] = []
        for a in list.flatMap({ $0.collect { e -> AggregateExpression? in if case .aggregate(let a) = e { a } else { nil } } })
            where !aggregates.contains(where: { Expression.aggregate($0).explainString == Expression.aggregate(a).explainString }) {
            aggregates.append(a)
        }
        let distinct = aggregates.filter(\.isDistinct)
        // Distinct aggregates grouped by their argument sets (as sets), in the order they first appear.
        var groups: [(children: [Expression], members: [AggregateExpression])] = []
        for a in distinct {
            let children = expandedChildren(a)
            let key = Set(children.map(\.explainString))
            if let i = groups.firstIndex(where: { Set($0.children.map(\.explainString)) == key }) {
                groups[i].members.append(a)
            } else {
                groups.append((children, [a]))
            }
        }
        guard groups.count > 1, distinct.allSatisfy({ $0.filter == nil }) else { return nil }

        let gid = AttributeReference(name: "gid", dataType: .int, nullable: false)
        let groupingMap = grouping.map { g -> (Expression, AttributeReference) in
            switch g {
            case .attribute(let a): return (g, a)
            case .alias(let c, let name, let id): return (g, AttributeReference(name: name, dataType: c.dataType, nullable: c.nullable, exprId: id))
            default: return (g, AttributeReference(name: g.prettyName, dataType: g.dataType, nullable: g.nullable))
            }
        }
        let groupingAttrs = groupingMap.map(\.1)

        var distinctChildren: [Expression] = []
        for group in groups {
            for c in group.children where !distinctChildren.contains(where: { $0.explainString == c.explainString }) {
                distinctChildren.append(c)
            }
        }
        // Spark names the expanded columns by their SQL text, qualifier included (`lhs.k`).
        let distinctAttrs = distinctChildren.map { AttributeReference(name: $0.sql, dataType: $0.dataType, nullable: true) }

        let plain = aggregates.filter { !$0.isDistinct }
        var plainChildren: [Expression] = []
        for a in plain {
            let inputs = a.arguments.filter { !ConstantFolding.isFoldable($0) } + (a.filter?.references.map { .attribute($0) } ?? [])
            for c in inputs where !plainChildren.contains(where: { $0.explainString == c.explainString }) {
                plainChildren.append(c)
            }
        }
        let plainAttrs = plainChildren.map { AttributeReference(name: $0.sql, dataType: $0.dataType, nullable: true) }

        func nullified(_ exprs: [Expression]) -> [Expression] { exprs.map { .literal(.null, $0.dataType) } }
        func replacing(_ e: Expression, _ from: [Expression], _ to: [AttributeReference]) -> Expression {
            e.transformDown { x in
                from.firstIndex(where: { $0.explainString == x.explainString }).map { .attribute(to[$0]) }
            }
        }
        let isGroup = { (id: Int) in Expression.comparison(.equal, .attribute(gid), .literal(.int(Int64(id)), .int)) }

        var projections: [[Expression]] = []
        if !plain.isEmpty {
            projections.append(grouping.map(\.unaliased) + nullified(distinctChildren) + [.literal(.int(0), .int)] + plainChildren)
        }
        var replacements: [(original: String, replacement: Expression)] = []
        for (i, group) in groups.enumerated() {
            let kept = distinctChildren.map { c in
                group.children.contains(where: { $0.explainString == c.explainString }) ? c : .literal(.null, c.dataType)
            }
            projections.append(grouping.map(\.unaliased) + kept + [.literal(.int(Int64(i + 1)), .int)] + nullified(plainChildren))
            for a in group.members {
                var rewritten = a
                rewritten.arguments = a.arguments.map { replacing($0, distinctChildren, distinctAttrs) }
                rewritten.isDistinct = false
                rewritten.filter = isGroup(i + 1)
                rewritten.resultId = .next()
                replacements.append((Expression.aggregate(a).explainString, .aggregate(rewritten)))
            }
        }

        var firstStepResults: [Expression] = []
        for a in plain {
            var inner = a
            inner.arguments = a.arguments.map { ConstantFolding.isFoldable($0) ? $0 : replacing($0, plainChildren, plainAttrs) }
            inner.filter = a.filter.map { replacing($0, plainChildren, plainAttrs) }
            inner.resultId = .next()
            let resultAttr = AttributeReference(name: Expression.aggregate(a).sql, dataType: a.resultType, nullable: true)
            firstStepResults.append(.alias(.aggregate(inner), name: resultAttr.name, exprId: resultAttr.exprId))
            let first = Expression.aggregate(AggregateExpression(kind: .first, arguments: [.attribute(resultAttr)], filter: isGroup(0),
                                                                 ignoreNulls: true, resultType: a.resultType))
            let result: Expression = if let zero = defaultResult(a) {
                .function(ScalarFunction.coalesce(a.resultType, nullable: false), [first, zero])
            } else {
                first
            }
            replacements.append((Expression.aggregate(a).explainString, result))
        }

        let expand = LogicalPlan.expand(projections: projections, output: groupingAttrs + distinctAttrs + [gid] + plainAttrs, child)
        let firstGrouping = (groupingAttrs + distinctAttrs + [gid]).map { Expression.attribute($0) }
        let firstStep = LogicalPlan.aggregate(grouping: firstGrouping, aggregates: firstGrouping + firstStepResults, expand)
        let secondList = list.map { item in
            item.transformDown { e -> Expression? in
                if let g = groupingMap.first(where: { $0.0.unaliased.explainString == e.explainString }) { return .attribute(g.1) }
                return replacements.first(where: { $0.original == e.explainString })?.replacement
            }
        }
        return .aggregate(grouping: groupingAttrs.map { .attribute($0) }, aggregates: secondList, firstStep)
    }

    /// The arguments a distinct aggregate deduplicates on: the non-constant ones, or the first when all are constant.
    private static func expandedChildren(_ a: AggregateExpression) -> [Expression] {
        var children: [Expression] = []
        for c in a.arguments where !ConstantFolding.isFoldable(c) && !children.contains(where: { $0.explainString == c.explainString }) {
            children.append(c)
        }
        return children.isEmpty ? Array(a.arguments.prefix(1)) : children
    }

    /// What an aggregate returns over no rows when that is not null (`count` is 0).
    private static func defaultResult(_ a: AggregateExpression) -> Expression? {
        switch a.kind {
        case .count, .countIf, .approxCountDistinct: .literal(.int(0), .long)
        default: nil
        }
    }
}
