/// An upper bound on the rows a plan produces, when one is known from the plan alone (Spark's
/// `LogicalPlan.maxRows`): local tables count their rows, limits cap them, a global aggregate returns
/// one. Sources whose size is only known at run time (`createDataFrame` data, files) have none.
extension LogicalPlan {
    public var maxRows: Int64? {
        switch self {
        case .localRelation(let data, _):
            return data.origin == .existingRDD ? nil : Int64(data.rowCount)
        case .oneRowRelation:
            return 1
        case .range(let start, let end, let step, _, _):
            guard step != 0 else { return nil }
            let (span, overflow) = end.subtractingReportingOverflow(start)
            if overflow { return nil }
            if (span > 0) != (step > 0) || span == 0 { return 0 }
            return (span - 1) / step + 1
        case .limit(let n, let child):
            return min(Int64(n), child.maxRows ?? Int64(n))
        case .offset(let n, let child):
            return child.maxRows.map { max(0, $0 - Int64(n)) }
        case .aggregate(let grouping, _, let child):
            return grouping.isEmpty ? 1 : child.maxRows
        case .project(_, let c), .filter(_, let c), .sort(_, _, let c), .window(_, _, _, let c),
             .windowGroupLimit(_, _, _, _, let c), .distinct(let c), .deduplicate(_, let c), .subqueryAlias(_, let c),
             .withHiddenColumns(_, let c), .resolvedHint(_, let c), .repartition(_, _, let c), .repartitionByExpression(_, _, let c),
             .batchEvalPython(_, _, let c):
            return c.maxRows
        case .expand(let projections, _, let child):
            guard let rows = child.maxRows else { return nil }
            let (product, overflow) = rows.multipliedReportingOverflow(by: Int64(projections.count))
            return overflow ? nil : product
        case .union(let children, _, _):
            var total: Int64 = 0
            for child in children {
                guard let rows = child.maxRows else { return nil }
                let (sum, overflow) = total.addingReportingOverflow(rows)
                if overflow { return nil }
                total = sum
            }
            return total
        case .join(let l, let r, let type, _, _):
            switch type {
            case .leftSemi, .leftAnti:
                return l.maxRows
            case .inner, .cross, .leftOuter, .leftSingle, .rightOuter, .fullOuter:
                guard let left = l.maxRows, let right = r.maxRows else { return nil }
                let (product, overflow) = left.multipliedReportingOverflow(by: right)
                if overflow { return nil }
                // An outer join keeps every row of its preserved side even when nothing matches.
                switch type {
                case .leftOuter: return max(product, left)
                case .rightOuter: return max(product, right)
                case .fullOuter:
                    let (sum, sumOverflow) = left.addingReportingOverflow(right)
                    return sumOverflow ? nil : max(product, sum)
                default: return product
                }
            case .existence:
                return nil
            }
        default:
            return nil
        }
    }
}
