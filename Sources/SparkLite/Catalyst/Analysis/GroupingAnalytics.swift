/// ROLLUP, CUBE and GROUPING SETS, as Spark's `ResolveGroupingAnalytics` plans them: an `Expand` emits each
/// input row once per grouping set (the columns outside the set as null, plus `spark_grouping_id`), and one
/// aggregate groups by the expanded columns and the id.
enum GroupingAnalytics {
    static func resolve(grouping: [Expression], list: [Expression], child: LogicalPlan, analyzer: Analyzer,
                        ctes: [String: LogicalPlan]) throws -> LogicalPlan? {
        guard let index = grouping.firstIndex(where: { if case .groupingSets = $0 { true } else { false } }),
              case .groupingSets(let kind, let rawSets) = grouping[index] else { return nil }
        // An aliased grouping expression (`cube((age > 30).alias("older"))`) groups by the expression and
        // names its column after the alias; the select list's copy of the alias reads that column.
        var aliasNames: [String: String] = [:]
        func stripAlias(_ e: Expression) -> Expression {
            guard case .alias = e else { return e }
            aliasNames[e.unaliased.explainString] = e.outputName
            return e.unaliased
        }
        let plain = try grouping.enumerated().filter { $0.offset != index }.map { stripAlias(try analyzer.resolveExpression($0.element, input: child.output, ctes: ctes)) }
        let resolvedSets = try rawSets.map { try $0.map { stripAlias(try analyzer.resolveExpression($0, input: child.output, ctes: ctes)) } }
        // The distinct grouping columns, in order of first appearance.
        var columns: [Expression] = plain
        for e in resolvedSets.flatMap({ $0 }) where !columns.contains(where: { $0.explainString == e.explainString }) {
            columns.append(e)
        }
        let sets: [[Expression]] = switch kind {
        case .rollup: (0...resolvedSets.count).reversed().map { plain + resolvedSets.prefix($0).flatMap { $0 } }
        case .cube: cubeSets(resolvedSets).map { plain + $0 }
        case .groupingSets: resolvedSets.map { plain + $0 }
        }
        // Grouping columns as attributes of their own, nullable in the subtotal rows.
        let aliased = columns.map { e -> (Expression, AttributeReference) in
            (e, AttributeReference(name: aliasNames[e.explainString] ?? e.outputName, dataType: e.dataType, nullable: true))
        }
        let gid = AttributeReference(name: "spark_grouping_id", dataType: .long, nullable: false)
        let projected = LogicalPlan.project(child.output.map { .attribute($0) } + aliased.map { .alias($0.0, name: $0.1.name, exprId: .next()) }, child)
        let sourceColumns = Array(projected.output.suffix(aliased.count))
        let projections: [[Expression]] = sets.map { set in
            let present = Set(set.map(\.explainString))
            var bits: Int64 = 0
            var row: [Expression] = child.output.map { .attribute($0) }
            for (i, (e, attr)) in aliased.enumerated() {
                if present.contains(e.explainString) {
                    row.append(.attribute(sourceColumns[i]))
                } else {
                    row.append(.literal(.null, attr.dataType))
                    bits |= 1 << Int64(aliased.count - 1 - i)
                }
            }
            return row + [.literal(.int(bits), .long)]
        }
        let expand = LogicalPlan.expand(projections: projections, output: child.output + aliased.map(\.1) + [gid], projected)
        // `grouping(col)` and `grouping_id()` read bits of the grouping id.
        let withGroupingFunctions = try list.map { item in
            try item.transformUp { e -> Expression? in
                guard case .unresolvedFunction(let name, let args, _) = e else { return nil }
                switch name.lowercased() {
                case "grouping_id":
                    return groupingId(gid)
                case "grouping":
                    guard args.count == 1 else { return nil }
                    func mismatch(_ shown: String) -> SparkError {
                        SparkError("GROUPING_COLUMN_MISMATCH", "Column of grouping (\(shown)) can't be found in grouping columns \(aliased.map { $0.0.explainString }.joined(separator: ",")).", sqlState: "42803")
                    }
                    let arg: Expression
                    do {
                        arg = try analyzer.resolveExpression(args[0], input: child.output, ctes: ctes)
                    } catch let error as SparkError where error.errorClass.hasPrefix("UNRESOLVED_COLUMN") {
                        // The name of a grouping key's alias in the select list is a lateral alias reference
                        // to Spark, which is no grouping column.
                        if case .unresolvedAttribute(let parts) = args[0], parts.count == 1,
                           list.contains(where: { if case .alias(_, let name, _) = $0 { name.lowercased() == parts[0].lowercased() } else { false } }) {
                            throw mismatch("lateralAliasReference(\(parts[0]))")
                        }
                        throw error
                    }
                    guard let i = aliased.firstIndex(where: { $0.0.explainString == arg.explainString }) else {
                        throw mismatch(arg.explainString)
                    }
                    return groupingBit(gid, column: i, of: aliased.count, argument: arg)
                default:
                    return nil
                }
            }
        }
        // The select list reads grouping columns from the expanded copies (null in subtotals).
        // Aggregates keep reading the original columns, which the Expand passes through.
        func readExpanded(_ e: Expression) -> Expression {
            if case .aggregate = e { return e }
            if let hit = aliased.first(where: { $0.0.explainString == e.explainString }) { return .attribute(hit.1) }
            let kids = e.children
            return kids.isEmpty ? e : e.withNewChildren(kids.map(readExpanded))
        }
        let resolvedList = try analyzer.resolveNamedList(withGroupingFunctions, child: child, ctes: ctes).map { item in
            if case .alias(let c, let name, let id) = item { return Expression.alias(readExpanded(c), name: name, exprId: id) }
            return readExpanded(item)
        }
        return .aggregate(grouping: aliased.map { .attribute($0.1) } + [.attribute(gid)], aggregates: resolvedList, expand)
    }

    /// `grouping_id()`: the grouping id itself, named `grouping_id()` but planned (and explained) as the
    /// `spark_grouping_id` column.
    static func groupingId(_ gid: AttributeReference) -> Expression {
        .replaceable("grouping_id", shown: [], replacement: .attribute(gid))
    }

    /// `grouping(col)`: the grouping id's bit for the column at `index` of `count` (1 when it is aggregated away).
    static func groupingBit(_ gid: AttributeReference, column index: Int, of count: Int, argument: Expression) -> Expression {
        let shift = Int64(count - 1 - index)
        let f = ScalarFunction(name: "grouping", dataType: .byte, nullable: false, nullIntolerant: false, displayArguments: [1]) { values in
            .int(((values[0].int64Value ?? 0) >> shift) & 1)
        }
        return .function(f, [.attribute(gid), argument])
    }

    /// HAVING over ROLLUP, CUBE or GROUPING SETS: `grouping_id()` and `grouping(col)` read the grouping id of the
    /// aggregate below (its last grouping column), the columns named among its grouping columns.
    static func resolveInHaving(_ condition: Expression, grouping: [Expression]) -> Expression {
        guard case .attribute(let gid)? = grouping.last, gid.name == "spark_grouping_id" else { return condition }
        let columns = grouping.dropLast().compactMap { e -> AttributeReference? in if case .attribute(let a) = e { a } else { nil } }
        return condition.transformUp { e -> Expression? in
            guard case .unresolvedFunction(let name, let args, _) = e else { return nil }
            switch name.lowercased() {
            case "grouping_id":
                return groupingId(gid)
            case "grouping":
                guard args.count == 1, case .unresolvedAttribute(let parts) = args[0], let last = parts.last,
                      let i = columns.firstIndex(where: { $0.name.lowercased() == last.lowercased() }) else { return nil }
                return groupingBit(gid, column: i, of: columns.count, argument: .attribute(columns[i]))
            default:
                return nil
            }
        }
    }

    /// An expression over the input of a ROLLUP, CUBE or GROUPING SETS aggregate (`ORDER BY d.location`) read
    /// as Spark does: a grouping column or expression is its expanded copy, null in the subtotal rows.
    static func readingExpandedColumns(_ e: Expression, of aggChild: LogicalPlan) -> Expression {
        guard case .expand(_, let output, .project(let list, _)) = aggChild, list.count <= output.count else { return e }
        var sources: [(String, AttributeReference)] = []
        for (item, attr) in zip(list, output) {
            guard case .alias(let source, _, _) = item else { continue }
            sources.append((source.explainString, attr))
        }
        return e.transformDown { x -> Expression? in
            if case .aggregate = x { return x }
            guard let hit = sources.first(where: { $0.0 == x.explainString }) else { return nil }
            return .attribute(hit.1)
        }
    }

    /// All subsets of the cube's columns, largest first, as Spark enumerates them.
    static func cubeSets(_ sets: [[Expression]]) -> [[Expression]] {
        let n = sets.count
        return (0..<(1 << n)).map { mask in
            (0..<n).filter { mask & (1 << (n - 1 - $0)) == 0 }.flatMap { sets[$0] }
        }
    }
}
