/// `spark_partition_id()`: the index of the partition a row is computed in, and
/// `monotonically_increasing_id()`: the partition index in the upper 31 bits and the row's position in the
/// partition in the lower 33. Neither can be evaluated from the row alone, so the operators that evaluate
/// expressions per partition (project, filter, aggregate) replace them before running each partition.
enum PartitionIndex {
    /// The name Spark prints: the default column name is `SPARK_PARTITION_ID()`.
    static let functionName = "SPARK_PARTITION_ID"
    static let rowIdName = "monotonically_increasing_id"

    static let builders: [FunctionBuilder] = scalar("spark_partition_id") { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .int, name: functionName, deterministic: false) { _ in
            throw SparkError.internalError("spark_partition_id() was evaluated outside a partition.")
        }
    }
    + scalar(rowIdName) { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .long, deterministic: false) { _ in
            throw SparkError.internalError("monotonically_increasing_id() was evaluated outside a partition.")
        }
    }

    /// The ids one partition hands out, one per evaluation, in row order.
    final class RowIds: @unchecked Sendable {
        private var next: Int64

        init(partition: Int) { next = Int64(partition) << 33 }

        func take() -> Int64 {
            defer { next += 1 }
            return next
        }
    }
}

extension Expression {
    /// Whether the expression calls `spark_partition_id()` or another function that depends on the partition.
    var readsPartitionIndex: Bool {
        exists {
            guard case .function(let f, _) = $0, !f.deterministic else { return false }
            return f.name == PartitionIndex.functionName || f.name == PartitionIndex.rowIdName || f.seededForPartition != nil
        }
    }

    /// The expression with `spark_partition_id()` replaced by partition `index`,
    /// `monotonically_increasing_id()` by that partition's counter, and seeded functions (`rand(seed)`)
    /// drawing from that partition's generator.
    func withPartitionIndex(_ index: Int) -> Expression {
        transformUp { e in
            guard case .function(var f, let args) = e, !f.deterministic else { return nil }
            if f.name == PartitionIndex.functionName { return .literal(.int(Int64(index)), .int) }
            if let seeded = f.seededForPartition {
                f.evaluate = seeded(index)
                return .function(f, args)
            }
            guard f.name == PartitionIndex.rowIdName else { return nil }
            let ids = PartitionIndex.RowIds(partition: index)
            f.evaluate = { _ in .int(ids.take()) }
            return .function(f, args)
        }
    }
}

extension Array where Element == Expression {
    /// The expressions as partition `index` evaluates them (unchanged when none reads the partition index).
    func forPartition(_ index: Int) -> [Expression] {
        contains(where: \.readsPartitionIndex) ? map { $0.withPartitionIndex(index) } : self
    }
}
