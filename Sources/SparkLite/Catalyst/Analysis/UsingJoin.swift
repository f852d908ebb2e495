/// `join(other, "key")` / `JOIN ... USING (key)`: an equi-join whose key columns appear once, first,
/// merged as Spark merges them (left key for inner/left, right key for right, coalesce for full outer).
enum UsingJoin {
    static func resolve(_ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType, columns: [String]?, hint: JoinHint) throws -> LogicalPlan {
        let names = columns ?? l.output.map(\.name).filter { n in r.output.contains { $0.name.lowercased() == n.lowercased() } }
        var leftKeys: [AttributeReference] = [], rightKeys: [AttributeReference] = []
        for name in names {
            guard let lk = l.output.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SparkError("UNRESOLVED_USING_COLUMN_FOR_JOIN", "USING column `\(name)` cannot be resolved on the left side of the join. The left-side columns: [\(l.output.map { "`\($0.name)`" }.sorted().joined(separator: ", "))].")
            }
            guard let rk = r.output.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SparkError("UNRESOLVED_USING_COLUMN_FOR_JOIN", "USING column `\(name)` cannot be resolved on the right side of the join. The right-side columns: [\(r.output.map { "`\($0.name)`" }.sorted().joined(separator: ", "))].")
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
        // The keys shown once stay selectable by qualified name (`rhs.k`), except the right side's of a
        // semi or anti join, whose columns are gone.
        let hiddenKeys: [AttributeReference]
        let rest: [Expression]
        let leftRest = l.output.filter { !leftIds.contains($0.exprId) }.map { Expression.attribute(joined($0)) }
        let rightRest = r.output.filter { !rightIds.contains($0.exprId) }.map { Expression.attribute(joined($0)) }
        switch type {
        case .leftSemi, .leftAnti:
            keyColumns = leftKeys.map { .attribute(joined($0)) }
            hiddenKeys = []
            rest = leftRest
        case .rightOuter:
            keyColumns = rightKeys.map { .attribute(joined($0)) }
            hiddenKeys = leftKeys.map(joined)
            rest = leftRest + rightRest
        case .fullOuter:
            keyColumns = zip(leftKeys, rightKeys).map { lk, rk in
                let merged = Expression.function(ScalarFunction.coalesce(lk.dataType, nullable: true), [.attribute(joined(lk)), .attribute(joined(rk))])
                return .alias(merged, name: lk.name, exprId: .next())
            }
            hiddenKeys = (leftKeys + rightKeys).map(joined)
            rest = leftRest + rightRest
        default:
            keyColumns = leftKeys.map { .attribute(joined($0)) }
            hiddenKeys = rightKeys.map(joined)
            rest = leftRest + rightRest
        }
        return .withHiddenColumns(hiddenKeys + join.hiddenColumns, .project(keyColumns + rest, join))
    }

    static func coercedPair(_ a: Expression, _ b: Expression) throws -> (Expression, Expression) {
        if a.dataType == b.dataType { return (a, b) }
        guard let t = TypeCoercionRules.comparisonType(a.dataType, b.dataType) else { return (a, b) }
        return (TypeCoercionRules.cast(a, t), TypeCoercionRules.cast(b, t))
    }
}
