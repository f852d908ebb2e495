/// Keeps the rows whose condition is true.
final class FilterExec: SparkPlan, @unchecked Sendable {
    let condition: Expression

    init(_ condition: Expression, child: SparkPlan) {
        self.condition = condition
        super.init(children: [child], output: child.output)
    }

    override var argumentString: String { condition.explainString }
    override var expressions: [Expression] { [condition] }
    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    override var supportsColumnar: Bool { children[0].supportsColumnar }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let input = try children[0].execute(context)
        let bound = try bind(condition, children[0].output)
        return try context.parallelMap(input.count) { p in
            let predicate = [bound].forPartition(p)[0]
            return try input[p].filter { try predicate.evalPredicate($0) }
        }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let input = try children[0].executeColumnar(context)
        let bound = try bind(condition, children[0].output)
        return try context.parallelMap(input.count) { p in
            let predicate = [bound].forPartition(p)[0]
            return input[p].gather(try VectorizedEvaluator.select(predicate, input[p]))
        }
    }

    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        guard supportsColumnar else { return try super.producePartitions(context) }
        let bound = try bind(condition, children[0].output)
        return try children[0].producePartitions(context).enumerated().map { p, produce in
            let predicate = [bound].forPartition(p)[0]
            return { consume in try produce { batch in try consume(batch.gather(try VectorizedEvaluator.select(predicate, batch))) } }
        }
    }
}
