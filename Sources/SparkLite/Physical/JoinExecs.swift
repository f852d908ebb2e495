/// `SortMergeJoin`: both sides clustered by the join keys and sorted within partitions.
final class SortMergeJoinExec: SparkPlan, @unchecked Sendable {
    let leftKeys: [Expression], rightKeys: [Expression]
    let joinType: JoinType
    let condition: Expression?

    init(leftKeys: [Expression], rightKeys: [Expression], joinType: JoinType, condition: Expression?,
         left: SparkPlan, right: SparkPlan, output: [AttributeReference]) {
        self.leftKeys = leftKeys
        self.rightKeys = rightKeys
        self.joinType = joinType
        self.condition = condition
        super.init(children: [left, right], output: output)
    }

    override var argumentString: String {
        "[\(leftKeys.map(\.explainString).joined(separator: ", "))], [\(rightKeys.map(\.explainString).joined(separator: ", "))], \(joinType.name)" + (condition.map { ", \($0.explainString)" } ?? "")
    }

    override var requiredChildDistribution: [Distribution] { [.clustered(leftKeys), .clustered(rightKeys)] }
    override var requiredChildOrdering: [[SortOrder]] { [leftKeys.map { SortOrder($0) }, rightKeys.map { SortOrder($0) }] }
    /// Rows come out in the order of the side whose rows all survive: an inner join's by either side's
    /// keys, an outer join's by its preserved side's; a full outer join's in no known order.
    override var outputOrdering: [SortOrder] {
        switch joinType {
        case .inner, .cross: zip(leftKeys, rightKeys).map { SortOrder($0, sameOrderExpressions: [$1]) }
        case .rightOuter: rightKeys.map { SortOrder($0) }
        case .fullOuter: []
        default: leftKeys.map { SortOrder($0) }
        }
    }

    override var outputPartitioning: Partitioning {
        switch joinType {
        case .rightOuter: children[1].outputPartitioning
        case .fullOuter: .unknown(children[0].outputPartitioning.numPartitions)
        case .inner, .cross: .collection([children[0].outputPartitioning, children[1].outputPartitioning])
        default: children[0].outputPartitioning
        }
    }

    /// Inner, left outer, semi and anti joins stream the left side's batches: each partition is joined by
    /// hashing its right rows, which gives what merging gives, as both sides arrive sorted by the keys (each
    /// left row in order, with its matches in the right side's order).
    override var supportsColumnar: Bool { children[0].supportsColumnar && ColumnarHashJoin.supports(joinType) }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let (count, join) = try partitionJoin(context)
        return try context.parallelMap(count) { p in try join(p) }
    }

    /// Each partition joined when its consumer asks: an aggregate above the join then never holds the
    /// joined rows of every partition at once.
    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        guard supportsColumnar else { return try super.producePartitions(context) }
        let (count, join) = try partitionJoin(context)
        return (0..<count).map { p in { consume in try consume(try join(p)) } }
    }

    /// The number of partitions and the join of partition p, from both sides' partitions.
    private func partitionJoin(_ context: ExecutionContext) throws -> (Int, @Sendable (Int) throws -> RecordBatch) {
        let l = try children[0].executeColumnar(context), r = try children[1].executeColumnar(context)
        let lo = children[0].output, ro = children[1].output
        let lk = try leftKeys.map { try bind($0, lo) }, rk = try rightKeys.map { try bind($0, ro) }
        let cond = try condition.map { try bind($0, lo + ro) }
        let type = joinType, outputTypes = output.map(\.dataType)
        return (max(l.count, r.count), { p in
            let left = p < l.count ? l[p] : RecordBatch(rows: [], types: lo.map(\.dataType))
            let right = p < r.count ? r[p] : RecordBatch(rows: [], types: ro.map(\.dataType))
            let build = try BatchHashedRelation(right, keys: rk)
            do {
                return try ColumnarHashJoin.join(stream: left, streamKeys: lk, build: build, type: type, condition: cond,
                                                 streamFirst: true, context: context)
            } catch {
                // Row by row, the join raises the error Spark raises, or none when the failure was on a pair it skips.
                let rows = try JoinExecution.join(left: left.rows(), right: HashedRelation(right.rows(), keys: rk), leftKeys: lk,
                                                  type: type, condition: cond, leftWidth: lo.count, rightWidth: ro.count, context: context)
                return RecordBatch(rows: rows, types: outputTypes)
            }
        })
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let l = try children[0].execute(context), r = try children[1].execute(context)
        let lo = children[0].output, ro = children[1].output
        let lk = try leftKeys.map { try bind($0, lo) }, rk = try rightKeys.map { try bind($0, ro) }
        let cond = try condition.map { try bind($0, lo + ro) }
        let type = joinType
        if type == .rightOuter {
            // Spark streams the right side of a right outer join in key order, each row with its matches, so
            // the output is ordered by the right keys (as `outputOrdering` says): a left outer join with the
            // sides swapped, columns put back in order.
            let swappedCond = try condition.map { try bind($0, ro + lo) }
            return try context.parallelMap(max(l.count, r.count)) { p in
                try JoinExecution.join(left: p < r.count ? r[p] : [], right: p < l.count ? l[p] : [], leftKeys: rk, rightKeys: lk,
                                       type: .leftOuter, condition: swappedCond, leftWidth: ro.count, rightWidth: lo.count, context: context)
                    .map { Array($0[ro.count...]) + Array($0[..<ro.count]) }
            }
        }
        return try context.parallelMap(max(l.count, r.count)) { p in
            try JoinExecution.join(left: p < l.count ? l[p] : [], right: p < r.count ? r[p] : [], leftKeys: lk, rightKeys: rk,
                                   type: type, condition: cond, leftWidth: lo.count, rightWidth: ro.count, context: context)
        }
    }
}

/// `BroadcastHashJoin`: the build side is broadcast whole, the other side streams partition by partition.
final class BroadcastHashJoinExec: SparkPlan, @unchecked Sendable {
    let leftKeys: [Expression], rightKeys: [Expression]
    let joinType: JoinType
    let condition: Expression?
    let buildRight: Bool
    /// A single-column NOT IN: a null key on the build side empties the result, a null probe key
    /// never matches, and an empty build side keeps every row.
    let isNullAwareAntiJoin: Bool

    init(leftKeys: [Expression], rightKeys: [Expression], joinType: JoinType, buildRight: Bool, condition: Expression?,
         left: SparkPlan, right: SparkPlan, output: [AttributeReference], isNullAwareAntiJoin: Bool = false) {
        self.leftKeys = leftKeys
        self.rightKeys = rightKeys
        self.joinType = joinType
        self.condition = condition
        self.buildRight = buildRight
        self.isNullAwareAntiJoin = isNullAwareAntiJoin
        super.init(children: [left, right], output: output)
    }

    override var argumentString: String {
        "[\(leftKeys.map(\.explainString).joined(separator: ", "))], [\(rightKeys.map(\.explainString).joined(separator: ", "))], \(joinType.name), \(buildRight ? "BuildRight" : "BuildLeft"), "
            + (condition.map { "\($0.explainString), " } ?? "") + "\(isNullAwareAntiJoin), false"
    }

    override var requiredChildDistribution: [Distribution] {
        buildRight ? [.unspecified, .broadcast] : [.broadcast, .unspecified]
    }

    override var outputPartitioning: Partitioning { children[buildRight ? 0 : 1].outputPartitioning }

    /// The join type seen from the streamed side.
    private var streamJoinType: JoinType { !buildRight && joinType == .rightOuter ? .leftOuter : joinType }

    override var supportsColumnar: Bool {
        children[buildRight ? 0 : 1].supportsColumnar && !isNullAwareAntiJoin && ColumnarHashJoin.supports(streamJoinType)
            && (buildRight || joinType == .inner || joinType == .rightOuter)
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let join = try streamBatchJoin(context)
        let stream = try children[buildRight ? 0 : 1].executeColumnar(context)
        return try context.parallelMap(stream.count) { p in try join(stream[p]) }
    }

    /// The streamed side's pieces joined one by one as they come.
    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        guard supportsColumnar else { return try super.producePartitions(context) }
        let join = try streamBatchJoin(context)
        return try children[buildRight ? 0 : 1].producePartitions(context).map { produce in
            { consume in try produce { batch in try consume(try join(batch)) } }
        }
    }

    /// Builds the broadcast side and returns the join of one streamed batch with it.
    private func streamBatchJoin(_ context: ExecutionContext) throws -> @Sendable (RecordBatch) throws -> RecordBatch {
        let streamPlan = children[buildRight ? 0 : 1], buildPlan = children[buildRight ? 1 : 0]
        let so = streamPlan.output, bo = buildPlan.output
        let buildBatch = RecordBatch.concatenate(try buildPlan.executeColumnar(context), types: bo.map(\.dataType))
        let sk = try (buildRight ? leftKeys : rightKeys).map { try bind($0, so) }
        let bk = try (buildRight ? rightKeys : leftKeys).map { try bind($0, bo) }
        let cond = try condition.map { try bind($0, so + bo) }
        let build = try BatchHashedRelation(buildBatch, keys: bk)
        let type = streamJoinType, streamFirst = buildRight
        let outputTypes = output.map(\.dataType)
        return { batch in
            do {
                return try ColumnarHashJoin.join(stream: batch, streamKeys: sk, build: build, type: type, condition: cond,
                                                 streamFirst: streamFirst, context: context)
            } catch {
                // Row by row, the join stops at the rows and conditions the row engine evaluates; it
                // raises the error Spark raises, or none when the failure was on a pair it skips.
                let rows = try JoinExecution.join(left: batch.rows(), right: HashedRelation(buildBatch.rows(), keys: bk), leftKeys: sk,
                                                  type: type, condition: cond, leftWidth: so.count, rightWidth: bo.count, context: context)
                let ordered = streamFirst || type == .leftSemi || type == .leftAnti ? rows : rows.map { Array($0[so.count...]) + Array($0[..<so.count]) }
                return RecordBatch(rows: ordered, types: outputTypes)
            }
        }
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let l = try children[0].execute(context), r = try children[1].execute(context)
        let lo = children[0].output, ro = children[1].output
        let lk = try leftKeys.map { try bind($0, lo) }, rk = try rightKeys.map { try bind($0, ro) }
        let cond = try condition.map { try bind($0, lo + ro) }
        let type = joinType
        if isNullAwareAntiJoin {
            let build = r.flatMap { $0 }
            let buildKeys = try build.map { try rk[0].eval($0) }
            if buildKeys.isEmpty { return l }
            if buildKeys.contains(.null) { return l.map { _ in [] } }
            let present = Set(buildKeys)
            return try l.map { rows in try rows.filter { row in
                let key = try lk[0].eval(row)
                return key != .null && !present.contains(key)
            } }
        }
        if buildRight {
            let build = try HashedRelation(r.flatMap { $0 }, keys: rk)
            return try context.parallelMap(l.count) { p in
                try JoinExecution.join(left: l[p], right: build, leftKeys: lk, type: type, condition: cond,
                                       leftWidth: lo.count, rightWidth: ro.count, context: context)
            }
        }
        // Build left (right outer or inner): stream the right side; swap roles and restore column order.
        let build = try HashedRelation(l.flatMap { $0 }, keys: lk)
        let swappedType: JoinType = type == .rightOuter ? .leftOuter : type
        let swappedCond = try condition.map { try bind($0, ro + lo) }
        return try context.parallelMap(r.count) { p in
            let rows = try JoinExecution.join(left: r[p], right: build, leftKeys: rk, type: swappedType,
                                              condition: swappedCond, leftWidth: ro.count, rightWidth: lo.count, context: context)
            return rows.map { Array($0[ro.count...]) + Array($0[..<ro.count]) }
        }
    }
}

/// `BroadcastNestedLoopJoin` and `CartesianProduct`: joins without equi-keys.
final class NestedLoopJoinExec: SparkPlan, @unchecked Sendable {
    let joinType: JoinType
    let condition: Expression?
    let cartesian: Bool

    init(joinType: JoinType, condition: Expression?, cartesian: Bool, left: SparkPlan, right: SparkPlan, output: [AttributeReference]) {
        self.joinType = joinType
        self.condition = condition
        self.cartesian = cartesian
        super.init(children: [left, right], output: output)
    }

    override var nodeName: String { cartesian ? "CartesianProduct" : "BroadcastNestedLoopJoin" }
    override var argumentString: String {
        cartesian ? (condition?.explainString ?? "") : "BuildRight, \(joinType.name)" + (condition.map { ", \($0.explainString)" } ?? "")
    }
    override var requiredChildDistribution: [Distribution] { cartesian ? [.unspecified, .unspecified] : [.unspecified, .broadcast] }

    /// A cartesian product's rows pair every left partition with every right one: like a scan's, its
    /// partitioning satisfies no distribution (Spark's UnknownPartitioning(0)), so an aggregate above it
    /// shuffles. A broadcast nested loop join keeps its streamed side's.
    override var outputPartitioning: Partitioning {
        cartesian ? .source(children[0].outputPartitioning.numPartitions) : children[0].outputPartitioning
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let l = try children[0].execute(context), r = try children[1].execute(context).flatMap { $0 }
        let lo = children[0].output, ro = children[1].output
        let cond = try condition.map { try bind($0, lo + ro) }
        let type = joinType
        if type == .rightOuter || type == .fullOuter {
            return [try JoinExecution.join(left: l.flatMap { $0 }, right: r, leftKeys: [], rightKeys: [], type: type, condition: cond,
                                           leftWidth: lo.count, rightWidth: ro.count, context: context)]
        }
        return try context.parallelMap(l.count) { p in
            try JoinExecution.join(left: l[p], right: r, leftKeys: [], rightKeys: [], type: type, condition: cond,
                                   leftWidth: lo.count, rightWidth: ro.count, context: context)
        }
    }
}
