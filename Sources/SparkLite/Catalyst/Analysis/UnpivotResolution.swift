/// UNPIVOT, `DataFrame.unpivot` and `melt`, as Spark rewrites them: an `Expand` writing each input row once per
/// value column, as the id columns, the value column's name and its value (cast to the value columns' common
/// type). SQL's UNPIVOT drops rows whose value is null unless it says INCLUDE NULLS.
enum UnpivotResolution {
    static func resolve(ids: [Expression]?, values: [[Expression]]?, variableColumn: String, valueColumns: [String], includeNulls: Bool,
                        child: LogicalPlan, analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        // SQL's `col AS name` (or `(a, b) AS name`) names the variable value; the alias is not a column.
        var valueNames: [String?] = []
        let unaliasedValues = values.map { groups in
            groups.map { group -> [Expression] in
                var name: String?
                let columns = group.map { v -> Expression in
                    if case .alias(let c, let n, _) = v {
                        name = n
                        return c
                    }
                    return v
                }
                valueNames.append(name)
                return columns
            }
        }
        let resolvedIds = try ids.map { try analyzer.resolveNamedList($0, child: child, ctes: ctes) }
        var resolvedValues = try unaliasedValues.map { groups in try groups.map { try analyzer.resolveNamedList($0, child: child, ctes: ctes) } }
        if resolvedValues == nil {
            let used = Set((resolvedIds ?? []).flatMap(\.references).map(\.exprId))
            resolvedValues = child.output.filter { !used.contains($0.exprId) }.map { [.attribute($0)] }
            valueNames = resolvedValues?.map { _ in nil } ?? []
        }
        let groups = resolvedValues ?? []
        let idList = resolvedIds ?? {
            let used = Set(groups.flatMap { $0 }.flatMap(\.references).map(\.exprId))
            return child.output.filter { !used.contains($0.exprId) }.map { .attribute($0) }
        }()
        guard !groups.isEmpty else {
            throw SparkError("UNPIVOT_REQUIRES_VALUE_COLUMNS", "At least one value column needs to be specified for UNPIVOT, all columns specified as ids.", sqlState: "42K0A")
        }
        if groups.contains(where: { $0.count != valueColumns.count }) {
            throw SparkError("UNPIVOT_VALUE_SIZE_MISMATCH", "All unpivot value columns must have the same size as there are value column names (\(valueColumns.count)).", sqlState: "428C4")
        }
        var valueAttributes: [AttributeReference] = []
        for (position, name) in valueColumns.enumerated() {
            let column = groups.map { $0[position] }
            // No string promotion: a STRING and an INT column have no common type here.
            guard let type = TypeCoercion.widerTypeWithoutStringPromotion(column.map(\.dataType)) else {
                let types = column
                    .map { (type: $0.dataType.sqlName, name: $0.toAttribute?.name ?? $0.prettyName) }
                    .enumerated().sorted { $0.element.type != $1.element.type ? $0.element.type < $1.element.type : $0.offset < $1.offset }
                    .map { "\"\($0.element.type)\" (\("`" + $0.element.name.replacingOccurrences(of: "`", with: "``") + "`"))" }
                throw SparkError("UNPIVOT_VALUE_DATA_TYPE_MISMATCH", "Unpivot value columns must share a least common type, some types do not: [\(types.joined(separator: ", "))].", sqlState: "42K09")
            }
            valueAttributes.append(AttributeReference(name: name, dataType: type, nullable: column.contains(where: \.nullable)))
        }
        let idAttributes = idList.map { e in
            AttributeReference(name: e.toAttribute?.name ?? e.prettyName, dataType: e.dataType, nullable: e.nullable)
        }
        let variable = AttributeReference(name: variableColumn, dataType: .string, nullable: false)
        let projections = zip(groups, valueNames).map { group, alias -> [Expression] in
            // Without an alias the variable value is the column names joined by `_`.
            let name = alias ?? group.map { $0.toAttribute?.name ?? $0.prettyName }.joined(separator: "_")
            let reads = zip(group, valueAttributes).map { v, attr -> Expression in
                v.unaliased.dataType == attr.dataType ? v.unaliased : .cast(v.unaliased, attr.dataType, .ansi)
            }
            return idList.map(\.unaliased) + [.literal(.string(name), .string)] + reads
        }
        let expand = LogicalPlan.expand(projections: projections, output: idAttributes + [variable] + valueAttributes, child)
        // A row goes only when all its values are null: never when one value column cannot be null (a
        // count), so Spark's optimizer drops the filter.
        if includeNulls || valueAttributes.contains(where: { !$0.nullable }) { return expand }
        let kept = valueAttributes.map { Expression.isNotNull(.attribute($0)) }
        return .filter(kept.dropFirst().reduce(kept[0]) { .or($0, $1) }, expand)
    }
}
