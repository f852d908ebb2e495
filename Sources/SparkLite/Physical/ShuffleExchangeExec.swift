import Synchronization

/// Moves rows to the partitions a parent requires: `Exchange hashpartitioning(...)` assigns each row to
/// `pmod(murmur3(keys, 42), n)` exactly as Spark does, so per-partition skew matches Spark's.
final class ShuffleExchangeExec: SparkPlan, @unchecked Sendable {
    let partitioning: Partitioning
    /// `ENSURE_REQUIREMENTS` when inserted by the planner, `REPARTITION_BY_NUM`/`REPARTITION_BY_COL` by the user.
    let origin: String
    let planId: Int
    /// Estimated bytes of each output partition of the last execution, for adaptive coalescing.
    private(set) var partitionBytes: [Int]?

    init(_ partitioning: Partitioning, child: SparkPlan, origin: String = "ENSURE_REQUIREMENTS", planId: Int) {
        self.partitioning = partitioning
        self.origin = origin
        self.planId = planId
        super.init(children: [child], output: child.output)
    }

    override var nodeName: String { "Exchange" }
    override var argumentString: String { "\(partitioning.explainString), \(origin), [plan_id=\(planId)]" }
    override var outputPartitioning: Partitioning { partitioning }

    /// Hash, range and single-partition exchanges move a columnar child's batches without making rows.
    override var supportsColumnar: Bool {
        switch partitioning {
        case .hash, .range, .single: children[0].supportsColumnar
        default: false
        }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        // The child's pieces are split as they come, so an input partition is never held whole.
        let input = try children[0].producePartitions(context)
        let types = output.map(\.dataType)
        let n = partitioning.numPartitions
        var out: [RecordBatch]
        if case .hash(let keys, _) = partitioning {
            let bound = try keys.map { try bind($0, children[0].output) }
            let keyTypes = keys.map(\.dataType)
            // Per input partition, per target partition: its rows, piece by piece; joined in input order.
            var pieces = try context.parallelMap(input.count) { p -> [[RecordBatch]] in
                var buckets = Array(repeating: [RecordBatch](), count: n)
                let produce = input[p]
                try produce { batch in
                    let keyVectors = try bound.map { try VectorizedEvaluator.evaluate($0, batch) }
                    let targets = Self.hashes(keyVectors, types: keyTypes, count: batch.count).map { h in
                        Int(((h % Int32(n)) + Int32(n)) % Int32(n))
                    }
                    for (t, parts) in batch.split(targets: targets, into: n).enumerated() { buckets[t] += parts }
                }
                return buckets
            }
            // Each target's pieces are let go once they are joined, so the shuffle never holds its rows twice.
            let byTarget = Mutex((0..<n).map { t in pieces.flatMap { $0[t] } })
            pieces = []
            out = try context.parallelMap(n) { t in
                let mine = byTarget.withLock { parts in
                    defer { parts[t] = [] }
                    return parts[t]
                }
                return RecordBatch.concatenate(mine, types: types)
            }
        } else {
            // Range and single partitioning read every input partition, each gathered by its own task.
            var all = try context.parallelMap(input.count) { p in try pieces(of: input[p]) }.flatMap { $0 }
            let whole = RecordBatch.concatenate(taking: &all, types: types)
            if case .range(let orders, _) = partitioning {
                let keys = try orders.map { try bind($0.child, children[0].output) }
                out = try Self.rangePartitioned(whole, keys: keys, orders: orders, into: n)
            } else {
                out = [whole]
            }
        }
        try context.checkBudget(rows: out.reduce(0) { $0 + $1.count })
        context.metrics.recordShuffle(partitionSizes: out.map(\.count))
        partitionBytes = out.map(AdaptivePartitionCount.estimatedBytes)
        return out
    }

    /// The rows of `all` (every input partition's rows, in partition order) cut into `n` ranges of the
    /// order of `keys` (bound to `all`'s columns) by `orders`: equal keys stay in one partition and the
    /// boundaries split the sorted rows evenly. Each partition receives its rows in input order, as a
    /// reducer reads the map outputs.
    static func rangePartitioned(_ all: RecordBatch, keys: [Expression], orders: [SortOrder], into n: Int) throws -> [RecordBatch] {
        let vectors = try keys.map { try VectorizedEvaluator.evaluate($0, all) }
        let codes = SortKeyCodes(vectors, orders: orders.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }, count: all.count)
        let sorted = codes.sortedPositions(Array(0..<all.count))
        let per = max(1, (all.count + n - 1) / n)
        var partitionOf = [Int](repeating: 0, count: all.count)
        var p = 0
        for (i, row) in sorted.enumerated() {
            if i > 0, i % per == 0, p < n - 1, !codes.equal(sorted[i - 1], row) { p += 1 }
            partitionOf[row] = p
        }
        let types = all.columns.map(\.dataType)
        return all.split(targets: partitionOf, into: n).map { RecordBatch.concatenate($0, types: types) }
    }

    /// Spark's Murmur3 hash (seed 42) of each row's keys: integral, date and timestamp keys are hashed
    /// from their words, other keys from their values.
    static func hashes(_ keys: [ColumnVector], types: [DataType], count: Int) -> [Int32] {
        var h = [UInt32](repeating: 42, count: count)
        for (k, vector) in keys.enumerated() {
            switch (vector.storage, types[k]) {
            case (.longs(let a), .byte), (.longs(let a), .short), (.longs(let a), .int), (.longs(let a), .date):
                for r in 0..<count where !vector.isNull(r) { h[r] = Murmur3.hashInt(UInt32(truncatingIfNeeded: a[r]), seed: h[r]) }
            case (.longs(let a), .long), (.longs(let a), .timestamp):
                for r in 0..<count where !vector.isNull(r) { h[r] = Murmur3.hashLong(UInt64(bitPattern: a[r]), seed: h[r]) }
            default:
                for r in 0..<count { h[r] = Murmur3.hashValue(vector.value(at: r), types[k], seed: h[r]) }
            }
        }
        return h.map { Int32(bitPattern: $0) }
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let input = try children[0].execute(context)
        let n = partitioning.numPartitions
        var out = Array(repeating: [[Value]](), count: n)
        switch partitioning {
        case .hash(let keys, _):
            let bound = try keys.map { try bind($0, children[0].output) }
            let types = keys.map(\.dataType)
            // Each input partition is split on its own; the pieces are joined in input order.
            let pieces = try context.parallelMap(input.count) { p in
                var buckets = Array(repeating: [[Value]](), count: n)
                var values = [Value](repeating: .null, count: bound.count)
                for row in input[p] {
                    for k in bound.indices { values[k] = try bound[k].eval(row) }
                    let h = Int(Murmur3.hash(values, types: types, seed: 42))
                    buckets[((h % n) + n) % n].append(row)
                }
                return buckets
            }
            for piece in pieces {
                for (i, bucket) in piece.enumerated() { out[i].append(contentsOf: bucket) }
            }
        case .range(let orders, _):
            let bound = try orders.map { try bind($0.child, children[0].output) }
            let spec = orders.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
            let rows = input.flatMap { $0 }
            let keys = try rows.map { row in try bound.map { try $0.eval(row) } }
            var byKey = Array(rows.indices)
            byKey.sort { a, b in
                let c = ValueOrdering.compareKeys(keys[a], keys[b], orders: spec)
                return c != 0 ? c < 0 : a < b
            }
            // Equal keys stay in one partition; boundaries split the sorted rows evenly. Each partition
            // receives its rows in input order, as a reducer reads the map outputs.
            let per = max(1, (rows.count + n - 1) / n)
            var partitionOf = [Int](repeating: 0, count: rows.count)
            var p = 0
            for (i, row) in byKey.enumerated() {
                if i > 0, i % per == 0, p < n - 1, ValueOrdering.compareKeys(keys[byKey[i - 1]], keys[row], orders: spec) != 0 { p += 1 }
                partitionOf[row] = p
            }
            for (i, row) in rows.enumerated() { out[partitionOf[i]].append(row) }
        case .roundRobin:
            var i = 0
            for part in input {
                for row in part { out[i % n].append(row); i += 1 }
            }
        default:
            out = [input.flatMap { $0 }]
        }
        try context.checkBudget(rows: out.reduce(0) { $0 + $1.count })
        context.metrics.recordShuffle(partitionSizes: out.map(\.count))
        partitionBytes = out.map(AdaptivePartitionCount.estimatedBytes)
        return out
    }
}

/// Ships a whole relation to every task of the join that reads it.
final class BroadcastExchangeExec: SparkPlan, @unchecked Sendable {
    let planId: Int
    let mode: BroadcastMode

    init(child: SparkPlan, mode: BroadcastMode, planId: Int) {
        self.planId = planId
        self.mode = mode
        super.init(children: [child], output: child.output)
    }

    override var nodeName: String { "BroadcastExchange" }
    override var argumentString: String { "\(mode.explainString(input: children[0].output)), [plan_id=\(planId)]" }
    override var outputPartitioning: Partitioning { .broadcast }

    override var supportsColumnar: Bool { children[0].supportsColumnar }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        return [try children[0].execute(context).flatMap { $0 }]
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        return [RecordBatch.concatenate(try children[0].executeColumnar(context), types: output.map(\.dataType))]
    }
}
