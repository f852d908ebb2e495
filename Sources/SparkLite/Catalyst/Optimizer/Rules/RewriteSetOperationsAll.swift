/// Spark's `ReplaceIntersectAll` and `RewriteExceptAll`: the ALL forms of INTERSECT and EXCEPT keep duplicates,
/// so they count each distinct row on both sides (a `Union` of the sides tagged by a marker column, then
/// an `Aggregate` on every column) and emit each surviving row that many times (`Generate replicaterows`).
///
/// `a EXCEPT ALL b`: tag left rows 1 and right rows -1, `sum` per row, keep sums above 0 and repeat each row
/// `sum` times. `a INTERSECT ALL b`: mark the side in `vcol1`/`vcol2`, count both, keep rows present on both
/// sides and repeat each row the smaller count times.
enum RewriteSetOperationsAll {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            switch p {
            case .except(let left, let right, true): return exceptAll(left, right)
            case .intersect(let left, let right, true): return intersectAll(left, right)
            default: return nil
            }
        }
    }

    static func exceptAll(_ left: LogicalPlan, _ right: LogicalPlan) -> LogicalPlan {
        let leftMarker = Expression.alias(.literal(.int(1), .long), name: "vcol", exprId: .next())
        let rightMarker = Expression.alias(.literal(.int(-1), .long), name: "vcol", exprId: .next())
        let union = LogicalPlan.union([.project([leftMarker] + columns(left), left), .project([rightMarker] + columns(right), right)],
                                      byName: false, allowMissingColumns: false)
        guard let marker = union.output.first else { return .except(left, right, isAll: true) }
        let sum = Expression.alias(.aggregate(AggregateExpression(kind: .sum, arguments: [.attribute(marker)], resultType: .long)),
                                   name: "sum", exprId: .next())
        guard let sumAttribute = sum.toAttribute else { return .except(left, right, isAll: true) }
        let aggregate = LogicalPlan.aggregate(grouping: columns(left), aggregates: columns(left) + [sum], union)
        let kept = LogicalPlan.filter(.comparison(.greaterThan, .attribute(sumAttribute), .literal(.int(0), .long)), aggregate)
        return replicate(left, count: sumAttribute, kept)
    }

    static func intersectAll(_ left: LogicalPlan, _ right: LogicalPlan) -> LogicalPlan {
        func marker(_ present: Bool, _ name: String) -> Expression {
            .alias(present ? .literal(.bool(true), .boolean) : .literal(.null, .boolean), name: name, exprId: .next())
        }
        let union = LogicalPlan.union([.project([marker(true, "vcol1"), marker(false, "vcol2")] + columns(left), left),
                                       .project([marker(false, "vcol1"), marker(true, "vcol2")] + columns(right), right)],
                                      byName: false, allowMissingColumns: false)
        let unionOutput = union.output
        guard unionOutput.count >= 2 else { return .intersect(left, right, isAll: true) }
        func count(_ a: AttributeReference) -> Expression {
            .alias(.aggregate(AggregateExpression(kind: .count, arguments: [.attribute(a)], resultType: .long)), name: "\(a.name)_count", exprId: .next())
        }
        let leftCount = count(unionOutput[0]), rightCount = count(unionOutput[1])
        guard let l = leftCount.toAttribute, let r = rightCount.toAttribute,
              let smaller = try? FunctionRegistry.builtin.lookup("if")?.build(
                [.comparison(.greaterThan, .attribute(l), .attribute(r)), .attribute(r), .attribute(l)], FunctionContext()) else {
            return .intersect(left, right, isAll: true)
        }
        let aggregate = LogicalPlan.aggregate(grouping: columns(left), aggregates: [leftCount, rightCount] + columns(left), union)
        let onBothSides = LogicalPlan.filter(.and(.comparison(.greaterThanOrEqual, .attribute(l), .literal(.int(1), .long)),
                                                  .comparison(.greaterThanOrEqual, .attribute(r), .literal(.int(1), .long))), aggregate)
        let minCount = Expression.alias(smaller, name: "min_count", exprId: .next())
        guard let minAttribute = minCount.toAttribute else { return .intersect(left, right, isAll: true) }
        return replicate(left, count: minAttribute, .project(columns(left) + [minCount], onBothSides))
    }

    static func columns(_ plan: LogicalPlan) -> [Expression] { plan.output.map { .attribute($0) } }

    /// Each row `count` times; the generated columns reuse the left side's ids, as the result's columns.
    static func replicate(_ left: LogicalPlan, count: AttributeReference, _ child: LogicalPlan) -> LogicalPlan {
        let generate = LogicalPlan.generate(Generator(.replicateRows, [.attribute(count)] + columns(left)), outer: false,
                                            output: left.output, unrequiredChild: [], child)
        return .project(columns(left), generate)
    }
}
