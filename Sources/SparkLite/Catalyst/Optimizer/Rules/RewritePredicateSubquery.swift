/// Spark's `RewritePredicateSubquery`: `EXISTS` and `IN (subquery)` in a filter become left semi joins (anti
/// joins when negated), one nested in a larger predicate or a select list an existence join, and correlated
/// predicates move into the join condition. As in Spark it runs in its own batch after the operator rules
/// and filter inference, so the join keys it adds get no inferred `isnotnull` filters; the subquery's own
/// plan is optimized first, as Spark's `OptimizeSubqueries` does.
enum RewritePredicateSubquery {
    static func apply(_ plan: LogicalPlan, optimizingSubqueries optimize: @escaping (LogicalPlan) -> LogicalPlan) -> LogicalPlan {
        rewrite(plan, kind: .predicates(optimize))
    }

    /// Which subqueries a pass rewrites.
    enum Kind {
        /// Spark's `RewriteCorrelatedScalarSubquery`, one of the operator rules.
        case correlatedScalars
        /// EXISTS and IN, with the optimizer for their plans.
        case predicates((LogicalPlan) -> LogicalPlan)

        var optimize: ((LogicalPlan) -> LogicalPlan)? {
            if case .predicates(let f) = self { return f }
            return nil
        }
    }

    static func rewrite(_ plan: LogicalPlan, kind: Kind) -> LogicalPlan {
        plan.transformUp { p in
            if case .project(let list, let child) = p { return rewriteProjected(list, child, kind: kind) }
            guard case .filter(let condition, let child) = p else { return nil }
            var current = child
            var remaining: [Expression] = []
            var changed = false
            for c in JoinKeys.conjuncts(condition) {
                if let optimize = kind.optimize {
                    if let joined = rewrite(c, current, optimize) {
                        current = joined
                        changed = true
                    } else if let (joined, replaced) = rewriteNestedExists(c, current, optimize) {
                        current = joined
                        remaining.append(replaced)
                        changed = true
                    } else {
                        remaining.append(c)
                    }
                } else if case .join(let l, let r, let type, _, _) = child, PushPredicateThroughJoin.willPush(c, below: type, l, r) {
                    // As in Spark, a scalar subquery predicate first moves below the join to the side it reads.
                    remaining.append(c)
                } else if let (joined, replaced) = rewriteCorrelatedScalar(c, current) {
                    current = joined
                    remaining.append(replaced)
                    changed = true
                } else {
                    remaining.append(c)
                }
            }
            guard changed else { return nil }
            let filtered = remaining.isEmpty ? current : .filter(remaining.dropFirst().reduce(remaining[0]) { .and($0, $1) }, current)
            // Joins may add columns; keep the filter's output.
            return .project(child.output.map { .attribute($0) }, filtered)
        }
    }

    /// The subquery's plan without its correlated predicates, optimized, and those predicates.
    private static func decorrelated(_ sub: LogicalPlan, outer: LogicalPlan, _ optimize: (LogicalPlan) -> LogicalPlan) -> (LogicalPlan, [Expression]) {
        if let domain = DomainJoin.decorrelate(sub, outer: outer, optimize: optimize) { return domain }
        let (inner, predicates) = pullOutCorrelated(sub, widenAggregates: true)
        return (optimize(inner), predicates)
    }

    static func rewrite(_ c: Expression, _ child: LogicalPlan, _ optimize: (LogicalPlan) -> LogicalPlan) -> LogicalPlan? {
        switch c {
        case .exists(let sub):
            let (inner, predicates) = decorrelated(sub, outer: child, optimize)
            return .join(child, inner, .leftSemi, condition: conjunction(predicates), hint: .none)
        case .not(.exists(let sub)):
            let (inner, predicates) = decorrelated(sub, outer: child, optimize)
            return .join(child, inner, .leftAnti, condition: conjunction(predicates), hint: .none)
        case .inSubquery(let values, let sub):
            let (inner, predicates) = decorrelated(sub, outer: child, optimize)
            let equalities = zip(values, inner.output.prefix(values.count)).map { Expression.comparison(.equal, $0, .attribute($1)) }
            return .join(child, inner, .leftSemi, condition: conjunction(equalities + predicates), hint: .none)
        case .not(.inSubquery(let values, let sub)):
            // NOT IN is null-aware: a null on either side makes the predicate unknown, which drops the row.
            let (inner, predicates) = decorrelated(sub, outer: child, optimize)
            let equalities = zip(values, inner.output.prefix(values.count)).map { Expression.comparison(.equal, $0, .attribute($1)) }
            guard let eq = conjunction(equalities) else { return nil }
            let nullAware = Expression.or(eq, .isNull(eq))
            return .join(child, inner, .leftAnti, condition: conjunction([nullAware] + predicates), hint: .none)
        default:
            return nil
        }
    }

    /// `x > (SELECT avg(y) FROM t WHERE t.k = outer.k)` → left outer join with the aggregate per key.
    static func rewriteCorrelatedScalar(_ c: Expression, _ child: LogicalPlan) -> (LogicalPlan, Expression)? {
        var result: LogicalPlan?
        let replaced = c.transformUp { e -> Expression? in
            guard result == nil, case .scalarSubquery(let sub, _) = e else { return nil }
            let (inner, predicates) = pullOutCorrelated(sub)
            guard !predicates.isEmpty else { return nil }
            guard case .aggregate(let g, let a, let aggChild) = inner, g.isEmpty, let value = a.first?.toAttribute else {
                // No aggregate: Spark 4's left single join, one inner row per outer row (an error on two).
                // Its first column is the value; the ones after it are what the correlation reads.
                guard sub.output.count == 1, let value = inner.output.first else { return nil }
                result = .join(child, inner, .leftSingle, condition: conjunction(predicates), hint: .none)
                return .attribute(value.withNullability(true))
            }
            // Grouping by the inner columns only answers equality correlations (`i.k = o.k`); any other goes
            // through a domain of the outer values it reads.
            guard predicates.allSatisfy({ if case .comparison(.equal, _, _) = $0 { true } else { false } }) else {
                guard let joined = ScalarSubqueryDomain.decorrelate(aggregates: a, aggChild: aggChild, predicates: predicates, outer: child) else {
                    return nil
                }
                result = joined
                return valueOverNoRows(a[0], value)
            }
            // Group the aggregate by the inner columns the correlation compares.
            let keys = ExpressionResolution.uniqueById(predicates.flatMap(\.references).filter { r in
                aggChild.output.contains { $0.exprId == r.exprId }
            })
            let grouped = LogicalPlan.aggregate(grouping: keys.map { .attribute($0) }, aggregates: keys.map { .attribute($0) } + a, aggChild)
            result = .join(child, grouped, .leftOuter, condition: conjunction(predicates), hint: .none)
            return valueOverNoRows(a[0], value)
        }
        guard let result else { return nil }
        return (result, replaced)
    }

    /// The subquery's value read from the outer join. A key without inner rows gets null from the join, but
    /// the subquery's expression over no rows may not be null (`count(*)` is 0, `coalesce(sum(x), 0)` is 0):
    /// then a null reads as that value (Spark's handling of the count bug).
    static func valueOverNoRows(_ item: Expression, _ value: AttributeReference) -> Expression {
        let overNoRows = item.unaliased.transformUp { e -> Expression? in
            guard case .aggregate(let agg) = e else { return nil }
            if [.count, .countIf, .approxCountDistinct].contains(agg.kind) { return .literal(.int(0), agg.resultType) }
            return .literal(.null, agg.resultType)
        }
        guard !overNoRows.exists({ if case .attribute = $0 { true } else { false } }),
              let constant = try? overNoRows.eval([]), !constant.isNull else { return .attribute(value) }
        return .caseWhen(branches: [CaseBranch(.isNull(.attribute(value)), .literal(constant, value.dataType))], elseValue: .attribute(value))
    }

    /// `EXISTS (...) OR c` and `x IN (SELECT ...) OR c`: a subquery predicate that is not a conjunct of its own
    /// becomes an existence join (an IN matching on its values), whose boolean column stands in for it. A NOT
    /// directly over an IN matches null-aware, as Spark does: each value equality `a = b` becomes
    /// `a = b OR isnull(a = b)`, so a null on either side counts as a match and NOT IN gives false.
    static func rewriteNestedExists(_ c: Expression, _ child: LogicalPlan, _ optimize: (LogicalPlan) -> LogicalPlan) -> (LogicalPlan, Expression)? {
        var current = child
        var changed = false
        let replaced = c.transformDown { e -> Expression? in
            let matched: (LogicalPlan, [Expression])
            var negated = false
            switch e {
            case .exists(let sub):
                matched = decorrelated(sub, outer: current, optimize)
            case .not(.inSubquery(let values, let sub)):
                let (inner, predicates) = decorrelated(sub, outer: current, optimize)
                let equalities = zip(values, inner.output.prefix(values.count)).map { pair -> Expression in
                    let eq = Expression.comparison(.equal, pair.0, .attribute(pair.1))
                    return .or(eq, .isNull(eq))
                }
                matched = (inner, equalities + predicates)
                negated = true
            case .inSubquery(let values, let sub):
                let (inner, predicates) = decorrelated(sub, outer: current, optimize)
                let equalities = zip(values, inner.output.prefix(values.count)).map { Expression.comparison(.equal, $0, .attribute($1)) }
                matched = (inner, equalities + predicates)
            default:
                return nil
            }
            let exists = AttributeReference(name: "exists", dataType: .boolean, nullable: false)
            current = .join(current, matched.0, .existence(exists), condition: conjunction(matched.1), hint: .none)
            changed = true
            return negated ? .not(.attribute(exists)) : .attribute(exists)
        }
        return changed ? (current, replaced) : nil
    }

    /// `SELECT (SELECT avg(y) FROM t WHERE t.k = o.k) FROM o`: each correlated scalar subquery of a select
    /// list becomes a left outer join with the aggregate per key, and the list reads its value; an EXISTS
    /// (in the predicate pass) becomes an existence join.
    static func rewriteProjected(_ list: [Expression], _ child: LogicalPlan, kind: Kind) -> LogicalPlan? {
        var current = child
        var changed = false
        let rewritten = list.map { item -> Expression in
            if kind.optimize == nil, item.exists({ if case .scalarSubquery = $0 { true } else { false } }),
               let (joined, replaced) = rewriteCorrelatedScalar(item, current) {
                current = joined
                changed = true
                return replaced
            }
            // `EXISTS (...) AS flag`: an existence join's boolean column.
            if let optimize = kind.optimize, let (joined, replaced) = rewriteNestedExists(item, current, optimize) {
                current = joined
                changed = true
                return replaced
            }
            return item
        }
        guard changed else { return nil }
        // One correlated scalar subquery per item and call: the operator rules' fixed point rewrites the next.
        return .project(rewritten, current)
    }

    /// Removes filters that refer to outer columns from a subquery and returns them as join predicates,
    /// widening projections so the inner columns they compare stay visible. With `widenAggregates` (EXISTS
    /// and IN), a grouped aggregate above such a filter also groups by and outputs those columns.
    static func pullOutCorrelated(_ plan: LogicalPlan, widenAggregates: Bool = false) -> (LogicalPlan, [Expression]) {
        var predicates: [Expression] = []
        let stripped = plan.transformUp { p -> LogicalPlan? in
            switch p {
            case .filter(let cond, let c):
                var keep: [Expression] = []
                for conj in JoinKeys.conjuncts(cond) {
                    if conj.exists({ if case .outerReference = $0 { true } else { false } }) {
                        predicates.append(conj.transformUp { e in
                            if case .outerReference(let a) = e { return .attribute(a) }
                            return nil
                        })
                    } else {
                        keep.append(conj)
                    }
                }
                if keep.count == JoinKeys.conjuncts(cond).count { return nil }
                return keep.isEmpty ? c : .filter(keep.dropFirst().reduce(keep[0]) { .and($0, $1) }, c)
            case .project(let list, let c) where !predicates.isEmpty:
                let visible = Set(list.compactMap(\.toAttribute).map(\.exprId))
                let needed = ExpressionResolution.uniqueById(predicates.flatMap(\.references)).filter { r in
                    !visible.contains(r.exprId) && c.output.contains { $0.exprId == r.exprId }
                }
                return needed.isEmpty ? nil : .project(list + needed.map { .attribute($0) }, c)
            case .aggregate(let grouping, let list, let c) where widenAggregates && !predicates.isEmpty && !grouping.isEmpty:
                let visible = Set(list.compactMap(\.toAttribute).map(\.exprId))
                let needed = ExpressionResolution.uniqueById(predicates.flatMap(\.references)).filter { r in
                    !visible.contains(r.exprId) && c.output.contains { $0.exprId == r.exprId }
                }
                guard !needed.isEmpty else { return nil }
                let grouped = Set(grouping.compactMap { if case .attribute(let a) = $0 { a.exprId } else { nil } })
                let newKeys = needed.filter { !grouped.contains($0.exprId) }.map { Expression.attribute($0) }
                return .aggregate(grouping: grouping + newKeys, aggregates: list + needed.map { .attribute($0) }, c)
            default:
                return nil
            }
        }
        return (stripped, predicates)
    }

    static func conjunction(_ list: [Expression]) -> Expression? {
        guard let first = list.first else { return nil }
        return list.dropFirst().reduce(first) { .and($0, $1) }
    }
}

extension Expression {
    /// True when an EXISTS or IN subquery appears anywhere in the expression.
    var containsPredicateSubquery: Bool {
        exists {
            switch $0 {
            case .inSubquery, .exists: true
            default: false
            }
        }
    }

    /// True when a subquery in the expression reads columns of the enclosing query.
    var containsCorrelatedSubquery: Bool { !outerReferenceIds.isEmpty }

    /// The enclosing query's columns that the subqueries in this expression read.
    var outerReferenceIds: Set<ExprId> {
        var ids = Set<ExprId>()
        func visitPlan(_ p: LogicalPlan) {
            for e in p.expressions { visit(e) }
            p.children.forEach(visitPlan)
        }
        func visit(_ e: Expression) {
            switch e {
            case .outerReference(let a): ids.insert(a.exprId)
            case .scalarSubquery(let plan, _), .exists(let plan): visitPlan(plan)
            case .inSubquery(let values, let plan):
                values.forEach(visit)
                visitPlan(plan)
            default: e.children.forEach(visit)
            }
        }
        visit(self)
        return ids
    }
}
