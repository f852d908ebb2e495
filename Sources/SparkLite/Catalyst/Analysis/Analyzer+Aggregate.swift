/// Aggregate checks, HAVING, and ORDER BY on columns the projection dropped.
extension Analyzer {
    /// Every non-aggregated column of the select list must be a grouping expression.
    func checkAggregate(_ plan: LogicalPlan) throws -> LogicalPlan {
        guard case .aggregate(let grouping, let list, _) = plan else { return plan }
        if let key = grouping.first(where: \.containsAggregate) {
            throw SparkError("GROUP_BY_AGGREGATE", "Aggregate functions are not allowed in GROUP BY, but found \(key.unaliased.sql).", sqlState: "42903")
        }
        if grouping.contains(where: \.containsWindow) {
            // A window the select list repeats (the DataFrame API's `groupBy(rank().over(w))`) is extracted from the
            // list first and runs over the aggregate's result, so what it reads must be grouped.
            let plainKeys = Set(grouping.filter { !$0.containsWindow }.map { $0.unaliased.explainString })
            for item in list {
                for case .window(let f, let spec) in item.collect({ e -> Expression? in if case .window = e { e } else { nil } }) {
                    let arguments: [Expression] = if case .aggregate(let a) = f { a.arguments } else { f.children }
                    for read in arguments + spec.partitionSpec + spec.orderSpec.map(\.child) {
                        for case .attribute(let a) in read.collect({ e -> Expression? in if case .attribute = e { e } else { nil } })
                        where !plainKeys.contains(Expression.attribute(a).explainString) {
                            throw Self.missingAggregation(a.name)
                        }
                    }
                }
            }
            let windows = grouping.flatMap { $0.collect { e -> String? in if case .window = e { "\"\(e.prettyName)\"" } else { nil } } }
            throw SparkError("UNSUPPORTED_EXPR_FOR_OPERATOR", "The query operator Aggregate contains one or more unsupported expressions.\nConsider to rewrite it to avoid window functions, aggregate functions, and generator functions in the Aggregate operator.\nInvalid expressions: [\(windows.joined(separator: ", "))]", sqlState: "42K0E")
        }
        for item in list { try Self.checkNoNestedAggregate(item) }
        let groupKeys = Set(grouping.map { $0.unaliased.explainString })
        func check(_ e: Expression) throws {
            if groupKeys.contains(e.explainString) { return }
            switch e {
            case .aggregate, .literal: return
            case .window(let f, let spec):
                // The window runs over the aggregate's result: what it reads must be grouped or aggregated.
                let arguments: [Expression] = if case .aggregate(let a) = f { a.arguments } else { f.children }
                let read = arguments + spec.partitionSpec + spec.orderSpec.map(\.child)
                for c in read { try check(c) }
            case .attribute(let a):
                if grouping.isEmpty {
                    throw SparkError("MISSING_GROUP_BY", "The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses.", sqlState: "42803")
                }
                throw Self.missingAggregation(a.name)
            default:
                for c in e.children { try check(c) }
            }
        }
        for item in list { try check(item.unaliased) }
        if list.contains(where: \.containsWindow), case .aggregate(let g, let l, let child) = plan {
            return try AggregateWindowExtraction.extract(grouping: g, list: l, child: child)
        }
        return plan
    }

    /// `max(count(*))`: an aggregate may not take another aggregate (a window over an aggregate,
    /// `sum(sum(x)) OVER (...)`, may).
    static func checkNoNestedAggregate(_ e: Expression) throws {
        switch e {
        case .aggregate(let a):
            // The first aggregate or window function inside the arguments, in Spark's pre-order walk.
            func inner(_ x: Expression) throws {
                switch x {
                case .aggregate:
                    throw SparkError("NESTED_AGGREGATE_FUNCTION", "It is not allowed to use an aggregate function in the argument of another aggregate function. Please use the inner aggregate function in a sub-query.", sqlState: "42607")
                case .window:
                    throw SparkError("_LEGACY_ERROR_TEMP_1031", "It is not allowed to use a window function inside an aggregate function. Please use the inner window function in a sub-query.")
                default:
                    for c in x.children { try inner(c) }
                }
            }
            for argument in a.arguments { try inner(argument) }
            if let filter = a.filter, filter.dataType != .boolean, filter.dataType != .null {
                throw SparkError("INVALID_AGGREGATE_FILTER.NOT_BOOLEAN", "The FILTER expression \"\(filter.prettyName)\" in an aggregate function is invalid. Expected a FILTER expression of the BOOLEAN type.", sqlState: "42903")
            }
            if let filter = a.filter, let found = filter.collect({ x -> Expression? in if case .aggregate = x { x } else { nil } }).first {
                throw SparkError("INVALID_AGGREGATE_FILTER.CONTAINS_AGGREGATE", "The FILTER expression \"\(filter.prettyName)\" in an aggregate function is invalid. Expected a FILTER expression without an aggregation, but found \"\(found.prettyName)\".", sqlState: "42903")
            }
            if let filter = a.filter { try inner(filter) }
        case .window(let f, let spec):
            for c in f.children + spec.partitionSpec + spec.orderSpec.map(\.child) { try checkNoNestedAggregate(c) }
        default:
            for c in e.children { try checkNoNestedAggregate(c) }
        }
    }

    /// A WHERE condition is evaluated row by row: no aggregates, no window functions.
    /// The message shows the condition as written (`uncoerced`), without the casts type coercion added.
    func checkWhereCondition(_ resolved: Expression, uncoerced: () throws -> Expression) throws {
        if resolved.containsWindow {
            throw SparkError("WINDOW_FUNCTION_NOT_ALLOWED_IN_CLAUSE", "It is not allowed to use window functions inside WHERE clause.", sqlState: "42601")
        }
        guard resolved.containsAggregate else { return }
        let condition = (try? uncoerced()) ?? resolved
        let aggregates = condition.collect { e -> String? in
            // The condition as written, its aggregates with qualified columns (`max(employees.salary)`).
            if case .aggregate = e { return e.sql } else { return nil }
        }
        throw SparkError("INVALID_WHERE_CONDITION", "The WHERE condition \"\(condition.prettyName)\" contains invalid expressions: \(aggregates.joined(separator: ", ")).\nRewrite the query to avoid window functions, aggregate functions, and generator functions in the WHERE clause.", sqlState: "42903")
    }

    /// HAVING over an aggregate whose select list has window functions: the windows run over the aggregate's
    /// result (with a projection on top), and the condition filters that result below them, as in Spark.
    /// Nil when `plan` is not such a chain of projections and windows over an aggregate.
    func havingBelowWindows(_ condition: Expression, _ plan: LogicalPlan, ctes: [String: LogicalPlan], sawWindow: Bool) throws -> LogicalPlan? {
        switch plan {
        case .project(let list, let child):
            return try havingBelowWindows(condition, child, ctes: ctes, sawWindow: sawWindow).map { .project(list, $0) }
        case .window(let w, let p, let o, let child):
            return try havingBelowWindows(condition, child, ctes: ctes, sawWindow: true).map { .window(windowExpressions: w, partitionSpec: p, orderSpec: o, $0) }
        case .aggregate(let g, let a, let aggChild) where sawWindow:
            return try resolveHaving(condition, grouping: g, aggregates: a, aggChild: aggChild, ctes: ctes)
        default:
            return nil
        }
    }

    func resolveHaving(_ havingCondition: Expression, grouping: [Expression], aggregates: [Expression], aggChild: LogicalPlan,
                       ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        let condition = GroupingAnalytics.resolveInHaving(havingCondition, grouping: grouping)
        let aggOutput = aggregates.compactMap(\.toAttribute)
        // Names of the select list first (HAVING total > 10), then the aggregate's input.
        let resolution = ExpressionResolution(analyzer: self, input: aggOutput, ctes: ctes)
        if let resolved = try? resolution.resolve(condition), !resolved.containsAggregate {
            try requireBoolean(resolved, "HAVING")
            // A grouping column the select list leaves out (the grouping id that `grouping_id()` reads) is
            // kept for the filter, then projected away.
            let outputIds = Set(aggOutput.map(\.exprId))
            let hidden = grouping.compactMap { g -> AttributeReference? in
                guard case .attribute(let a) = g, !outputIds.contains(a.exprId), resolved.referenceIds.contains(a.exprId) else { return nil }
                return a
            }
            if hidden.isEmpty { return .filter(resolved, .aggregate(grouping: grouping, aggregates: aggregates, aggChild)) }
            let widened = LogicalPlan.aggregate(grouping: grouping, aggregates: aggregates + hidden.map { .attribute($0) }, aggChild)
            return .project(aggOutput.map { .attribute($0) }, .filter(resolved, widened))
        }
        let onInputResolved: Expression
        do {
            onInputResolved = try resolveExpression(condition, input: aggChild.output, ctes: ctes)
        } catch let error as SparkError where error.errorClass.hasPrefix("UNRESOLVED_COLUMN") {
            // Spark resolves HAVING against the aggregate: its suggestions are the aggregate's columns.
            let missing = condition.collect { e -> [String]? in
                guard case .unresolvedAttribute(let parts) = e, (try? ExpressionResolution.lookup(parts, in: aggChild.output)) == nil else { return nil }
                return parts
            }.first
            guard let missing else { throw error }
            let name = missing.joined(separator: ".")
            throw SparkErrors.unresolvedColumn(name, suggestions: ExpressionResolution.suggestions(for: name, in: aggOutput))
        }
        let onInput = GroupingAnalytics.readingExpandedColumns(onInputResolved, of: aggChild)
        try Self.checkNoNestedAggregate(onInput)
        try requireBoolean(onInput, "HAVING")
        var extra: [Expression] = []
        let rewritten = onInput.transformDown { e -> Expression? in
            if let existing = aggregates.first(where: { $0.unaliased.explainString == e.explainString }), let attr = existing.toAttribute {
                return .attribute(attr)
            }
            guard case .aggregate = e else {
                guard let g = grouping.first(where: { $0.explainString == e.explainString }) else { return nil }
                if let attr = aggregates.first(where: { $0.unaliased.explainString == g.explainString })?.toAttribute {
                    return .attribute(attr)
                }
                // A grouping expression the select list leaves out: computed by the aggregate, projected away.
                let alias = Expression.alias(e, name: e.prettyName, exprId: .next())
                extra.append(alias)
                return .attribute(alias.toAttribute!)
            }
            let alias = Expression.alias(e, name: e.prettyName, exprId: .next())
            extra.append(alias)
            return .attribute(alias.toAttribute!)
        }
        // A column neither grouped nor inside an aggregate is not there after the aggregate.
        let available = Set((aggOutput + extra.compactMap(\.toAttribute)).map(\.exprId))
        if let stray = rewritten.references.first(where: { !available.contains($0.exprId) }) {
            throw SparkErrors.unresolvedColumn(stray.name, suggestions: ExpressionResolution.suggestions(for: stray.name, in: aggOutput))
        }
        let aggregate = LogicalPlan.aggregate(grouping: grouping, aggregates: aggregates + extra, aggChild)
        let filtered = LogicalPlan.filter(rewritten, aggregate)
        if extra.isEmpty { return filtered }
        return .project(aggOutput.map { .attribute($0) }, filtered)
    }

    func resolveSort(_ orders: [SortOrder], global: Bool, child: LogicalPlan, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        let plan = try resolveSortOrders(orders, global: global, child: child, ctes: ctes)
        // A window function is computed by a select list, never by a sort.
        var sortOrders: [SortOrder] = []
        _ = plan.transformDown { p -> LogicalPlan? in
            if case .sort(let o, _, _) = p, sortOrders.isEmpty { sortOrders = o }
            return nil
        }
        // Nor is an aggregate of a query that has no aggregate to compute it (`SELECT name ... ORDER BY max(x)`).
        let windows = sortOrders.flatMap { o in Expression.sortOrder(o).collect { e -> Expression? in if case .window = e { e } else { nil } } }
            + sortOrders.compactMap { QualifyResolution.aggregateOutsideWindows(.sortOrder($0)) }
        if !windows.isEmpty {
            let shown = windows.map { "\"\($0.prettyName)\"" }.joined(separator: ", ")
            throw SparkError("UNSUPPORTED_EXPR_FOR_OPERATOR", "The query operator Sort contains one or more unsupported expressions.\nConsider to rewrite it to avoid window functions, aggregate functions, and generator functions in the Sort operator.\nInvalid expressions: [\(shown)]", sqlState: "42K0E")
        }
        if let unorderable = sortOrders.first(where: { !$0.child.dataType.isOrderable }) {
            throw SparkError("DATATYPE_MISMATCH.INVALID_ORDERING_TYPE", "Cannot resolve \"\(Expression.sortOrder(unorderable).prettyName)\" due to data type mismatch: The `sortorder` does not support ordering on type \"\(unorderable.child.dataType.sqlName)\".", sqlState: "42K09")
        }
        return plan
    }

    private func resolveSortOrders(_ orders: [SortOrder], global: Bool, child: LogicalPlan, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        // ORDER BY 1 refers to the first output column.
        let ordinalResolved = try orders.map { o -> SortOrder in
            guard case .literal(.int(let n), .int) = o.child else { return o }
            guard n >= 1, Int(n) <= child.output.count else {
                throw SparkError("ORDER_BY_POS_OUT_OF_RANGE", "ORDER BY position \(n) is not in select list (valid range is [1, \(child.output.count)]).")
            }
            var copy = o
            copy.child = .attribute(child.output[Int(n) - 1])
            return copy
        }
        do {
            let resolved = try ordinalResolved.map { try resolveExpression(.sortOrder($0), input: child.output, ctes: ctes).asSortOrder }
            // `ORDER BY count(*)` reads no column, so it resolves anywhere: it still belongs to the aggregate.
            if resolved.contains(where: { Expression.sortOrder($0).containsAggregate }),
               let sorted = try resolveSortOverAggregate(ordinalResolved, global: global, child: child, ctes: ctes) {
                return sorted
            }
            // A column of another DataFrame (`employees.orderBy(departments.dept_id)`) is produced nowhere
            // below: Spark's missing-attribute check rejects it.
            let produced = Set(child.collect { $0.output }.joined().map(\.exprId))
            let orderExprs = resolved.map { Expression.sortOrder($0) }
            if orderExprs.flatMap(\.references).contains(where: { !produced.contains($0.exprId) }) {
                try Self.checkMissingInput(orderExprs, operator: "Sort", trailing: ", \(global)", child: child, hidden: hiddenColumns)
            }
            return .sort(resolved, global: global, child)
        } catch let error as SparkError {
            if let sorted = try resolveSortOverAggregate(ordinalResolved, global: global, child: child, ctes: ctes) { return sorted }
            // Spark resolves missing sort columns through a projection below (ResolveMissingReferences).
            guard case .project(let list, let grandChild) = child else { throw error }
            let input = child.output + grandChild.output.filter { a in !child.output.contains { $0.exprId == a.exprId } }
            guard let resolved = try? ordinalResolved.map({ try resolveExpression(.sortOrder($0), input: input, ctes: ctes).asSortOrder }) else {
                throw error
            }
            let needed = resolved.flatMap { Expression.sortOrder($0).references }.filter { a in !child.output.contains { $0.exprId == a.exprId } }
            let widened = LogicalPlan.project(list + ExpressionResolution.uniqueById(needed).map { .attribute($0) }, grandChild)
            return .project(child.output.map { .attribute($0) }, .sort(resolved, global: global, widened))
        }
    }

    /// Spark's ResolveAggregateFunctions for ORDER BY over an aggregate (or its HAVING): `ORDER BY count(*)`
    /// or a grouping expression the select list left out. An aggregate the list already computes is read from
    /// its column; any other is computed as a hidden column of the aggregate, projected away after the sort.
    func resolveSortOverAggregate(_ orders: [SortOrder], global: Bool, child: LogicalPlan,
                                  ctes: [String: LogicalPlan]) throws -> LogicalPlan? {
        var node = child
        var outerProject: [Expression]?
        var having: Expression?
        if case .project(let l, let inner) = node, l.allSatisfy(\.isAttribute) { outerProject = l; node = inner }
        if case .filter(let c, let inner) = node { having = c; node = inner }
        guard case .aggregate(let grouping, var list, let aggChild) = node,
              let resolved = try? orders.map({ o -> SortOrder in
                  // A name of the select list first (`ORDER BY location` is the output column, not the input's).
                  if let onOutput = try? resolveExpression(.sortOrder(o), input: list.compactMap(\.toAttribute), ctes: ctes) {
                      return onOutput.asSortOrder
                  }
                  let withGrouping = GroupingAnalytics.resolveInHaving(.sortOrder(o), grouping: grouping)
                  let sorted = try resolveExpression(withGrouping, input: aggChild.output, ctes: ctes)
                  return GroupingAnalytics.readingExpandedColumns(sorted, of: aggChild).asSortOrder
              })
        else { return nil }
        let groupKeys = Set(grouping.map { $0.unaliased.explainString })
        var added: [AttributeReference] = []
        var unresolvable = false
        let outputIds = Set(list.compactMap(\.toAttribute).map(\.exprId))
        func rewrite(_ e: Expression) -> Expression {
            if case .attribute(let a) = e, outputIds.contains(a.exprId) { return e }
            if let existing = list.first(where: { $0.unaliased.explainString == e.explainString }), let a = existing.toAttribute {
                return .attribute(a)
            }
            switch e {
            case .literal: return e
            case .aggregate, _ where groupKeys.contains(e.explainString):
                let hidden = Expression.alias(e, name: e.prettyName, exprId: .next())
                list.append(hidden)
                if let a = hidden.toAttribute { added.append(a); return .attribute(a) }
                return e
            case .attribute:
                unresolvable = true
                return e
            default:
                return e.withNewChildren(e.children.map(rewrite))
            }
        }
        let rewritten = resolved.map { o -> SortOrder in
            var copy = o
            copy.child = rewrite(o.child)
            return copy
        }
        guard !unresolvable else { return nil }
        var rebuilt = LogicalPlan.aggregate(grouping: grouping, aggregates: list, aggChild)
        if let having { rebuilt = .filter(having, rebuilt) }
        if let outerProject { rebuilt = .project(outerProject + added.map { .attribute($0) }, rebuilt) }
        let sorted = LogicalPlan.sort(rewritten, global: global, rebuilt)
        return added.isEmpty ? sorted : .project(child.output.map { .attribute($0) }, sorted)
    }

    /// Spark's ResolveMissingReferences for a filter: `df.select("name").filter("emp_id = 1")` reads a column
    /// the projection below dropped, so the projection keeps it for the filter and a projection above drops it.
    func resolveFilterWithMissingColumns(_ condition: Expression, child: LogicalPlan, ctes: [String: LogicalPlan],
                                         error: SparkError) throws -> LogicalPlan {
        guard case .project(let list, let grandChild) = child, !list.contains(where: \.containsAggregate) else { throw error }
        let input = child.output + grandChild.output.filter { a in !child.output.contains { $0.exprId == a.exprId } }
        guard let resolved = try? resolveExpression(condition, input: input, ctes: ctes) else { throw error }
        try requireBoolean(resolved, "WHERE")
        let needed = resolved.references.filter { a in !child.output.contains { $0.exprId == a.exprId } }
        let widened = LogicalPlan.project(list + ExpressionResolution.uniqueById(needed).map { .attribute($0) }, grandChild)
        return .project(child.output.map { .attribute($0) }, .filter(resolved, widened))
    }

    static func missingAggregation(_ expression: String) -> SparkError {
        SparkError("MISSING_AGGREGATION", "The non-aggregating expression \"\(expression)\" is based on columns which are not participating in the GROUP BY clause.\nAdd the columns or the expression to the GROUP BY, aggregate the expression, or use \"any_value(\(expression))\" if you do not care which of the values within a group is returned.", sqlState: "42803")
    }

    /// A generator as a grouping key that the select list outputs too (`groupBy(explode(tags))`): Spark runs
    /// a select list's generator after the aggregate, over its output, so the generator's input would have
    /// to be grouped itself, and it is not.
    func checkGeneratorGrouping(_ grouping: [Expression], list: [Expression], child: LogicalPlan, ctes: [String: LogicalPlan]) throws {
        for g in grouping {
            guard case .unresolvedFunction(let name, let args, _) = g.unaliased, GeneratorExtraction.generators[name.lowercased()] != nil,
                  let input = args.first, list.contains(where: { $0.unaliased.prettyName == g.unaliased.prettyName }) else { continue }
            // Spark names the first column the input reads, not the whole input expression.
            let resolved = try resolveExpression(input, input: child.output, ctes: ctes)
            throw Self.missingAggregation(resolved.references.first.map { Expression.attribute($0).prettyName } ?? resolved.prettyName)
        }
    }
}
