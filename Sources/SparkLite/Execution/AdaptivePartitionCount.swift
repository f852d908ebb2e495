/// How many partitions a query's result has in real Spark, where adaptive execution
/// (`spark.sql.adaptive.coalescePartitions.enabled`, on by default) merges small shuffle partitions
/// after each shuffle the planner inserted (or `repartition(col)` without a number). The bytes of a
/// shuffle partition are estimated as Spark's uncompressed `UnsafeRow` sizes, so the count matches
/// Spark for small and medium results (one partition) and is an estimate for large ones.
enum AdaptivePartitionCount {
    static func resultPartitions(_ plan: SparkPlan, conf: SQLConf) -> Int {
        guard conf.adaptiveEnabled, conf.get("spark.sql.adaptive.coalescePartitions.enabled")?.lowercased() != "false" else {
            return plan.outputPartitioning.numPartitions
        }
        return count(plan, conf)
    }

    private static func count(_ plan: SparkPlan, _ conf: SQLConf) -> Int {
        switch plan {
        case let exchange as ShuffleExchangeExec:
            guard isCoalescable(exchange), let bytes = exchange.partitionBytes else { return exchange.partitioning.numPartitions }
            return coalesce(bytes, conf)
        case let coalesce as CoalesceExec:
            return min(coalesce.numPartitions, count(coalesce.children[0], conf))
        case let union as UnionExec:
            // Children hash-partitioned alike stay aligned partition by partition (the union keeps their
            // partitioning), so their shuffles are coalesced together, as a join's are.
            if case .hash = union.outputPartitioning,
               let together = coalescedTogether(union.children.map(upstreamExchange), conf) {
                return together
            }
            return union.children.reduce(0) { $0 + count($1, conf) }
        case let join as BroadcastHashJoinExec:
            return count(join.children[join.buildRight ? 0 : 1], conf)
        case is BroadcastExchangeExec:
            return 1
        default:
            // Shuffled children of one operator are coalesced together, from their summed sizes.
            if plan.children.count > 1, let together = coalescedTogether(plan.children.map(directExchange), conf) {
                return together
            }
            guard let first = plan.children.first else { return plan.outputPartitioning.numPartitions }
            return count(first, conf)
        }
    }

    /// The partition count of shuffles read side by side (one per child, nil where a child reads none), coalesced
    /// together from their summed partition sizes; nil unless every child reads a coalescable shuffle.
    private static func coalescedTogether(_ exchanges: [ShuffleExchangeExec?], _ conf: SQLConf) -> Int? {
        let found = exchanges.compactMap { $0 }
        let sizes = found.compactMap(\.partitionBytes)
        guard !found.isEmpty, found.count == exchanges.count, sizes.count == found.count, found.allSatisfy(isCoalescable) else { return nil }
        return coalesce(sizes.dropFirst().reduce(sizes[0]) { zip($0, $1).map(+) }, conf)
    }

    /// The exchange under a child, looking through the sorts EnsureRequirements adds for a join.
    private static func directExchange(_ plan: SparkPlan) -> ShuffleExchangeExec? {
        if let e = plan as? ShuffleExchangeExec { return e }
        if plan is SortExec, let child = plan.children.first { return directExchange(child) }
        return nil
    }

    /// The exchange a chain of single-child operators reads (an aggregate's, under its final phase).
    private static func upstreamExchange(_ plan: SparkPlan) -> ShuffleExchangeExec? {
        if let e = plan as? ShuffleExchangeExec { return e }
        guard plan.children.count == 1 else { return nil }
        return upstreamExchange(plan.children[0])
    }

    private static func isCoalescable(_ e: ShuffleExchangeExec) -> Bool {
        e.origin == "ENSURE_REQUIREMENTS" || e.origin == "REPARTITION_BY_COL"
    }

    /// Spark's `ShufflePartitionsUtil.coalescePartitions` target size with `parallelismFirst`, then
    /// contiguous partitions packed up to it; an empty shuffle has no partitions.
    static func coalesce(_ bytes: [Int], _ conf: SQLConf) -> Int {
        let total = bytes.reduce(0, +)
        if total == 0 { return 0 }
        let advisory = conf.bytes("spark.sql.adaptive.advisoryPartitionSizeInBytes") ?? 64 * 1024 * 1024
        let minSize = conf.bytes("spark.sql.adaptive.coalescePartitions.minPartitionSize") ?? 1024 * 1024
        let parallelism = max(1, conf.defaultParallelism)
        let target = max(min(advisory, (total + parallelism - 1) / parallelism), minSize)
        var groups = 0
        var current = 0
        for size in bytes {
            if current > 0 && current + size > target {
                groups += 1
                current = 0
            }
            current += size
        }
        return groups + (current > 0 ? 1 : 0)
    }

    /// A partition's bytes from the average size of up to 32 of its rows, spread evenly over it.
    static func estimatedBytes(_ rows: [[Value]]) -> Int {
        estimatedBytes(count: rows.count) { rows[$0] }
    }

    static func estimatedBytes(_ batch: RecordBatch) -> Int {
        estimatedBytes(count: batch.count, row: batch.row(at:))
    }

    /// Measures about 32 evenly spread rows and scales up.
    private static func estimatedBytes(count: Int, row: (Int) -> [Value]) -> Int {
        guard count > 0 else { return 0 }
        let step = max(1, count / 32)
        let sampled = stride(from: 0, to: count, by: step).map { rowBytes(row($0)) }
        return sampled.reduce(0, +) * count / sampled.count
    }

    /// Spark's `UnsafeRow` bytes: a null bit per field, 8 bytes per field, variable-length data
    /// rounded up to 8 bytes.
    static func rowBytes(_ row: [Value]) -> Int {
        var size = 8 * ((row.count + 63) / 64) + 8 * row.count
        for value in row { size += variableBytes(value) }
        return size
    }

    private static func variableBytes(_ value: Value) -> Int {
        func round8(_ n: Int) -> Int { (n + 7) / 8 * 8 }
        switch value {
        case .string(let s): return round8(s.utf8.count)
        case .binary(let b): return round8(b.count)
        case .decimal: return 16
        case .array(let items): return 8 + round8(items.count) + items.reduce(8 * items.count) { $0 + variableBytes($1) }
        case .map(let entries): return 16 + entries.reduce(0) { $0 + 16 + variableBytes($1.key) + variableBytes($1.value) }
        case .struct(let fields): return rowBytes(fields)
        default: return 0
        }
    }
}
