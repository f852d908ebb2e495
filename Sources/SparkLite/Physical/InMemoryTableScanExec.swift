/// `InMemoryTableScan` over a cached relation: the first action computes the cached plan and keeps its
/// partitions; later scans read them without running the plan (or scanning its tables) again.
final class InMemoryTableScanExec: SparkPlan, @unchecked Sendable {
    let relation: CachedRelation
    /// Every column of the cached relation; the scan outputs only the ones its parent reads (`output`).
    let relationOutput: [AttributeReference]
    /// The filter conjuncts above the scan, shown as Spark shows the predicates it prunes batches with.
    let predicates: [Expression]

    init(relation: CachedRelation, relationOutput: [AttributeReference], output: [AttributeReference], predicates: [Expression] = [],
         cachedPlan: SparkPlan) {
        self.relation = relation
        self.relationOutput = relationOutput
        self.predicates = predicates
        super.init(children: [InMemoryRelationExec(relation: relation, output: relationOutput, child: cachedPlan)], output: output)
    }

    /// A cached table's scan is named after it, as in Spark (`Scan In-memory table employees`).
    override var nodeName: String { relation.tableName.map { "Scan In-memory table \($0)" } ?? "InMemoryTableScan" }
    override var argumentString: String {
        let columns = "[" + output.map(\.explainName).joined(separator: ", ") + "]"
        return predicates.isEmpty ? columns : columns + ", [" + predicates.map(\.explainString).joined(separator: ", ") + "]"
    }

    /// Once the cache holds its partitions, the cached plan's partitioning with its columns renamed to this
    /// scan's, as in Spark: an aggregate by the key a materialized cached aggregate grouped by needs no new
    /// exchange. Before (adaptive execution may still change the cached plan) and for anything but hash keys
    /// the scan can name, it is unknown.
    override var outputPartitioning: Partitioning {
        let cachedPlan = children[0].children[0]
        let partitioning = cachedPlan.outputPartitioning
        guard relation.partitions != nil else { return .unknown(partitioning.numPartitions) }
        let renamed = Dictionary(zip(cachedPlan.output.map(\.exprId), relationOutput), uniquingKeysWith: { first, _ in first })
        switch partitioning {
        case .hash(let keys, let n):
            let mapped = keys.map { key in
                key.transformUp { e in
                    guard case .attribute(let a) = e, let mine = renamed[a.exprId] else { return nil }
                    return .attribute(mine)
                }
            }
            let names = Set(output.map(\.exprId))
            guard mapped.allSatisfy({ $0.references.allSatisfy { names.contains($0.exprId) } }) else { return .unknown(n) }
            return .hash(mapped, n)
        case .source, .single:
            return partitioning
        default:
            return .unknown(partitioning.numPartitions)
        }
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let all: [[[Value]]]
        if let cached = relation.partitions {
            all = cached
        } else {
            all = try children[0].children[0].execute(context)
            relation.store(all)
        }
        let ids = relationOutput.map(\.exprId)
        guard output.map(\.exprId) != ids else { return all }
        let indices = try output.map { a in
            guard let i = ids.firstIndex(of: a.exprId) else { throw SparkError.internalError("Column \(a.name) is not in the cached relation.") }
            return i
        }
        return all.map { partition in partition.map { row in indices.map { row[$0] } } }
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
