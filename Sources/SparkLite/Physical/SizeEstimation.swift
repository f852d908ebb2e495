/// Spark's size-only statistics (`SizeInBytesOnlyStatsPlanVisitor`), used to pick broadcast joins.
/// nil stands for Spark's `spark.sql.defaultSizeInBytes` (Long.MaxValue): a `createDataFrame` table
/// has no size, so it and anything built on it is never broadcast automatically.
enum SizeEstimation {
    static func sizeInBytes(_ plan: LogicalPlan) -> Int64? {
        switch plan {
        case .localRelation(let data, let output):
            switch data.origin {
            case .existingRDD: return nil
            case .localTable: return Int64(data.rowCount) * rowSize(output)
            case .oneRowRelation: return 1
            }
        case .fileRelation(let relation, _): return Int64(relation.sizeInBytes)
        case .range(let start, let end, let step, _, _):
            return step == 0 ? 0 : max(0, (end - start) / step) * 8
        case .oneRowRelation: return 1
        case .inMemoryRelation(let relation, _): return sizeInBytes(relation.plan)
        case .limit(let n, let child):
            // A limit has a size estimate even over a relation without one.
            return Int64(n) * rowSize(child.output)
        case .aggregate(let grouping, _, _) where grouping.isEmpty:
            return rowSize(plan.output)
        case .join(let l, let r, let type, _, _):
            if type == .leftSemi || type == .leftAnti { return sizeInBytes(l) }
            guard let a = sizeInBytes(l), let b = sizeInBytes(r) else { return nil }
            let (product, overflow) = max(a, 1).multipliedReportingOverflow(by: max(b, 1))
            return overflow ? nil : product
        case .expand(let projections, _, let child):
            guard let unary = scaled(child, to: plan.output) else { return nil }
            let (size, overflow) = unary.multipliedReportingOverflow(by: Int64(projections.count))
            return overflow ? nil : size
        case .union(let children, _, _):
            var total: Int64 = 0
            for child in children {
                guard let s = sizeInBytes(child) else { return nil }
                total = total.addingReportingOverflow(s).overflow ? Int64.max : total + s
            }
            return total
        case .project(_, let child), .filter(_, let child), .aggregate(_, _, let child), .window(_, _, _, let child),
             .sort(_, _, let child), .distinct(let child), .deduplicate(_, let child), .sample(_, _, _, let child):
            return scaled(child, to: plan.output)
        default:
            var size: Int64 = 1
            for child in plan.children {
                guard let s = sizeInBytes(child) else { return nil }
                if s > 0 {
                    let (p, overflow) = size.multipliedReportingOverflow(by: s)
                    if overflow { return nil }
                    size = p
                }
            }
            return size
        }
    }

    /// A unary node's size: the child's, scaled by the ratio of output to input row widths.
    private static func scaled(_ child: LogicalPlan, to output: [AttributeReference]) -> Int64? {
        guard let size = sizeInBytes(child) else { return nil }
        let (product, overflow) = size.multipliedReportingOverflow(by: rowSize(output))
        if overflow { return size }
        return max(1, product / rowSize(child.output))
    }

    static func rowSize(_ output: [AttributeReference]) -> Int64 {
        Int64(output.reduce(8) { $0 + $1.dataType.defaultSize })
    }
}
