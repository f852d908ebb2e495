/// `ShuffledHashJoin`: both sides clustered by the join keys, as for a sort-merge join, but unsorted; in
/// each partition the build side's rows go into a hash table and the other side streams through it.
/// Spark plans it for a `SHUFFLE_HASH` hint.
final class ShuffledHashJoinExec: SparkPlan, @unchecked Sendable {
    let leftKeys: [Expression], rightKeys: [Expression]
    let joinType: JoinType
    let condition: Expression?
    let buildRight: Bool

    init(leftKeys: [Expression], rightKeys: [Expression], joinType: JoinType, buildRight: Bool, condition: Expression?,
         left: SparkPlan, right: SparkPlan, output: [AttributeReference]) {
        self.leftKeys = leftKeys
        self.rightKeys = rightKeys
        self.joinType = joinType
        self.buildRight = buildRight
        self.condition = condition
        super.init(children: [left, right], output: output)
    }

    /// The join types each side can be built for (Spark's `canBuildShuffledHashJoinLeft/Right`).
    static func canBuildRight(_ type: JoinType) -> Bool {
        if case .existence = type { return true }
        return [.inner, .cross, .leftOuter, .rightOuter, .fullOuter, .leftSemi, .leftAnti].contains(type)
    }

    static func canBuildLeft(_ type: JoinType) -> Bool {
        [.inner, .cross, .leftOuter, .rightOuter, .fullOuter].contains(type)
    }

    override var argumentString: String {
        "[\(leftKeys.map(\.explainString).joined(separator: ", "))], [\(rightKeys.map(\.explainString).joined(separator: ", "))], \(joinType.name), \(buildRight ? "BuildRight" : "BuildLeft")"
            + (condition.map { ", \($0.explainString)" } ?? "")
    }

    override var requiredChildDistribution: [Distribution] { [.clustered(leftKeys), .clustered(rightKeys)] }

    override var outputPartitioning: Partitioning {
        switch joinType {
        case .rightOuter: children[1].outputPartitioning
        case .fullOuter: .unknown(children[0].outputPartitioning.numPartitions)
        case .inner, .cross: .collection([children[0].outputPartitioning, children[1].outputPartitioning])
        default: children[0].outputPartitioning
        }
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let l = try children[0].execute(context), r = try children[1].execute(context)
        let lo = children[0].output, ro = children[1].output
        let lk = try leftKeys.map { try bind($0, lo) }, rk = try rightKeys.map { try bind($0, ro) }
        let type = joinType
        if buildRight {
            let cond = try condition.map { try bind($0, lo + ro) }
            return try context.parallelMap(max(l.count, r.count)) { p in
                let build = try HashedRelation(p < r.count ? r[p] : [], keys: rk)
                return try JoinExecution.join(left: p < l.count ? l[p] : [], right: build, leftKeys: lk, type: type, condition: cond,
                                              leftWidth: lo.count, rightWidth: ro.count, context: context)
            }
        }
        // Build left: stream the right side with the roles swapped, then put the columns back in order.
        let swappedType: JoinType = switch type {
        case .leftOuter: .rightOuter
        case .rightOuter: .leftOuter
        default: type
        }
        let swappedCond = try condition.map { try bind($0, ro + lo) }
        return try context.parallelMap(max(l.count, r.count)) { p in
            let build = try HashedRelation(p < l.count ? l[p] : [], keys: lk)
            let rows = try JoinExecution.join(left: p < r.count ? r[p] : [], right: build, leftKeys: rk, type: swappedType,
                                              condition: swappedCond, leftWidth: ro.count, rightWidth: lo.count, context: context)
            return rows.map { Array($0[ro.count...]) + Array($0[..<ro.count]) }
        }
    }
}
