/// Resolves `broadcast(df)`, `df.hint("merge")` and SQL hints into a `ResolvedHint` on the hinted relation.
enum HintResolution {
    static func resolve(_ name: String, _ params: [Expression], _ child: LogicalPlan) throws -> LogicalPlan {
        let strategy: JoinHint.Strategy
        switch name.uppercased() {
        case "BROADCAST", "BROADCASTJOIN", "MAPJOIN": strategy = .broadcast
        case "MERGE", "SHUFFLE_MERGE", "MERGEJOIN": strategy = .shuffleMerge
        case "SHUFFLE_HASH": strategy = .shuffleHash
        case "SHUFFLE_REPLICATE_NL": strategy = .shuffleReplicateNL
        case "REPARTITION", "COALESCE", "REPARTITION_BY_RANGE", "REBALANCE":
            return try partitionHint(name.uppercased(), params, child)
        default:
            // Spark ignores unknown hints with a warning.
            return child
        }
        if params.isEmpty { return .resolvedHint(JoinHint(left: strategy), child) }
        let names = Set(params.compactMap { p -> String? in
            switch p {
            case .unresolvedAttribute(let parts): return parts.last?.lowercased()
            case .literal(.string(let s), _): return s.lowercased()
            default: return nil
            }
        })
        // Mark each relation alias named by the hint (bottom-up, so a wrapped alias is not visited again).
        return child.transformUp { node -> LogicalPlan? in
            if case .subqueryAlias(let alias, _) = node, names.contains(alias.lowercased()) {
                return .resolvedHint(JoinHint(left: strategy), node)
            }
            return nil
        }
    }

    static func partitionHint(_ name: String, _ params: [Expression], _ child: LogicalPlan) throws -> LogicalPlan {
        var n: Int?
        var exprs: [Expression] = []
        for p in params {
            if case .literal(.int(let v), _) = p { n = Int(v) } else { exprs.append(p) }
        }
        let resolvedExprs = try exprs.map { e -> Expression in
            if case .unresolvedAttribute(let parts) = e, let found = try ExpressionResolution.lookup(parts, in: child.output) { return found }
            return e
        }
        switch name {
        case "COALESCE":
            guard let n else { throw SparkError("INVALID_HINT_PARAMETER", "COALESCE hint expects a partition number.") }
            return .repartition(numPartitions: n, shuffle: false, child)
        case "REPARTITION_BY_RANGE":
            return .repartitionByExpression(resolvedExprs.map { .sortOrder(SortOrder($0)) }, numPartitions: n, child)
        default:
            if resolvedExprs.isEmpty, let n { return .repartition(numPartitions: n, shuffle: true, child) }
            return .repartitionByExpression(resolvedExprs, numPartitions: n, child)
        }
    }
}
