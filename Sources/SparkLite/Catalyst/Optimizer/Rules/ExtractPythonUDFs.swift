/// Spark's `ExtractPythonUDFs`: Python UDF calls in a projection or filter are evaluated by a
/// `BatchEvalPython` step below it, which appends their results as `pythonUDF0`, `pythonUDF1`, ...;
/// the operator then reads those columns. A filter keeps its child's columns with a projection above.
enum ExtractPythonUDFs {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        pullOutGroupingUDFs(plan).transformUp { p in
            switch p {
            case .project(let list, let child):
                guard let (udfs, results, rewritten) = extract(list) else { return nil }
                return .project(rewritten, .batchEvalPython(udfs: udfs, results: results, child))
            case .filter(let condition, let child):
                guard let (udfs, results, rewritten) = extract([condition]) else { return nil }
                let evaluated = LogicalPlan.filter(rewritten[0], .batchEvalPython(udfs: udfs, results: results, child))
                return .project(child.output.map { .attribute($0) }, evaluated)
            default:
                return nil
            }
        }
    }

    /// Spark's `PullOutGroupingExpressions` for grouping keys that call Python UDFs: each such key is computed
    /// as `_groupingexpression` by a projection under the aggregate (where the UDF is then extracted), and
    /// the aggregate groups by that column.
    private static func pullOutGroupingUDFs(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .aggregate(let grouping, let aggregates, let child) = p, grouping.contains(where: \.containsPythonUDF) else { return nil }
            var computed: [Expression] = []
            var replaced: [String: AttributeReference] = [:]
            let newGrouping = grouping.map { g -> Expression in
                guard g.containsPythonUDF else { return g }
                let key = g.unaliased
                if let existing = replaced[identity(key)] { return .attribute(existing) }
                let alias = Expression.alias(key, name: "_groupingexpression", exprId: ExprId.next())
                guard let column = alias.toAttribute else { return g }
                computed.append(alias)
                replaced[identity(key)] = column
                return .attribute(column)
            }
            let newAggregates = aggregates.map { a in
                a.transformDown { x -> Expression? in replaced[identity(x)].map { .attribute($0) } }
            }
            return .aggregate(grouping: newGrouping, aggregates: newAggregates,
                              .project(child.output.map { .attribute($0) } + computed, child))
        }
    }

    /// The distinct UDF calls whose arguments hold no other UDF call, their result columns, and the
    /// expressions reading those columns instead. Nested calls are extracted by the next pass.
    private static func extract(_ exprs: [Expression]) -> (udfs: [Expression], results: [AttributeReference], rewritten: [Expression])? {
        var udfs: [Expression] = []
        var results: [AttributeReference] = []
        let rewritten = exprs.map { e in
            e.transformUp { x -> Expression? in
                guard case .pythonUDF(_, let args) = x, !args.contains(where: \.containsPythonUDF) else { return nil }
                if let i = udfs.firstIndex(where: { identity($0) == identity(x) }) { return .attribute(results[i]) }
                udfs.append(x)
                results.append(AttributeReference(name: "pythonUDF\(results.count)", dataType: x.dataType, nullable: true))
                return .attribute(results[results.count - 1])
            }
        }
        return udfs.isEmpty ? nil : (udfs, results, rewritten)
    }

    /// What makes two UDF expressions the same call: their text and the functions they call.
    private static func identity(_ e: Expression) -> String {
        let functions = e.collect { x -> Int? in if case .pythonUDF(let u, _) = x { u.functionId } else { nil } }
        return functions.map(String.init).joined(separator: ",") + " " + e.explainString
    }
}

extension Expression {
    var containsPythonUDF: Bool { exists { if case .pythonUDF = $0 { true } else { false } } }
}
