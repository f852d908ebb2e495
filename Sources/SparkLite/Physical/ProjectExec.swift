/// Computes the select list for each row.
final class ProjectExec: SparkPlan, @unchecked Sendable {
    let projectList: [Expression]

    init(_ list: [Expression], child: SparkPlan) {
        projectList = list
        super.init(children: [child], output: list.compactMap(\.toAttribute))
    }

    /// Spark leaves an empty list out (`+- Project` under a `count(*)`).
    override var argumentString: String {
        projectList.isEmpty ? "" : "[" + projectList.map(\.explainString).joined(separator: ", ") + "]"
    }
    override var expressions: [Expression] { projectList }

    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    /// Spark's alias-aware output partitioning: rows hash-partitioned by `city` are also partitioned by
    /// `c` once the projection renames `city AS c`, so a later join or aggregate on `c` needs no exchange.
    override var outputPartitioning: Partitioning {
        let partitioning = children[0].outputPartitioning
        guard case .hash(let keys, let n) = partitioning else { return partitioning }
        var aliases: [String: [Expression]] = [:]
        for item in projectList {
            if case .alias(let e, _, _) = item, let a = item.toAttribute { aliases[e.explainString, default: []].append(.attribute(a)) }
        }
        let renamedKeys = keys.compactMap { aliases[$0.explainString]?.first }
        guard renamedKeys.count == keys.count else { return partitioning }
        let outputIds = Set(output.map(\.exprId))
        let keptAsIs = keys.allSatisfy { $0.references.allSatisfy { outputIds.contains($0.exprId) } }
        let renamed = Partitioning.hash(renamedKeys, n)
        return keptAsIs ? .collection([partitioning, renamed]) : renamed
    }

    /// Nondeterministic expressions are evaluated row by row, in the order the row engine evaluates them.
    override var supportsColumnar: Bool { children[0].supportsColumnar && projectList.allSatisfy(\.deterministic) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let input = try children[0].execute(context)
        let bound = try projectList.map { try bind($0, children[0].output) }
        return try context.parallelMap(input.count) { p in
            let exprs = bound.forPartition(p)
            return try input[p].map { row in try exprs.map { try $0.eval(row) } }
        }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let input = try children[0].executeColumnar(context)
        let bound = try projectList.map { try bind($0, children[0].output) }
        return try context.parallelMap(input.count) { p in
            try VectorizedEvaluator.project(bound.forPartition(p), input[p])
        }
    }

    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        guard supportsColumnar else { return try super.producePartitions(context) }
        let bound = try projectList.map { try bind($0, children[0].output) }
        return try children[0].producePartitions(context).enumerated().map { p, produce in
            let exprs = bound.forPartition(p)
            return { consume in try produce { batch in try consume(try VectorizedEvaluator.project(exprs, batch)) } }
        }
    }
}
