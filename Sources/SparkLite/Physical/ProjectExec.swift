/// Computes the select list for each row.
final class ProjectExec: SparkPlan, @unchecked Sendable {
    let projectList: [Expression]

    init(_ list: [Expression], child: SparkPlan) {
        projectList = list
        super.init(children: [child], output: list.compactMap(\.toAttribute))
    }

    override var argumentString: String { "[" + projectList.map(\.explainString).joined(separator: ", ") + "]" }

    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    override var outputPartitioning: Partitioning { children[0].outputPartitioning }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let bound = try projectList.map { try bind($0, children[0].output) }
        return try context.parallelMap(input.count) { p in
            let exprs = bound.forPartition(p)
            return try input[p].map { row in try exprs.map { try $0.eval(row) } }
        }
    }
}
