/// `Expand`: each input row once per projection (the grouping sets of ROLLUP, CUBE, GROUPING SETS).
final class ExpandExec: SparkPlan, @unchecked Sendable {
    let projections: [[Expression]]

    init(projections: [[Expression]], output: [AttributeReference], child: SparkPlan) {
        self.projections = projections
        super.init(children: [child], output: output)
    }

    override var argumentString: String {
        "[" + projections.map { "[" + $0.map(\.explainString).joined(separator: ", ") + "]" }.joined(separator: ", ") + "], ["
            + output.map(\.explainName).joined(separator: ", ") + "]"
    }

    override var outputPartitioning: Partitioning { .unknown(children[0].outputPartitioning.numPartitions) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let bound = try projections.map { try $0.map { try bind($0, children[0].output) } }
        return try context.parallelMap(input.count) { p in
            var out: [[Value]] = []
            out.reserveCapacity(input[p].count * bound.count)
            for row in input[p] {
                for projection in bound { out.append(try projection.map { try $0.eval(row) }) }
                try context.checkProgress(rows: out.count)
            }
            return out
        }
    }
}
