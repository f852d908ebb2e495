/// Resolves an unresolved logical plan: relations, columns, stars, functions, aliases, type coercion,
/// hints, USING joins, aggregates in projections and window expressions — Spark's Analyzer, in one pass
/// over the tree from the leaves up (children are resolved before their parent).
public struct Analyzer: Sendable {
    public let catalog: Catalog
    public let registry: FunctionRegistry
    public let conf: SQLConf
    /// Columns of enclosing queries a correlated subquery may refer to.
    var outer: [AttributeReference] = []
    /// Columns the node being resolved may name only with a qualifier (see HiddenColumns).
    var hiddenColumns: [AttributeReference] = []

    public init(catalog: Catalog, registry: FunctionRegistry = .builtin, conf: SQLConf) {
        self.catalog = catalog
        self.registry = registry
        self.conf = conf
    }

    public func analyze(_ plan: LogicalPlan) throws(SparkError) -> LogicalPlan {
        do {
            return try resolve(plan, ctes: [:])
        } catch let error as SparkError {
            throw error
        } catch {
            throw SparkError.internalError("Analysis failed: \(error).")
        }
    }

    func resolve(_ plan: LogicalPlan, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        switch plan {
        case .with(let list, let body):
            var scope = ctes
            for (name, cte) in list {
                if case .unresolvedRecursiveCTE(let id, let columns, let maxLevel, let query) = cte {
                    scope[name.lowercased()] = try RecursiveCTEResolution.resolve(
                        id: id, name: name, columns: columns, maxLevel: maxLevel, query: query, analyzer: self, ctes: scope)
                } else {
                    scope[name.lowercased()] = .subqueryAlias(name, try resolve(cte, ctes: scope))
                }
            }
            return try resolve(body, ctes: scope)
        case .join(let left, .lateralSubquery(let subquery), let type, let condition, let hint):
            return try LateralJoinResolution.resolve(left: left, subquery: subquery, type: type, condition: condition, hint: hint,
                                                     analyzer: self, ctes: ctes)
        case .unresolvedRelation(let parts):
            let name = parts.joined(separator: ".")
            if let cte = ctes[name.lowercased()] { return withoutOuterIds(cte) }
            if let view = catalog.lookup(parts.last ?? name) { return .subqueryAlias(parts.last ?? name, withoutOuterIds(view)) }
            throw SparkErrors.tableNotFound(name)
        default:
            break
        }
        let children = try plan.children.map { try resolve($0, ctes: ctes) }
        let node = plan.withNewChildren(children)
        let hidden = node.hiddenInput
        if hidden.isEmpty { return try resolveNode(node, ctes: ctes) }
        return try resolveNode(node, hidden: hidden, ctes: ctes)
    }

    /// A subquery reading a table of the enclosing query (`FROM employees i WHERE i.dept_id = o.dept_id`) gets
    /// fresh ids, so its columns and the outer ones stay apart once the subquery becomes a join.
    func withoutOuterIds(_ plan: LogicalPlan) -> LogicalPlan {
        let outerIds = Set(outer.map(\.exprId))
        guard plan.output.contains(where: { outerIds.contains($0.exprId) }) else { return plan }
        var mapping: [ExprId: ExprId] = [:]
        return DeduplicateRelations.newInstance(plan, &mapping)
    }

    /// Resolves one node whose children are resolved.
    func resolveNode(_ node: LogicalPlan, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        switch node {
        case .project(let list, let child):
            if let (newList, windowed) = try TimeWindowing.apply(list, child: child, analyzer: self, ctes: ctes) {
                return try resolveNode(.project(newList, windowed), ctes: ctes)
            }
            if let (newList, generate) = try GeneratorExtraction.extract(list, child: child, analyzer: self, ctes: ctes) {
                return try resolveNode(.project(newList, generate), ctes: ctes)
            }
            let resolved: [Expression]
            do {
                resolved = try resolveNamedList(list, child: child, ctes: ctes)
            } catch let error as SparkError where error.errorClass.hasPrefix("UNRESOLVED_COLUMN") {
                guard let lateral = try LateralColumnAliasResolution.resolve(list, child: child, analyzer: self, ctes: ctes) else { throw error }
                return lateral
            }
            // Spark's ambiguous self-join check comes first: a DataFrame's column whose copy a self-join
            // renamed is ambiguous, not missing.
            try AmbiguousSelfJoin.check(.project(resolved, child), conf: conf)
            try Self.checkMissingInput(resolved, operator: "Project", child: child, hidden: hiddenColumns)
            if resolved.contains(where: \.containsAggregate) {
                return try checkAggregate(.aggregate(grouping: [], aggregates: resolved, child))
            }
            if resolved.contains(where: \.containsWindow) {
                return try WindowExtraction.extract(resolved, child: child, projectingInput: true)
            }
            return .project(resolved, child)
        case .filter(let condition, let child):
            if case .aggregate(let g, let a, let aggChild) = child {
                return try resolveHaving(condition, grouping: g, aggregates: a, aggChild: aggChild, ctes: ctes)
            }
            // A condition with an aggregate over windows over an aggregate is the query's HAVING.
            let plain = try? resolveExpression(condition, input: child.output, ctes: ctes)
            if plain?.containsAggregate ?? true, let filtered = try havingBelowWindows(condition, child, ctes: ctes, sawWindow: false) {
                return filtered
            }
            let c: Expression
            do {
                c = try plain ?? resolveExpression(condition, input: child.output, ctes: ctes)
            } catch let error as SparkError where error.errorClass == "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT" {
                // Spark names the whole operator: `'Filter (explode(tags#1) = a)`.
                let shown = GeneratorExtraction.shownResolved(condition, input: child.output, analyzer: self, ctes: ctes)
                throw SparkError(error.errorClass, "The generator is not supported: outside the SELECT clause, found: 'Filter \(shown.explainString).", sqlState: error.sqlState)
            } catch let error as SparkError {
                return try resolveFilterWithMissingColumns(condition, child: child, ctes: ctes, error: error)
            }
            try checkWhereCondition(c, uncoerced: { try ExpressionResolution(analyzer: self, input: child.output, ctes: ctes, coerce: false).resolve(condition) })
            try requireBoolean(c, "WHERE")
            try AmbiguousSelfJoin.check(.filter(c, child), conf: conf)
            return .filter(c, child)
        case .aggregate(let grouping, let list, let child):
            if let (expressions, windowed) = try TimeWindowing.apply(grouping + list, child: child, analyzer: self, ctes: ctes) {
                let newGrouping = Array(expressions.prefix(grouping.count)), newList = Array(expressions.dropFirst(grouping.count))
                return try resolveNode(.aggregate(grouping: newGrouping, aggregates: newList, windowed), ctes: ctes)
            }
            if let analytics = try GroupingAnalytics.resolve(grouping: grouping, list: list, child: child, analyzer: self, ctes: ctes) {
                return try checkAggregate(analytics)
            }
            try checkGeneratorGrouping(grouping, list: list, child: child, ctes: ctes)
            let aggs = try resolveNamedList(list, child: child, ctes: ctes)
            if isGroupByAll(grouping, child: child) {
                // GROUP BY ALL: every select item without an aggregate is a grouping expression.
                let groups = aggs.filter { !$0.containsAggregate && !$0.containsWindow }.map(\.unaliased)
                return try checkAggregate(.aggregate(grouping: groups, aggregates: aggs, child))
            }
            var groups: [Expression] = []
            for g in grouping {
                if case .literal(.int(let n), .int) = g, n >= 1, Int(n) <= aggs.count, aggs[Int(n) - 1].containsAggregate {
                    throw SparkError("GROUP_BY_POS_AGGREGATE", "GROUP BY \(n) refers to an expression \(aggs[Int(n) - 1].sql) that contains an aggregate function. Aggregate functions are not allowed in GROUP BY.", sqlState: "42903")
                }
                groups.append(try resolveOrdinal(g, list: list).map { try resolveExpression($0, input: child.output, ctes: ctes) }
                              ?? resolveGroupingKey(g, aggregates: aggs, child: child, ctes: ctes))
            }
            return try checkAggregate(.aggregate(grouping: groups, aggregates: aggs, child))
        case .sort(let orders, let global, let child):
            if orders.count == 1, isGroupByAll([orders[0].child], child: child) {
                // ORDER BY ALL: every output column in turn, with the one direction and null ordering given.
                let all = child.output.map { SortOrder(.attribute($0), ascending: orders[0].ascending, nullsFirst: orders[0].nullsFirst) }
                return try resolveSort(all, global: global, child: child, ctes: ctes)
            }
            return try resolveSort(orders, global: global, child: child, ctes: ctes)
        case .join(let l, let rawRight, let type, let condition, let hint):
            let (r, renamed) = DeduplicateRelations.apply(left: l, right: rawRight, condition: condition)
            let c = try renamed.map { try resolveExpression($0, input: l.output + r.output, ctes: ctes) }
            if let c { try requireBoolean(c, "JOIN condition") }
            let join = LogicalPlan.join(l, r, type, condition: c, hint: hint)
            try AmbiguousSelfJoin.check(join, conf: conf)
            return join
        case .usingJoin(let l, let r, let type, let columns, let hint):
            return try UsingJoin.resolve(l, DeduplicateRelations.apply(left: l, right: r), type, columns: columns, hint: hint)
        case .window(let w, let p, let o, let child):
            let input = child.output
            return .window(windowExpressions: try w.map { try resolveExpression($0, input: input, ctes: ctes) },
                           partitionSpec: try p.map { try resolveExpression($0, input: input, ctes: ctes) },
                           orderSpec: try o.map { try resolveExpression(.sortOrder($0), input: input, ctes: ctes).asSortOrder }, child)
        case .repartitionByExpression(let exprs, let n, let child):
            return .repartitionByExpression(try exprs.map { try resolveExpression($0, input: child.output, ctes: ctes) }, numPartitions: n, child)
        case .generate(let g, let outer, let output, _, let child):
            // Already resolved (a DataFrame re-analysed by a later call): keep its attribute ids.
            if !output.isEmpty, output.allSatisfy({ $0.dataType != .null }), g.arguments.allSatisfy(\.isResolved) {
                return node
            }
            return try GenerateResolution.resolve(g, outer: outer, names: output, child: child, analyzer: self, ctes: ctes)
        case .unresolvedHint(let name, let params, let child):
            return try HintResolution.resolve(name, params, child)
        case .unresolvedQualify(let condition, let child):
            return try QualifyResolution.resolve(condition, child: child, analyzer: self, ctes: ctes)
        case .union(let children, let byName, let allowMissing):
            return try SetOperationResolution.union(children, byName: byName, allowMissing: allowMissing)
        case .intersect(let l, let r, let all):
            let (nl, nr) = try SetOperationResolution.coerce(l, r, operation: all ? "INTERSECT ALL" : "INTERSECT")
            try SetOperationResolution.checkNoMapColumn(nl)
            return .intersect(nl, nr, isAll: all)
        case .except(let l, let r, let all):
            let (nl, nr) = try SetOperationResolution.coerce(l, r, operation: all ? "EXCEPT ALL" : "EXCEPT")
            try SetOperationResolution.checkNoMapColumn(nl)
            return .except(nl, nr, isAll: all)
        case .distinct(let child):
            try SetOperationResolution.checkNoMapColumn(child)
            return node
        case .deduplicate, .limit, .offset, .subqueryAlias, .withHiddenColumns, .repartition, .resolvedHint, .sample,
             .localRelation, .fileRelation, .range, .oneRowRelation, .inMemoryRelation, .expand, .batchEvalPython,
             .windowGroupLimit, .unionLoop, .unionLoopRef:
            return node
        case .unresolvedRecursiveCTE:
            throw SparkError.internalError("A recursive CTE outside its WITH RECURSIVE clause.")
        case .lateralSubquery:
            // Only the right side of a join may be LATERAL; the parser puts it nowhere else.
            throw SparkError.internalError("A LATERAL subquery outside a join.")
        case .pivot(let groupBy, let pivotColumn, let values, let aggregates, let child):
            return try PivotResolution.resolve(groupBy: groupBy, pivotColumn: pivotColumn, values: values, aggregates: aggregates,
                                               child: child, analyzer: self, ctes: ctes)
        case .unpivot(let ids, let values, let variableColumn, let valueColumns, let includeNulls, let child):
            return try UnpivotResolution.resolve(ids: ids, values: values, variableColumn: variableColumn, valueColumns: valueColumns,
                                                 includeNulls: includeNulls, child: child, analyzer: self, ctes: ctes)
        case .with, .unresolvedRelation:
            return try resolve(node, ctes: ctes)
        }
    }

    /// `GROUP BY ALL` (and `ORDER BY ALL`), unless the input has a column named `all`.
    func isGroupByAll(_ grouping: [Expression], child: LogicalPlan) -> Bool {
        guard grouping.count == 1, case .unresolvedAttribute(let parts) = grouping[0], parts.count == 1,
              parts[0].lowercased() == "all" else { return false }
        return !child.output.contains { $0.name.lowercased() == "all" }
    }

    func requireBoolean(_ e: Expression, _ clause: String) throws {
        let t = e.dataType
        if clause == "JOIN condition", t != .boolean, t != .null {
            throw SparkError("JOIN_CONDITION_IS_NOT_BOOLEAN_TYPE", "The join condition \"\(e.prettyName)\" has the invalid type \"\(t.sqlName)\", expected \"BOOLEAN\".", sqlState: "42K0E")
        }
        guard t == .boolean || t == .null else {
            throw SparkError("DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN", "Cannot resolve \"\(e.prettyName)\" due to data type mismatch: Filter expression \"\(e.prettyName)\" of type \"\(t.sqlName)\" is not a boolean.")
        }
    }

    /// `GROUP BY 1` refers to the first select item.
    func resolveOrdinal(_ e: Expression, list: [Expression]) throws -> Expression? {
        guard case .literal(.int(let n), .int) = e else { return nil }
        guard n >= 1, Int(n) <= list.count else {
            throw SparkError("GROUP_BY_POS_OUT_OF_RANGE", "GROUP BY position \(n) is not in select list (valid range is [1, \(list.count)]).")
        }
        return list[Int(n) - 1].unaliased
    }

    /// A grouping key against the aggregate's input; a name the input lacks may be an alias of the select
    /// list (`SELECT month(d) AS m ... GROUP BY m`, Spark's groupByAliases), read as the aliased expression.
    func resolveGroupingKey(_ key: Expression, aggregates: [Expression], child: LogicalPlan,
                            ctes: [String: LogicalPlan]) throws -> Expression {
        do {
            return try resolveExpression(key, input: child.output, ctes: ctes)
        } catch let error as SparkError where error.errorClass.hasPrefix("UNRESOLVED_COLUMN") {
            var replaced = false
            let substituted = key.transformUp { e -> Expression? in
                guard case .unresolvedAttribute(let parts) = e, parts.count == 1,
                      (try? ExpressionResolution.lookup(parts, in: child.output)) == nil,
                      let item = aggregates.first(where: {
                          if case .alias(_, let name, _) = $0 { return name.lowercased() == parts[0].lowercased() }
                          return false
                      }) else { return nil }
                replaced = true
                return item.unaliased
            }
            guard replaced else { throw error }
            let resolved = try resolveExpression(substituted, input: child.output, ctes: ctes)
            // A window can be no grouping key: Spark then finds the columns it reads ungrouped.
            if resolved.containsWindow, let column = resolved.references.first {
                throw Self.missingAggregation(column.name)
            }
            return resolved
        }
    }

    /// Resolves a select list, expanding stars and naming unaliased expressions.
    func resolveNamedList(_ list: [Expression], child: LogicalPlan, ctes: [String: LogicalPlan]) throws -> [Expression] {
        // `SELECT a, FROM t` reads FROM as a column (aliased t); when no such column exists Spark reports
        // the trailing comma before any other unresolved name. A lone `SELECT FROM t` is just an unknown column.
        for item in list where list.count > 1 {
            guard case .unresolvedAttribute(let parts) = item.unaliased, parts.count == 1, parts[0].uppercased() == "FROM",
                  (try? ExpressionResolution.lookup(parts, in: child.output)) == nil else { continue }
            throw SparkError("TRAILING_COMMA_IN_SELECT", "Trailing comma detected in SELECT clause. Remove the trailing comma before the FROM clause.", sqlState: "42601")
        }
        var out: [Expression] = []
        for item in list {
            if case .star(let q) = item {
                out += try StarExpansion.expand(qualifier: q, child: child, hidden: hiddenColumns)
                continue
            }
            if case .resolvedStar(let columns) = item {
                out += columns.map { .attribute($0) }
                continue
            }
            if case .starExcept(let q, let excluded) = item {
                out += try StarExpansion.expand(qualifier: q, child: child, hidden: hiddenColumns, excluding: excluded)
                continue
            }
            // `col("*").alias("x")`: a star stands for several columns and cannot take one name.
            if case .alias(let inner, _, _) = item, case .star = inner {
                throw SparkError("INVALID_USAGE_OF_STAR_OR_REGEX", "Invalid usage of '*' in expression `alias`.", sqlState: "42000")
            }
            let resolved = try resolveExpression(item, input: child.output, ctes: ctes)
            switch resolved {
            case .alias(.alias(let inner, _, _), let name, let id):
                // Spark's CleanupAliases: `F.col("s.name").alias("n")` names the field once.
                out.append(.alias(inner.unaliased, name: name, exprId: id))
            case .attribute, .alias:
                out.append(resolved)
            default:
                let uncoerced = try ExpressionResolution(analyzer: self, input: child.output, ctes: ctes, coerce: false).resolve(item)
                out.append(.alias(resolved, name: Self.defaultName(uncoerced), exprId: .next()))
            }
        }
        return out
    }

    /// Spark's check that an operator reads only its input: a DataFrame's column (`df.name`) used on
    /// another DataFrame that no longer has it (after a rename, say) is an error, not a silent lookup by name.
    /// Columns a USING join hid (`hidden`) are input too.
    static func checkMissingInput(_ list: [Expression], operator name: String, trailing: String = "", child: LogicalPlan,
                                  hidden: [AttributeReference]) throws {
        let available = Set((child.output + hidden).map(\.exprId))
        var missing: [AttributeReference] = []
        for a in list.flatMap(\.references) where !available.contains(a.exprId) && !missing.contains(where: { $0.exprId == a.exprId }) {
            missing.append(a)
        }
        guard !missing.isEmpty else { return }
        let quoted = { (attrs: [AttributeReference]) in attrs.map { "\"\($0.name)\"" }.joined(separator: ", ") }
        let operatorText = "!\(name) [\(list.map(\.explainString).joined(separator: ", "))]\(trailing)"
        let sameName = missing.filter { m in child.output.contains { $0.name.lowercased() == m.name.lowercased() } }
        if !sameName.isEmpty {
            throw SparkError("MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION",
                             "Resolved attribute(s) \(quoted(missing)) missing from \(quoted(child.output)) in operator \(operatorText). Attribute(s) with the same name appear in the operation: \(quoted(sameName)).\nPlease check if the right attribute(s) are used.",
                             sqlState: "XX000")
        }
        throw SparkError("MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT",
                         "Resolved attribute(s) \(quoted(missing)) missing from \(quoted(child.output)) in operator \(operatorText).",
                         sqlState: "XX000")
    }

    /// Spark's default column name; a top-level cast of a column keeps the column's name.
    static func defaultName(_ e: Expression) -> String {
        if case .cast(.attribute(let a), _, _) = e { return a.name }
        return e.prettyName
    }

    func resolveExpression(_ e: Expression, input: [AttributeReference], ctes: [String: LogicalPlan]) throws -> Expression {
        try ExpressionResolution(analyzer: self, input: input, ctes: ctes).resolve(e)
    }
}
