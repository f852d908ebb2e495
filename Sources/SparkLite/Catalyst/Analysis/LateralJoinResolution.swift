/// `FROM t, LATERAL (SELECT ... WHERE x = t.x ORDER BY ... LIMIT n) s` and `[LEFT] JOIN LATERAL (...) ON ...`:
/// the subquery is resolved with the left side's columns as outer references, then decorrelated as Spark's
/// `DecorrelateInnerQuery` does, into an ordinary join:
///
/// - correlated conjuncts of its filters leave the subquery and join it to the left side (`x = t.x`), the
///   inner columns they read kept in its output;
/// - a grouped aggregate or a DISTINCT also groups by those inner columns;
/// - `ORDER BY ... LIMIT n` keeps the first n rows of each correlation key: `row_number()` over a window
///   partitioned by the inner sides of the correlated equalities, and a filter `rn <= n`;
/// - an aggregate over all matching rows, and a select list reading outer columns, go through a domain join
///   (the distinct values of the outer columns), as Spark does.
/// Only INNER, CROSS and LEFT OUTER joins may be LATERAL.
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
        let (decorrelated, predicates) = try decorrelate(right, outer: left)
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
    private static func decorrelate(_ plan: LogicalPlan, outer: LogicalPlan) throws -> (LogicalPlan, [Expression]) {
        func decorrelate(_ p: LogicalPlan) throws -> (LogicalPlan, [Expression]) { try Self.decorrelate(p, outer: outer) }
        switch plan {
        case .filter(let condition, let child):
            let (newChild, below) = try decorrelate(child)
            let conjuncts = JoinKeys.conjuncts(condition)
            let correlated = conjuncts.filter(containsOuterReference)
            let kept = conjuncts.filter { !containsOuterReference($0) }
            let filtered = kept.isEmpty ? newChild : .filter(kept.dropFirst().reduce(kept[0]) { .and($0, $1) }, newChild)
            return (filtered, below + correlated.map(pulledUp))
        case .project(let list, let child) where list.contains(where: containsOuterReference):
            return try projectingOuterColumns(list, child, outer: outer)
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
            guard !grouping.isEmpty else { return try aggregateOverDomain(list, newChild, predicates, outer: outer) }
            let keys = innerAttributes(predicates, of: newChild)
            return (.aggregate(grouping: grouping + keys.map { .attribute($0) }, aggregates: list + keys.map { .attribute($0) }, newChild), predicates)
        case .limit(let n, let child):
            let (newChild, predicates) = try decorrelate(child)
            guard !predicates.isEmpty else { return (.limit(n, newChild), []) }
            return (try firstRowsPerKey(n, newChild, predicates), predicates)
        case .sort(let orders, let global, let child):
            let (newChild, predicates) = try decorrelate(child)
            return (.sort(orders, global: global, newChild), predicates)
        case .distinct(let child):
            // Distinct rows per correlation key: the keys the projection below keeps are distinct columns too.
            let (newChild, predicates) = try decorrelate(child)
            return (.distinct(newChild), predicates)
        default:
            return (plan, [])
        }
    }

    /// The distinct values of the outer columns (Spark's domain): the left side again, with fresh ids.
    private static func domain(of columns: [AttributeReference], outer: LogicalPlan) throws -> (LogicalPlan, [AttributeReference]) {
        var mapping: [ExprId: ExprId] = [:]
        let copy = DeduplicateRelations.newInstance(outer, &mapping)
        let copied = try columns.map { column in
            guard let id = mapping[column.exprId], let found = copy.output.first(where: { $0.exprId == id }) else {
                throw SparkError.internalError("The outer column \(column.explainName) has no copy in the LATERAL join's domain.")
            }
            return found
        }
        let keys = copied.map { Expression.attribute($0) }
        return (.aggregate(grouping: keys, aggregates: keys, .project(keys, copy)), copied)
    }

    /// The outer columns each correlated predicate reads, once each, in order.
    private static func outerColumns(_ expressions: [Expression]) -> [AttributeReference] {
        var seen = Set<ExprId>()
        return expressions.flatMap { e in
            e.collect { x -> AttributeReference? in if case .outerReference(let a) = x { a } else { nil } }
        }.filter { seen.insert($0.exprId).inserted }
    }

    /// A select list that reads outer columns (`SELECT c.name || o.id`): as Spark does, the subquery is
    /// joined to the domain of those columns and reads the domain's copies; the LATERAL join then matches
    /// the domain to the outer row null-safely.
    private static func projectingOuterColumns(_ list: [Expression], _ child: LogicalPlan, outer: LogicalPlan) throws -> (LogicalPlan, [Expression]) {
        let (newChild, predicates) = try decorrelate(child, outer: outer)
        let columns = outerColumns(list)
        let (domainPlan, copies) = try domain(of: columns, outer: outer)
        let copyOf = Dictionary(uniqueKeysWithValues: zip(columns.map(\.exprId), copies))
        let newList = list.map { e in
            e.transformUp { x -> Expression? in
                guard case .outerReference(let a) = x, let copy = copyOf[a.exprId] else { return nil }
                return .attribute(copy)
            }
        }
        let produced = Set(newList.compactMap(\.toAttribute).map(\.exprId))
        let needed = innerAttributes(predicates, of: newChild).filter { !produced.contains($0.exprId) }
        let joined = LogicalPlan.join(domainPlan, newChild, .inner, condition: nil, hint: .none)
        let domainMatch = zip(columns, copies).map { Expression.comparison(.equalNullSafe, .attribute($0), .attribute($1)) }
        return (.project(newList + copies.map { .attribute($0) } + needed.map { .attribute($0) }, joined), domainMatch + predicates)
    }

    /// An aggregate over all the rows a correlated filter keeps (`SELECT count(*) FROM o WHERE o.k = c.k`)
    /// has one row for every outer row, matches or not. As in Spark, it is grouped by the correlation keys
    /// and left-joined to the domain of the outer keys; a count of no rows is 0, not null.
    private static func aggregateOverDomain(_ list: [Expression], _ child: LogicalPlan, _ predicates: [Expression],
                                            outer: LogicalPlan) throws -> (LogicalPlan, [Expression]) {
        let innerIds = Set(child.output.map(\.exprId)), outerIds = Set(outer.output.map(\.exprId))
        var innerKeys: [Expression] = [], outerKeys: [AttributeReference] = []
        for predicate in predicates {
            guard case .comparison(.equal, let a, let b) = predicate else {
                throw SparkError.unsupported("A LATERAL subquery with an aggregate correlated other than by equalities")
            }
            if a.references.allSatisfy({ innerIds.contains($0.exprId) }), case .attribute(let o) = b, outerIds.contains(o.exprId) {
                innerKeys.append(a)
                outerKeys.append(o)
            } else if b.references.allSatisfy({ innerIds.contains($0.exprId) }), case .attribute(let o) = a, outerIds.contains(o.exprId) {
                innerKeys.append(b)
                outerKeys.append(o)
            } else {
                throw SparkError.unsupported("A LATERAL subquery with an aggregate correlated other than by equalities")
            }
        }
        let (domainPlan, copies) = try domain(of: outerKeys, outer: outer)
        let keyAliases = innerKeys.map { key -> (Expression, AttributeReference) in
            if case .attribute(let a) = key { return (key, a) }
            let alias = Expression.alias(key, name: "key", exprId: .next())
            return (alias, alias.toAttribute ?? AttributeReference(name: "key", dataType: key.dataType))
        }
        let alwaysTrue = AttributeReference(name: "alwaysTrue", dataType: .boolean, nullable: false)
        var aggregates: [Expression] = []
        var results: [Expression] = []
        for e in list {
            guard case .alias(let value, let name, let id) = e else {
                aggregates.append(e)
                if let a = e.toAttribute { results.append(.attribute(a)) }
                continue
            }
            if case .aggregate(let function) = value, function.kind == .count {
                // No row joins the domain: the count is 0 (Spark's `if (isnull(alwaysTrue)) 0 else n`).
                let counted = AttributeReference(name: name, dataType: value.dataType, nullable: true)
                aggregates.append(.alias(value, name: name, exprId: counted.exprId))
                let arguments: [Expression] = [.isNull(.attribute(alwaysTrue)), .literal(.int(0), value.dataType), .attribute(counted)]
                let zeroWhenUnmatched = try FunctionRegistry.builtin.lookup("if")?.build(arguments, FunctionContext())
                    ?? .caseWhen(branches: [CaseBranch(arguments[0], arguments[1])], elseValue: arguments[2])
                results.append(.alias(zeroWhenUnmatched, name: name, exprId: id))
            } else if value.exists({ if case .aggregate(let f) = $0 { f.kind == .count } else { false } }) {
                throw SparkError.unsupported("A LATERAL subquery with a correlated aggregate over all its rows that computes with a count")
            } else {
                aggregates.append(e)
                if let a = e.toAttribute { results.append(.attribute(a)) }
            }
        }
        let grouped = LogicalPlan.aggregate(
            grouping: innerKeys,
            aggregates: aggregates + keyAliases.map(\.0) + [.alias(.literal(.bool(true), .boolean), name: "alwaysTrue", exprId: alwaysTrue.exprId)],
            child)
        let condition = zip(keyAliases, copies).map { Expression.comparison(.equal, .attribute($0.1), .attribute($1)) }
            .reduce(nil as Expression?) { acc, e in acc.map { .and($0, e) } ?? e }
        let joined = LogicalPlan.join(domainPlan, grouped, .leftOuter, condition: condition, hint: .none)
        let domainMatch = zip(outerKeys, copies).map { Expression.comparison(.equalNullSafe, .attribute($0), .attribute($1)) }
        return (.project(results + copies.map { .attribute($0) }, joined), domainMatch)
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
