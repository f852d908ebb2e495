/// `InMemoryTableScan` over a cached relation: the first action computes the cached plan and keeps its
/// partitions; later scans read them without running the plan (or scanning its tables) again.
final class InMemoryTableScanExec: SparkPlan, @unchecked Sendable {
    let relation: CachedRelation

    init(relation: CachedRelation, output: [AttributeReference], cachedPlan: SparkPlan) {
        self.relation = relation
        super.init(children: [InMemoryRelationExec(relation: relation, output: output, child: cachedPlan)], output: output)
    }

    /// A cached table's scan is named after it, as in Spark (`Scan In-memory table employees`).
    override var nodeName: String { relation.tableName.map { "Scan In-memory table \($0)" } ?? "InMemoryTableScan" }
    override var argumentString: String { "[" + output.map(\.explainName).joined(separator: ", ") + "]" }
    override var outputPartitioning: Partitioning { .unknown(children[0].children[0].outputPartitioning.numPartitions) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if let cached = relation.partitions { return cached }
        let computed = try children[0].children[0].execute(context)
        relation.store(computed)
        return computed
    }
}

/// The cached plan under an `InMemoryTableScan`, shown as explain shows it.
final class InMemoryRelationExec: SparkPlan, @unchecked Sendable {
    let relation: CachedRelation

    init(relation: CachedRelation, output: [AttributeReference], child: SparkPlan) {
        self.relation = relation
        super.init(children: [child], output: output)
    }

    override var nodeName: String { "InMemoryRelation" }
    override var argumentString: String { "[" + output.map(\.explainName).joined(separator: ", ") + "], \(relation.storageLevel)" }
}
