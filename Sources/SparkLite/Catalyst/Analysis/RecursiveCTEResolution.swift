/// `WITH RECURSIVE name [(columns)] [MAX RECURSION LEVEL n] AS (anchor UNION ALL recursion)`: Spark's
/// recursive CTEs. The anchor (every UNION ALL branch before the last) must not read the CTE; the last
/// branch reads the rows of the previous step through a `UnionLoopRef`; the CTE becomes a `UnionLoop`
/// whose output is the anchor's columns (renamed by the column list above it, as Spark plans it). The loop's
/// id is the CTE's number among the statement's definitions, unique within the statement.
enum RecursiveCTEResolution {
    static func resolve(id: Int, name: String, columns: [String]?, maxLevel: Int?, query: LogicalPlan,
                        analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        let key = name.lowercased()
        guard reads(query, key) else {
            // A CTE of a WITH RECURSIVE clause that does not refer to itself is an ordinary one.
            return .subqueryAlias(name, try renamed(try analyzer.resolve(query, ctes: ctes), columns))
        }
        if case .distinct(.union) = query { throw unionNotSupported() }
        guard case .union(let branches, false, _) = query, branches.count >= 2, let recursive = branches.last else {
            throw invalidRecursiveCTE()
        }
        let anchorBranches = Array(branches.dropLast())
        guard !anchorBranches.contains(where: { reads($0, key) }) else { throw invalidRecursiveCTE() }
        let anchorQuery = anchorBranches.count == 1 ? anchorBranches[0] : .union(anchorBranches, byName: false, allowMissingColumns: false)
        let anchor = try analyzer.resolve(anchorQuery, ctes: ctes)
        let fresh = { anchor.output.map { AttributeReference(name: $0.name, dataType: $0.dataType, nullable: true) } }
        var scope = ctes
        scope[key] = .subqueryAlias(name, try renamed(.unionLoopRef(id: id, output: fresh()), columns))
        let recursion = try analyzer.resolve(recursive, ctes: scope)
        try checkPlacement(recursion, id: id, allowed: true)
        guard recursion.output.count == anchor.output.count else {
            throw SparkError("NUM_COLUMNS_MISMATCH", "UNION can only be performed on inputs with the same number of columns, but the first input has \(anchor.output.count) columns and the second input has \(recursion.output.count) columns.", sqlState: "42826")
        }
        let loop = LogicalPlan.unionLoop(id: id, anchor: anchor, recursion: try coerced(recursion, to: anchor.output),
                                         output: fresh(), limit: nil, maxLevel: maxLevel)
        return .subqueryAlias(name, try renamed(loop, columns))
    }

    /// Whether the plan reads the relation `key` (an unqualified one-part name).
    private static func reads(_ plan: LogicalPlan, _ key: String) -> Bool {
        !plan.collect { p -> Bool? in
            if case .unresolvedRelation(let parts) = p, parts.count == 1, parts[0].lowercased() == key { return true }
            return nil
        }.isEmpty
    }

    /// The column list `name (a, b, c)` as aliases over the plan's columns.
    private static func renamed(_ plan: LogicalPlan, _ columns: [String]?) throws -> LogicalPlan {
        guard let columns else { return plan }
        let output = plan.output
        guard output.count == columns.count else {
            throw SparkError("ASSIGNMENT_ARITY_MISMATCH", "The number of columns or variables assigned or aliased: \(output.count) does not match the number of source expressions: \(columns.count).", sqlState: "42802")
        }
        return .project(zip(output, columns).map { a, name in
            a.name == name ? .attribute(a) : .alias(.attribute(a), name: name, exprId: .next())
        }, plan)
    }

    /// The recursion's columns cast to the anchor's types where the anchor's type is the wider one (a BIGINT
    /// anchor takes an INT step); a step of a wider type than the anchor cannot be merged.
    private static func coerced(_ recursion: LogicalPlan, to anchor: [AttributeReference]) throws -> LogicalPlan {
        let output = recursion.output
        guard zip(output, anchor).contains(where: { $0.dataType != $1.dataType }) else { return recursion }
        let list: [Expression] = try zip(output, anchor).map { column, target in
            if column.dataType == target.dataType { return .attribute(column) }
            guard TypeCoercion.widerType(target.dataType, column.dataType) == target.dataType else {
                throw SparkError("CANNOT_MERGE_INCOMPATIBLE_DATA_TYPE", "Failed to merge incompatible data types \"\(target.dataType.sqlName)\" and \"\(column.dataType.sqlName)\". Please check the data types of the columns being merged and ensure that they are compatible. If necessary, consider casting the columns to compatible data types before attempting the merge.", sqlState: "42825")
            }
            return .alias(.cast(.attribute(column), target.dataType, .ansi), name: column.name, exprId: .next())
        }
        return .project(list, recursion)
    }

    /// Spark's rule for where the recursive reference may stand: not under an aggregate, window or sort, not
    /// on the right of a left outer/semi/anti join, the left of a right outer join, nor in a full outer join.
    private static func checkPlacement(_ plan: LogicalPlan, id: Int, allowed: Bool) throws {
        switch plan {
        case .unionLoopRef(let refId, _) where refId == id:
            if !allowed { throw invalidPlace() }
        case .aggregate(_, _, let child), .window(_, _, _, let child), .sort(_, _, let child):
            try checkPlacement(child, id: id, allowed: false)
        case .join(let left, let right, let type, _, _):
            switch type {
            case .leftOuter, .leftSingle, .leftSemi, .leftAnti, .existence:
                try checkPlacement(left, id: id, allowed: allowed)
                try checkPlacement(right, id: id, allowed: false)
            case .rightOuter:
                try checkPlacement(left, id: id, allowed: false)
                try checkPlacement(right, id: id, allowed: allowed)
            case .fullOuter:
                try checkPlacement(left, id: id, allowed: false)
                try checkPlacement(right, id: id, allowed: false)
            case .inner, .cross:
                try checkPlacement(left, id: id, allowed: allowed)
                try checkPlacement(right, id: id, allowed: allowed)
            }
        default:
            for child in plan.children { try checkPlacement(child, id: id, allowed: allowed) }
        }
    }

    static func invalidRecursiveCTE() -> SparkError {
        SparkError("INVALID_RECURSIVE_CTE", "Invalid recursive definition found. Recursive queries must contain an UNION or an UNION ALL statement with 2 children. The first child needs to be the anchor term without any recursive references. Any top level inner CTE must not contain self references.", sqlState: "42836")
    }

    static func unionNotSupported() -> SparkError {
        SparkError("UNION_NOT_SUPPORTED_IN_RECURSIVE_CTE", "The UNION operator is not yet supported within recursive common table expressions (WITH clauses that refer to themselves, directly or indirectly). Please use UNION ALL instead.", sqlState: "42836")
    }

    static func invalidPlace() -> SparkError {
        SparkError("INVALID_RECURSIVE_REFERENCE.PLACE", "Invalid recursive reference found inside WITH RECURSIVE clause. Recursive references cannot be used on the right side of left outer/semi/anti joins, on the left side of right outer joins, in full outer joins, in aggregates, window functions or sorts", sqlState: "42836")
    }
}
