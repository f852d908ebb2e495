/// Sorts each partition; with `global`, the parent required a range-partitioned input so the
/// partitions in order form one sorted result.
final class SortExec: WholePartitionExec, @unchecked Sendable {
    let orders: [SortOrder]
    let global: Bool

    init(_ orders: [SortOrder], global: Bool, child: SparkPlan) {
        self.orders = orders
        self.global = global
        super.init(children: [child], output: child.output)
    }

    override var argumentString: String {
        "[\(orders.map { Expression.sortOrder($0).explainString }.joined(separator: ", "))], \(global), 0"
    }
    override var requiredChildDistribution: [Distribution] { [global ? .ordered(orders) : .unspecified] }
    override var outputOrdering: [SortOrder] { orders }

    override var supportsColumnar: Bool { children[0].supportsColumnar }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let input = try children[0].execute(context)
        let sorter = try self.sorter()
        return try context.parallelMap(input.count) { p in try sorter.sorted(input[p]) }
    }

    override func partitionTransform(_ context: ExecutionContext) throws
        -> (input: SparkPlan, transform: @Sendable (RecordBatch) throws -> PartitionRows) {
        let sorter = try self.sorter()
        return (children[0], { batch in PartitionRows(batch: batch, positions: batch.count > 1 ? try sorter.sortedPositions(batch) : nil) })
    }

    func sorter() throws -> RowSorter {
        RowSorter(keys: try orders.map { try bind($0.child, children[0].output) }, orders: orders)
    }
}

/// `TakeOrderedAndProject`: `orderBy(...).limit(n)` without a full sort. With an offset, the first `limit`
/// rows in order are taken and the first `offset` of them dropped (`LIMIT 3 OFFSET 2` takes 5, keeps 3).
final class TakeOrderedAndProjectExec: SparkPlan, @unchecked Sendable {
    let limit: Int
    let offset: Int
    let orders: [SortOrder]
    let projectList: [Expression]

    init(limit: Int, offset: Int = 0, orders: [SortOrder], projectList: [Expression], child: SparkPlan) {
        self.limit = limit
        self.offset = offset
        self.orders = orders
        self.projectList = projectList
        super.init(children: [child], output: projectList.compactMap(\.toAttribute))
    }

    override var argumentSeparator: String { "" }

    override var argumentString: String {
        let offsetText = offset > 0 ? "offset=\(offset), " : ""
        return "(limit=\(limit), \(offsetText)orderBy=[\(orders.map { Expression.sortOrder($0).explainString }.joined(separator: ","))], output=[\(projectList.map(\.explainString).joined(separator: ","))])"
    }
    override var outputPartitioning: Partitioning { .single }
    override var outputOrdering: [SortOrder] { orders }

    override var supportsColumnar: Bool { children[0].supportsColumnar }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let input = try children[0].execute(context)
        let sorter = RowSorter(keys: try orders.map { try bind($0.child, children[0].output) }, orders: orders)
        // Each partition's first rows in order, then the first of those; partitions are concatenated in
        // order, so ties still go to the earlier row.
        let candidates = try context.parallelMap(input.count) { p in try sorter.top(limit, of: input[p]) }
        let top = try sorter.top(limit, of: candidates.flatMap { $0 }).dropFirst(offset)
        let projection = try projectList.map { try bind($0, children[0].output) }
        return [try top.map { row in try projection.map { try $0.eval(row) } }]
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let input = try children[0].producePartitions(context)
        let sorter = RowSorter(keys: try orders.map { try bind($0.child, children[0].output) }, orders: orders)
        let limit = self.limit, types = children[0].output.map(\.dataType)
        // Each partition's first rows, kept piece by piece: earlier pieces come first, so ties still go to the earlier row.
        let candidates = try context.parallelMap(input.count) { p in
            var kept = RecordBatch(rows: [], types: types)
            let produce = input[p]
            try produce { batch in kept = try sorter.first(limit, of: RecordBatch.concatenate([kept, try sorter.first(limit, of: batch)], types: types)) }
            return kept
        }
        let merged = RecordBatch.concatenate(candidates, types: types)
        let top = try sorter.first(limit, of: merged)
        let projection = try projectList.map { try bind($0, children[0].output) }
        return [try VectorizedEvaluator.project(projection, top.gather(Array(min(offset, top.count)..<top.count)))]
    }
}

/// `CollectLimit` at the root, `GlobalLimit`/`LocalLimit` elsewhere: the first n rows in partition order,
/// all of them when the limit is nil (an `OFFSET` alone, explained as `-1`), without the first `offset`.
final class LimitExec: SparkPlan, @unchecked Sendable {
    let limit: Int?
    let offset: Int
    let collect: Bool

    init(_ limit: Int?, offset: Int = 0, collect: Bool, child: SparkPlan) {
        self.limit = limit
        self.offset = offset
        self.collect = collect
        super.init(children: [child], output: child.output)
    }

    override var nodeName: String { collect ? "CollectLimit" : "GlobalLimit" }
    override var argumentString: String {
        let limitText = String(limit ?? -1)
        if collect { return offset > 0 ? "\(limitText), \(offset)" : limitText }
        return "\(limitText), \(offset)"
    }
    override var requiredChildDistribution: [Distribution] { [collect ? .unspecified : .allTuples] }
    override var outputPartitioning: Partitioning { .single }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let rows = try children[0].execute(context).flatMap { $0 }
        return [Array(rows.prefix(limit ?? rows.count).dropFirst(offset))]
    }
}

/// `LocalLimit`: the first n rows of each partition, before the exchange a `GlobalLimit` needs.
final class LocalLimitExec: SparkPlan, @unchecked Sendable {
    let limit: Int

    init(_ limit: Int, child: SparkPlan) {
        self.limit = limit
        super.init(children: [child], output: child.output)
    }

    override var argumentString: String { String(limit) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        try children[0].execute(context).map { Array($0.prefix(limit)) }
    }
}

/// `Union`: the children's partitions side by side, or, when every child is hash-partitioned the same way
/// (Spark 4's `spark.sql.unionOutputPartitioning`), partition i of each child together as partition i, so
/// the union keeps that partitioning and a later aggregate on the key needs no exchange.
final class UnionExec: SparkPlan, @unchecked Sendable {
    override var outputPartitioning: Partitioning {
        sharedPartitioning ?? .unknown(children.reduce(0) { $0 + $1.outputPartitioning.numPartitions })
    }

    /// The hash partitioning all children have, on the union's own columns (matched by position).
    private var sharedPartitioning: Partitioning? {
        func hashes(_ p: Partitioning) -> [([Expression], Int)] {
            switch p {
            case .hash(let keys, let n): [(keys, n)]
            case .collection(let ps): ps.flatMap(hashes)
            default: []
            }
        }
        func onOutput(_ keys: [Expression], of child: SparkPlan) -> [Expression]? {
            var position: [ExprId: Int] = [:]
            for (i, a) in child.output.enumerated() { position[a.exprId] = i }
            var complete = true
            let mapped = keys.map { key in
                key.transformUp { e -> Expression? in
                    guard case .attribute(let a) = e else { return nil }
                    guard let i = position[a.exprId], i < output.count else { complete = false; return nil }
                    return .attribute(output[i])
                }
            }
            return complete ? mapped : nil
        }
        guard children.count > 1, let first = children.first else { return nil }
        for (keys, n) in hashes(first.outputPartitioning) {
            guard let mapped = onOutput(keys, of: first) else { continue }
            let text = mapped.map(\.explainString)
            let shared = children.dropFirst().allSatisfy { child in
                hashes(child.outputPartitioning).contains { other in
                    other.1 == n && onOutput(other.0, of: child).map { $0.map(\.explainString) } == text
                }
            }
            if shared { return .hash(mapped, n) }
        }
        return nil
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        return joined(try children.map { try $0.execute(context) }) { $0.flatMap { $0 } }
    }

    /// The children's partitions one after another, or, when they are hash-partitioned alike, partition i
    /// of each child together (`combine` joins them).
    private func joined<Part>(_ parts: [[Part]], _ combine: ([Part]) -> Part) -> [Part] {
        guard let shared = sharedPartitioning else { return parts.flatMap { $0 } }
        let count = max(shared.numPartitions, parts.map(\.count).max() ?? 0)
        return (0..<count).map { i in combine(parts.compactMap { i < $0.count ? $0[i] : nil }) }
    }

    /// Batches pass through when every child makes them with the union's own column types.
    override var supportsColumnar: Bool {
        let types = output.map(\.dataType)
        return children.allSatisfy { $0.supportsColumnar && $0.output.map(\.dataType) == types }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let types = output.map(\.dataType)
        return try producePartitions(context).map { produce in
            var parts = try pieces(of: produce)
            return RecordBatch.concatenate(taking: &parts, types: types)
        }
    }

    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        guard supportsColumnar else { return try super.producePartitions(context) }
        return joined(try children.map { try $0.producePartitions(context) }) { producers in
            { consume in for produce in producers { try produce(consume) } }
        }
    }
}
