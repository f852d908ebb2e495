/// `spark_partition_id()`: the index of the partition a row is computed in. The function cannot be
/// evaluated from the row alone, so the operators that evaluate expressions per partition (project,
/// filter, aggregate) replace it with the partition's index before running each partition.
enum PartitionIndex {
    /// The name Spark prints: the default column name is `SPARK_PARTITION_ID()`.
    static let functionName = "SPARK_PARTITION_ID"

    static let builders: [FunctionBuilder] = scalar("spark_partition_id") { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .int, name: functionName, deterministic: false) { _ in
            throw SparkError.internalError("spark_partition_id() was evaluated outside a partition.")
        }
    }
}

extension Expression {
    /// Whether the expression calls `spark_partition_id()`.
    var readsPartitionIndex: Bool {
        exists { if case .function(let f, _) = $0 { f.name == PartitionIndex.functionName && !f.deterministic } else { false } }
    }

    /// The expression with `spark_partition_id()` replaced by partition `index`.
    func withPartitionIndex(_ index: Int) -> Expression {
        transformUp { e in
            guard case .function(let f, _) = e, f.name == PartitionIndex.functionName, !f.deterministic else { return nil }
            return .literal(.int(Int64(index)), .int)
        }
    }
}

extension Array where Element == Expression {
    /// The expressions as partition `index` evaluates them (unchanged when none reads the partition index).
    func forPartition(_ index: Int) -> [Expression] {
        contains(where: \.readsPartitionIndex) ? map { $0.withPartitionIndex(index) } : self
    }
}
