/// The row-matching core shared by the join operators: joins one partition of the left side with the
/// matching rows of the right side by equi-keys (null keys never match), then the extra condition.
enum JoinExecution {
    static func join(left: [[Value]], right: [[Value]], leftKeys: [Expression], rightKeys: [Expression],
                     type: JoinType, condition: Expression?, leftWidth: Int, rightWidth: Int,
                     context: ExecutionContext) throws -> [[Value]] {
        try join(left: left, right: HashedRelation(right, keys: rightKeys), leftKeys: leftKeys, type: type,
                 condition: condition, leftWidth: leftWidth, rightWidth: rightWidth, context: context)
    }

    /// Joins with a build side hashed once (a broadcast side serves every partition of the other).
    static func join(left: [[Value]], right relation: HashedRelation, leftKeys: [Expression],
                     type: JoinType, condition: Expression?, leftWidth: Int, rightWidth: Int,
                     context: ExecutionContext) throws -> [[Value]] {
        let right = relation.rows
        var out: [[Value]] = []
        var rightMatched = Array(repeating: false, count: type == .rightOuter || type == .fullOuter ? right.count : 0)
        let nullRight = Array(repeating: Value.null, count: rightWidth)
        let nullLeft = Array(repeating: Value.null, count: leftWidth)
        var key = [Value](repeating: .null, count: leftKeys.count)
        for row in left {
            for k in leftKeys.indices { key[k] = try leftKeys[k].eval(row) }
            var matched = false
            if !leftKeys.isEmpty, !key.contains(where: \.isNull), let candidates = relation.matches(key) {
                for (n, j) in candidates.enumerated() {
                    if n & 4095 == 4095 { try context.checkProgress(rows: out.count) }
                    let combined = row + right[j]
                    if let condition, try !condition.evalPredicate(combined) { continue }
                    if matched && type == .leftSingle { throw Self.tooManyRows() }
                    matched = true
                    switch type {
                    case .leftSemi, .leftAnti, .existence: break
                    default:
                        out.append(combined)
                        if !rightMatched.isEmpty { rightMatched[j] = true }
                    }
                    if type.emitsLeftRowOnce { break }
                }
            } else if leftKeys.isEmpty {
                for (j, r) in right.enumerated() {
                    if j & 4095 == 4095 { try context.checkProgress(rows: out.count) }
                    let combined = row + r
                    if let condition, try !condition.evalPredicate(combined) { continue }
                    if matched && type == .leftSingle { throw Self.tooManyRows() }
                    matched = true
                    if type.emitsLeftRowOnce { break }
                    out.append(combined)
                    if !rightMatched.isEmpty { rightMatched[j] = true }
                }
            }
            switch type {
            case .leftSemi: if matched { out.append(row) }
            case .leftAnti: if !matched { out.append(row) }
            case .leftOuter, .leftSingle, .fullOuter: if !matched { out.append(row + nullRight) }
            case .existence: out.append(row + [.bool(matched)])
            default: break
            }
            try context.checkProgress(rows: out.count)
        }
        if type == .rightOuter || type == .fullOuter {
            for (j, r) in right.enumerated() where !rightMatched[j] { out.append(nullLeft + r) }
        }
        try context.checkBudget(rows: out.count)
        return out
    }

    /// A left single join (a correlated scalar subquery) found a second row for one outer row.
    static func tooManyRows() -> SparkError {
        SparkError("SCALAR_SUBQUERY_TOO_MANY_ROWS", "More than one row returned by a subquery used as an expression.", sqlState: "21000")
    }
}

extension JoinType {
    /// Semi, anti and existence joins stop at a left row's first match.
    var emitsLeftRowOnce: Bool {
        switch self {
        case .leftSemi, .leftAnti, .existence: true
        default: false
        }
    }
}
