/// `FROM t, LATERAL (SELECT ... WHERE x = t.x ORDER BY ... LIMIT n) s` and `[LEFT] JOIN LATERAL (...) ON ...`:
/// the subquery is resolved with the left side's columns as outer references, then decorrelated as Spark's
/// `DecorrelateInnerQuery` does, into an ordinary join:
///
/// - correlated conjuncts of its filters leave the subquery and join it to the left side (`x = t.x`), the
///   inner columns they read kept in its output;
/// - a grouped aggregate also groups by those inner columns;
/// - `ORDER BY ... LIMIT n` keeps the first n rows of each correlation key: `row_number()` over a window
///   partitioned by the inner sides of the correlated equalities, and a filter `rn <= n`.
enum LateralJoinResolution {
    static func resolve(left unresolvedLeft: LogicalPlan, subquery: LogicalPlan, type: JoinType, condition: Expression?, hint: JoinHint,
                        analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        guard [.inner, .cross, .leftOuter].contains(type) else {
            throw SparkError("INVALID_LATERAL_JOIN_TYPE", "The \(joinTypeName(type)) JOIN with LATERAL correlation is not allowed because an OUTER subquery cannot correlate to its join partner. Remove the LATERAL correlation or use an INNER JOIN, or LEFT OUTER JOIN instead.", sqlState: "42613")
        }
        let left = try analyzer.resolve(unresolvedLeft, ctes: ctes)
        var inner = analyzer
        inner.outer = left.output + analyzer.outer
        let right = try inner.resolve(subquery, ctes: ctes)
        // The ON condition sees both sides, as any join condition does.
        guard case .join(_, _, _, let resolvedCondition, _) = try analyzer.resolveNode(
            .join(left, right, type == .cross ? .inner : type, condition: condition, hint: hint), ctes: ctes) else {
            throw SparkError.internalError("A LATERAL join did not resolve to a join.")
        }
        let (decorrelated, predicates) = try decorrelate(right)
        if decorrelated.collect({ p in p.expressions.contains(where: containsOuterReference) ? true : nil }).contains(true) {
            throw SparkError.unsupported("A LATERAL subquery correlated other than in its WHERE clause")
        }
        let joinCondition = (predicates + (resolvedCondition.map { [$0] } ?? [])).reduce(nil as Expression?) { acc, e in
            acc.map { .and($0, e) } ?? e
        }
        let join = LogicalPlan.join(left, decorrelated, type == .cross ? .inner : type, condition: joinCondition, hint: hint)
        // The join's columns as the LATERAL join shows them: the left side's, then the subquery's own.
        let visible = Set((left.output + right.output).map(\.exprId))
        return .project(join.output.filter { visible.contains($0.exprId) }.map { .attribute($0) }, join)
    }

    private static func joinTypeName(_ type: JoinType) -> String {
        switch type {
        case .rightOuter: "RIGHT OUTER"
        case .fullOuter: "FULL OUTER"
        case .leftSemi: "LEFT SEMI"
        case .leftAnti: "LEFT ANTI"
        default: "INNER"
        }
    }

    private static func containsOuterReference(_ e: Expression) -> Bool {
        e.exists { if case .outerReference = $0 { true } else { false } }
    }

    /// The outer references of a correlated predicate as the left side's own columns.
    private static func pulledUp(_ e: Expression) -> Expression {
        e.transformUp { x -> Expression? in
            if case .outerReference(let a) = x { return .attribute(a) }
            return nil
        }
    }

    /// The subquery without its correlated predicates, and those predicates for the join condition.
    private static func decorrelate(_ plan: LogicalPlan) throws -> (LogicalPlan, [Expression]) {
        switch plan {
        case .filter(let condition, let child):
            let (newChild, below) = try decorrelate(child)
            let conjuncts = JoinKeys.conjuncts(condition)
            let correlated = conjuncts.filter(containsOuterReference)
            let kept = conjuncts.filter { !containsOuterReference($0) }
            let filtered = kept.isEmpty ? newChild : .filter(kept.dropFirst().reduce(kept[0]) { .and($0, $1) }, newChild)
            return (filtered, below + correlated.map(pulledUp))
        case .project(let list, let child):
            let (newChild, predicates) = try decorrelate(child)
            guard !predicates.isEmpty else { return (.project(list, newChild), []) }
            // Keep the inner columns the join condition reads.
            let produced = Set(list.compactMap(\.toAttribute).map(\.exprId))
            let needed = innerAttributes(predicates, of: newChild).filter { !produced.contains($0.exprId) }
            return (.project(list + needed.map { .attribute($0) }, newChild), predicates)
        case .subqueryAlias(let name, let child):
            let (newChild, predicates) = try decorrelate(child)
            return (.subqueryAlias(name, newChild), predicates)
        case .aggregate(let grouping, let list, let child):
            let (newChild, predicates) = try decorrelate(child)
            guard !predicates.isEmpty else { return (.aggregate(grouping: grouping, aggregates: list, newChild), []) }
            guard !grouping.isEmpty else {
                throw SparkError.unsupported("A LATERAL subquery with a correlated aggregate over all its rows")
            }
            let keys = innerAttributes(predicates, of: newChild)
            return (.aggregate(grouping: grouping + keys.map { .attribute($0) }, aggregates: list + keys.map { .attribute($0) }, newChild), predicates)
        case .limit(let n, let child):
            let (newChild, predicates) = try decorrelate(child)
            guard !predicates.isEmpty else { return (.limit(n, newChild), []) }
            return (try firstRowsPerKey(n, newChild, predicates), predicates)
        case .sort(let orders, let global, let child):
            let (newChild, predicates) = try decorrelate(child)
            return (.sort(orders, global: global, newChild), predicates)
        default:
            return (plan, [])
        }
    }

    /// The columns of `plan` that correlated predicates read.
    private static func innerAttributes(_ predicates: [Expression], of plan: LogicalPlan) -> [AttributeReference] {
        let available = plan.output
        var seen = Set<ExprId>()
        return predicates.flatMap { $0.references }.compactMap { reference in
            guard seen.insert(reference.exprId).inserted else { return nil }
            return available.first { $0.exprId == reference.exprId }
        }
    }

    /// `LIMIT n` (after `ORDER BY`) of a correlated subquery: the first n rows of each correlation key, by
    /// `row_number()` over the inner sides of the correlated equalities.
    private static func firstRowsPerKey(_ n: Int, _ plan: LogicalPlan, _ predicates: [Expression]) throws -> LogicalPlan {
        // As in Spark, only an ORDER BY right under the LIMIT orders the row numbers; one under a projection
        // (ORDER BY a column the subquery does not select) stays a global sort below an unordered row_number().
        switch plan {
        case .sort(let orders, true, let below):
            return .project(below.output.map { .attribute($0) }, try rowNumbered(n, orders, below, predicates))
        default:
            return .project(plan.output.map { .attribute($0) }, try rowNumbered(n, [], plan, predicates))
        }
    }

    private static func rowNumbered(_ n: Int, _ orders: [SortOrder], _ child: LogicalPlan, _ predicates: [Expression]) throws -> LogicalPlan {
        let innerIds = Set(child.output.map(\.exprId))
        let isInner = { (e: Expression) in e.references.allSatisfy { innerIds.contains($0.exprId) } }
        let keys: [Expression] = try predicates.map { predicate in
            guard case .comparison(.equal, let a, let b) = predicate else {
                throw SparkError.unsupported("A LATERAL subquery with LIMIT correlated other than by equalities")
            }
            let aInner = isInner(a), bInner = isInner(b)
            if aInner && !bInner { return a }
            if bInner && !aInner { return b }
            throw SparkError.unsupported("A LATERAL subquery with LIMIT correlated other than by equalities")
        }
        let rowNumber = Expression.alias(
            .window(function: .windowFunction(.rowNumber, []), spec: WindowSpecDefinition(partitionSpec: keys, orderSpec: orders, frame: .rowsToCurrent)),
            name: "rn", exprId: .next())
        guard let rn = rowNumber.toAttribute else { throw SparkError.internalError("row_number() has no attribute.") }
        let windowed = LogicalPlan.window(windowExpressions: [rowNumber], partitionSpec: keys, orderSpec: orders, child)
        return .filter(.comparison(.lessThanOrEqual, .attribute(rn), .literal(.int(Int64(n)), .int)), windowed)
    }
}
