/// `join(other, "key")` / `JOIN ... USING (key)`: an equi-join whose key columns appear once, first,
/// merged as Spark merges them (left key for inner/left, right key for right, coalesce for full outer).
enum UsingJoin {
    static func resolve(_ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType, columns: [String]?, hint: JoinHint) throws -> LogicalPlan {
        let names = columns ?? l.output.map(\.name).filter { n in r.output.contains { $0.name.lowercased() == n.lowercased() } }
        var leftKeys: [AttributeReference] = [], rightKeys: [AttributeReference] = []
        for name in names {
            guard let lk = l.output.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SparkError("UNRESOLVED_USING_COLUMN_FOR_JOIN", "USING column `\(name)` cannot be resolved on the left side of the join. The left-side columns: [\(l.output.map { "`\($0.name)`" }.joined(separator: ", "))].")
            }
            guard let rk = r.output.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SparkError("UNRESOLVED_USING_COLUMN_FOR_JOIN", "USING column `\(name)` cannot be resolved on the right side of the join. The right-side columns: [\(r.output.map { "`\($0.name)`" }.joined(separator: ", "))].")
            }
            leftKeys.append(lk)
            rightKeys.append(rk)
        }
        var condition: Expression?
        for (lk, rk) in zip(leftKeys, rightKeys) {
            let (a, b) = try coercedPair(.attribute(lk), .attribute(rk))
            let eq = Expression.comparison(.equal, a, b)
            condition = condition.map { .and($0, eq) } ?? eq
        }
        let join = LogicalPlan.join(l, r, type, condition: condition, hint: hint)
        let joinOutput = join.output
        func joined(_ a: AttributeReference) -> AttributeReference { joinOutput.first { $0.exprId == a.exprId } ?? a }
        let leftIds = Set(leftKeys.map(\.exprId)), rightIds = Set(rightKeys.map(\.exprId))
        let keyColumns: [Expression]
        let rest: [Expression]
        switch type {
        case .leftSemi, .leftAnti:
            keyColumns = leftKeys.map { .attribute(joined($0)) }
            rest = l.output.filter { !leftIds.contains($0.exprId) }.map { .attribute(joined($0)) }
        case .rightOuter:
            keyColumns = rightKeys.map { .attribute(joined($0)) }
            rest = l.output.filter { !leftIds.contains($0.exprId) }.map { .attribute(joined($0)) }
                + r.output.filter { !rightIds.contains($0.exprId) }.map { .attribute(joined($0)) }
        case .fullOuter:
            keyColumns = zip(leftKeys, rightKeys).map { lk, rk in
                let merged = Expression.function(ScalarFunction.coalesce(lk.dataType, nullable: true), [.attribute(joined(lk)), .attribute(joined(rk))])
                return .alias(merged, name: lk.name, exprId: .next())
            }
            rest = l.output.filter { !leftIds.contains($0.exprId) }.map { .attribute(joined($0)) }
                + r.output.filter { !rightIds.contains($0.exprId) }.map { .attribute(joined($0)) }
        default:
            keyColumns = leftKeys.map { .attribute(joined($0)) }
            rest = l.output.filter { !leftIds.contains($0.exprId) }.map { .attribute(joined($0)) }
                + r.output.filter { !rightIds.contains($0.exprId) }.map { .attribute(joined($0)) }
        }
        return .project(keyColumns + rest, join)
    }

    static func coercedPair(_ a: Expression, _ b: Expression) throws -> (Expression, Expression) {
        if a.dataType == b.dataType { return (a, b) }
        guard let t = TypeCoercionRules.comparisonType(a.dataType, b.dataType) else { return (a, b) }
        return (TypeCoercionRules.cast(a, t), TypeCoercionRules.cast(b, t))
    }
}
