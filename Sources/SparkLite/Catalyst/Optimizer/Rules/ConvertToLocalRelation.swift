/// Spark's `ConvertToLocalRelation`: a projection, filter or limit over a local table (`VALUES`) is computed
/// while optimizing, so the plan is a single `LocalTableScan` of the result. An expression that is not
/// deterministic or reads a subquery or a Python UDF stays, and so does one whose evaluation fails (the
/// error then happens when the query runs, with its own error class).
enum ConvertToLocalRelation {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .project(let list, .localRelation(let data, let output)) where data.origin == .localTable:
                guard let bound = bind(list, output),
                      let partitions = try? data.partitions.map({ rows in try rows.map { row in try bound.map { try $0.eval(row) } } })
                else { return nil }
                return .localRelation(LocalData(partitions: partitions, origin: .localTable, tableName: data.tableName),
                                      output: list.compactMap(\.toAttribute))
            case .filter(let condition, .localRelation(let data, let output)) where data.origin == .localTable:
                guard let bound = bind([condition], output)?.first,
                      let partitions = try? data.partitions.map({ rows in try rows.filter { try bound.eval($0) == .bool(true) } })
                else { return nil }
                return .localRelation(LocalData(partitions: partitions, origin: .localTable, tableName: data.tableName), output: output)
            case .limit(let n, .localRelation(let data, let output)) where data.origin == .localTable:
                var remaining = n
                let partitions = data.partitions.map { rows -> [[Value]] in
                    let taken = Array(rows.prefix(max(0, remaining)))
                    remaining -= taken.count
                    return taken
                }
                return .localRelation(LocalData(partitions: partitions, origin: .localTable, tableName: data.tableName), output: output)
            default:
                return nil
            }
        }
    }

    /// The expressions reading the row's values by position; nil when one cannot be computed here.
    private static func bind(_ exprs: [Expression], _ input: [AttributeReference]) -> [Expression]? {
        var bound: [Expression] = []
        for e in exprs {
            guard e.deterministic, !e.containsSubquery, !e.containsPythonUDF, !e.containsWindow, !e.containsAggregate else { return nil }
            var missing = false
            let positional = e.transformUp { x -> Expression? in
                guard case .attribute(let a) = x else { return nil }
                guard let i = input.firstIndex(where: { $0.exprId == a.exprId }) else {
                    missing = true
                    return nil
                }
                return .boundReference(ordinal: i, dataType: a.dataType, nullable: a.nullable)
            }
            guard !missing, let withLambdas = try? SparkPlan.bindLambdaVariables(positional, width: input.count, slots: [:]) else { return nil }
            bound.append(withLambdas)
        }
        return bound
    }
}
