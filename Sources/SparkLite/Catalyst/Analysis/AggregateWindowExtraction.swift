/// Spark's `ExtractWindowExpressions` on an aggregate: `sum(sum(x)) OVER (ORDER BY k) ... GROUP BY k`. The
/// window runs over the aggregate's result, so what its function and spec read (aggregates, grouping
/// expressions) is computed by the aggregate as `_w0`, `_w1`, …; the window and a projection go on top.
enum AggregateWindowExtraction {
    static func extract(grouping: [Expression], list: [Expression], child: LogicalPlan) throws -> LogicalPlan {
        var extra: [Expression] = []
        /// An attribute of the aggregate's output holding `e`.
        func computedByAggregate(_ e: Expression) -> Expression {
            switch e {
            case .literal:
                return e
            case .attribute(let a) where list.contains(where: { $0.toAttribute?.exprId == a.exprId && $0.unaliased.explainString == e.explainString }):
                return e
            default:
                if let existing = extra.first(where: { $0.unaliased.explainString == e.explainString }), let attr = existing.toAttribute {
                    return .attribute(attr)
                }
                if case .attribute = e {
                    extra.append(e)
                    return e
                }
                let alias = Expression.alias(e, name: "_w\(extra.count)", exprId: .next())
                extra.append(alias)
                return .attribute(alias.toAttribute ?? AttributeReference(name: "_w\(extra.count)", dataType: e.dataType))
            }
        }
        /// Replaces the parts of `e` the aggregate computes (aggregates, grouping expressions) by its output.
        func overAggregate(_ e: Expression) -> Expression {
            e.transformDown { x -> Expression? in
                if case .aggregate = x { return computedByAggregate(x) }
                if grouping.contains(where: { $0.explainString == x.explainString }) { return computedByAggregate(x) }
                return nil
            }
        }
        /// Outside windows, the aggregate computes aggregates and grouping expressions; a window's function
        /// and spec read the aggregate's output. A rewritten window is not visited again.
        func rewriteWindows(_ e: Expression) -> Expression {
            switch e {
            case .window(let f, let spec):
                let function: Expression
                switch f {
                case .aggregate(var a):
                    a.arguments = a.arguments.map(overAggregate)
                    a.filter = a.filter.map(overAggregate)
                    function = .aggregate(a)
                default:
                    function = f.children.isEmpty ? f : f.withNewChildren(f.children.map(overAggregate))
                }
                return .window(function: function, spec: spec.mapKeys(overAggregate))
            case .aggregate:
                return computedByAggregate(e)
            default:
                if grouping.contains(where: { $0.explainString == e.explainString }) { return computedByAggregate(e) }
                let kids = e.children
                return kids.isEmpty ? e : e.withNewChildren(kids.map(rewriteWindows))
            }
        }
        var kept: [Expression] = []
        var projected: [Expression] = []
        for item in list {
            if item.containsWindow {
                projected.append(rewriteWindows(item))
            } else {
                kept.append(item)
                if let attr = item.toAttribute { projected.append(.attribute(attr)) }
            }
        }
        return try WindowExtraction.extract(projected, child: .aggregate(grouping: grouping, aggregates: kept + extra, child))
    }
}
