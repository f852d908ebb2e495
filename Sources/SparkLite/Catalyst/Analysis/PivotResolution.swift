/// PIVOT, as Spark's `ResolvePivot` rewrites it. When every aggregate's result is a number or a boolean,
/// the rows are first aggregated by the grouping columns and the pivot column, then a `pivotfirst`
/// aggregate gathers each group's values into an array with one slot per pivot value, and a projection
/// reads the slots out (two aggregations, so two shuffles). Otherwise each pivot value gets its own copy
/// of every aggregate, over `if(pivot <=> value, x, null)`, in a single aggregation.
enum PivotResolution {
    static func resolve(groupBy: [Expression]?, pivotColumn: Expression, values: [Expression], aggregates: [Expression],
                        child: LogicalPlan, analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        if aggregates.contains(where: { $0.exists { if case .star = $0 { true } else { false } } }) {
            throw SparkError("INVALID_USAGE_OF_STAR_OR_REGEX", "Invalid usage of '*' in Pivot.", sqlState: "42000")
        }
        let pivot = try analyzer.resolveExpression(pivotColumn, input: child.output, ctes: ctes)
        let aggs = try analyzer.resolveNamedList(aggregates, child: child, ctes: ctes)
        for agg in aggs where !agg.containsAggregate {
            throw SparkError("_LEGACY_ERROR_TEMP_1006", "Aggregate expression required for pivot, but '\(agg.unaliased.sql)' did not appear in any aggregate function.")
        }
        let groups: [Expression]
        if let groupBy {
            groups = try analyzer.resolveNamedList(groupBy, child: child, ctes: ctes)
        } else {
            // SQL: the grouping columns are the child's columns the aggregates and the pivot column leave out.
            let used = Set((aggs + [pivot]).flatMap(\.references).map(\.exprId))
            groups = child.output.filter { !used.contains($0.exprId) }.map { .attribute($0) }
        }
        let pivotValues = try values.map { try evaluate($0, as: pivot) }
        let names = values.map(valueName)
        func outputName(_ value: Int, _ agg: Expression) -> String {
            aggs.count == 1 ? names[value] : "\(names[value])_\(agg.outputName)"
        }

        if aggs.allSatisfy({ supportsPivotFirst($0.dataType) }) {
            let pivotNamed: Expression = if case .attribute = pivot { pivot } else { .alias(pivot, name: "__pivot_col", exprId: .next()) }
            // Spark names each first-step aggregate by its SQL text (`sum(amount) AS total` when aliased).
            let sqlNames = zip(aggregates, aggs).map { written, agg in
                if case .alias(_, let name, _) = written { return agg.unaliased.sql + " AS " + Expression.quoteIfNeeded(name) }
                return agg.unaliased.sql
            }
            let firstList = groups + [pivotNamed] + zip(aggs, sqlNames).map { Expression.alias($0.unaliased, name: $1, exprId: .next()) }
            let first = try analyzer.resolveNode(.aggregate(grouping: groups.map(\.unaliased) + [pivot], aggregates: firstList, child), ctes: ctes)
            let firstOutput = first.output
            let groupAttributes = firstOutput.prefix(groups.count).map { Expression.attribute($0) }
            let pivotAttribute = firstOutput[groups.count]
            let valuesLiteral = Expression.literal(.array(pivotValues), .array(element: pivot.dataType, containsNull: true))
            let gathered = zip(sqlNames, firstOutput.suffix(aggs.count)).map { sqlName, attribute -> Expression in
                let pivotFirst = AggregateExpression(kind: .pivotFirst, arguments: [.attribute(pivotAttribute), .attribute(attribute), valuesLiteral],
                                                     resultType: .array(element: attribute.dataType, containsNull: true))
                return .alias(.aggregate(pivotFirst), name: "__pivot_\(sqlName) AS \(Expression.quoteIfNeeded(sqlName))", exprId: .next())
            }
            let second = try analyzer.resolveNode(.aggregate(grouping: groupAttributes, aggregates: groupAttributes + gathered, first), ctes: ctes)
            let arrays = second.output.suffix(aggs.count)
            var projections = groupAttributes
            for i in pivotValues.indices {
                for (agg, array) in zip(aggs, arrays) {
                    let slot = try analyzer.resolveExpression(
                        .unresolvedFunction(name: "get", arguments: [.attribute(array), .literal(.int(Int64(i)), .int)], isDistinct: false),
                        input: second.output, ctes: ctes)
                    projections.append(.alias(slot, name: outputName(i, agg), exprId: .next()))
                }
            }
            return .project(projections, second)
        }

        var list = groups
        for (i, value) in pivotValues.enumerated() {
            let matches = Expression.comparison(.equalNullSafe, pivot, .literal(value, pivot.dataType))
            for agg in aggs {
                let filtered = try agg.unaliased.transformUp { e -> Expression? in
                    guard case .aggregate(var a) = e else { return nil }
                    let wrapped = [AggregateFunctionKind.percentile, .percentileDisc, .percentileApprox].contains(a.kind) ? 1 : a.arguments.count
                    a.arguments = try a.arguments.enumerated().map { index, argument in
                        guard index < wrapped else { return argument }
                        return try analyzer.resolveExpression(
                            .unresolvedFunction(name: "if", arguments: [matches, argument, .literal(.null, argument.dataType)], isDistinct: false),
                            input: child.output, ctes: ctes)
                    }
                    if a.kind == .first || a.kind == .last { a.ignoreNulls = true }
                    a.resultId = .next()
                    return .aggregate(a)
                }
                list.append(.alias(filtered, name: outputName(i, agg), exprId: .next()))
            }
        }
        return try analyzer.resolveNode(.aggregate(grouping: groups.map(\.unaliased), aggregates: list, child), ctes: ctes)
    }

    /// The types `pivotfirst` can gather (Spark's `PivotFirst.supportsDataType`).
    static func supportsPivotFirst(_ type: DataType) -> Bool {
        switch type {
        case .boolean, .byte, .short, .int, .long, .float, .double, .decimal: true
        default: false
        }
    }

    /// A pivot value cast to the pivot column's type; it must be a literal.
    static func evaluate(_ value: Expression, as pivot: Expression) throws -> Value {
        let inner = value.unaliased
        guard inner.isFoldable else {
            throw SparkError("NON_LITERAL_PIVOT_VALUES", "Literal expressions required for pivot values, found \"\(inner.prettyName)\".", sqlState: "42K08")
        }
        guard Cast.canCast(from: inner.dataType, to: pivot.dataType, mode: .ansi) else {
            throw SparkError("PIVOT_VALUE_DATA_TYPE_MISMATCH", "Invalid pivot value '\(inner.prettyName)': value data type \(inner.dataType.sqlName) does not match pivot column data type \(pivot.dataType.sqlName).", sqlState: "42K09")
        }
        return try Cast.evaluate(try inner.eval([]), from: inner.dataType, to: pivot.dataType, mode: .ansi)
    }

    /// A pivot value's column name: its alias, else the value as a string ("null" for null).
    static func valueName(_ value: Expression) -> String {
        if case .alias(_, let name, _) = value { return name }
        guard let v = try? value.eval([]), !v.isNull else { return "null" }
        return Cast.castToString(v, value.dataType)
    }
}
