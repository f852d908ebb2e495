/// UNPIVOT, `DataFrame.unpivot` and `melt`, as Spark rewrites them: an `Expand` writing each input row once per
/// value column, as the id columns, the value column's name and its value (cast to the value columns' common
/// type). SQL's UNPIVOT drops rows whose value is null unless it says INCLUDE NULLS.
enum UnpivotResolution {
    static func resolve(ids: [Expression]?, values: [Expression]?, variableColumn: String, valueColumn: String, includeNulls: Bool,
                        child: LogicalPlan, analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        // SQL's `col AS name` names the variable value; the alias is not a column.
        var valueNames: [String?] = []
        let unaliasedValues = values.map { list in
            list.map { v -> Expression in
                if case .alias(let c, let name, _) = v {
                    valueNames.append(name)
                    return c
                }
                valueNames.append(nil)
                return v
            }
        }
        let resolvedIds = try ids.map { try analyzer.resolveNamedList($0, child: child, ctes: ctes) }
        var resolvedValues = try unaliasedValues.map { try analyzer.resolveNamedList($0, child: child, ctes: ctes) }
        if resolvedValues == nil {
            let used = Set((resolvedIds ?? []).flatMap(\.references).map(\.exprId))
            resolvedValues = child.output.filter { !used.contains($0.exprId) }.map { .attribute($0) }
            valueNames = resolvedValues?.map { _ in nil } ?? []
        }
        let valueList = resolvedValues ?? []
        let idList = resolvedIds ?? {
            let used = Set(valueList.flatMap(\.references).map(\.exprId))
            return child.output.filter { !used.contains($0.exprId) }.map { .attribute($0) }
        }()
        guard !valueList.isEmpty else {
            throw SparkError("UNPIVOT_REQUIRES_VALUE_COLUMNS", "At least one value column needs to be specified for UNPIVOT, all columns specified as ids.", sqlState: "42K0A")
        }
        guard let valueType = TypeCoercion.widerType(valueList.map(\.dataType)) else {
            let types = valueList.map { "\($0.toAttribute?.name ?? $0.prettyName)`: \($0.dataType.sqlName)" }
            throw SparkError("UNPIVOT_VALUE_DATA_TYPE_MISMATCH", "Unpivot value columns must share a least common type, some types do not: [\(types.map { "`" + $0 }.joined(separator: ", "))].", sqlState: "42K09")
        }
        let idAttributes = idList.map { e in
            AttributeReference(name: e.toAttribute?.name ?? e.prettyName, dataType: e.dataType, nullable: e.nullable)
        }
        let variable = AttributeReference(name: variableColumn, dataType: .string, nullable: false)
        let value = AttributeReference(name: valueColumn, dataType: valueType, nullable: valueList.contains(where: \.nullable))
        let projections = zip(valueList, valueNames).map { v, alias -> [Expression] in
            let name = alias ?? v.toAttribute?.name ?? v.prettyName
            let read = v.unaliased.dataType == valueType ? v.unaliased : .cast(v.unaliased, valueType, .ansi)
            return idList.map(\.unaliased) + [.literal(.string(name), .string), read]
        }
        let expand = LogicalPlan.expand(projections: projections, output: idAttributes + [variable, value], child)
        return includeNulls ? expand : .filter(.isNotNull(.attribute(value)), expand)
    }
}
