/// Evaluates Python UDFs row by row and appends their results (`BatchEvalPython`). The interpreter
/// is single-threaded: a plan with Python UDFs runs its tasks one at a time.
final class BatchEvalPythonExec: SparkPlan, @unchecked Sendable {
    let udfs: [Expression]
    let results: [AttributeReference]

    init(udfs: [Expression], results: [AttributeReference], child: SparkPlan) {
        self.udfs = udfs
        self.results = results
        super.init(children: [child], output: child.output + results)
    }

    /// `BatchEvalPython [dom(email#1)#11], [pythonUDF0#12]`.
    override var argumentString: String {
        "[" + zip(udfs, results).map { "\($0.explainString)#\($1.exprId.id)" }.joined(separator: ", ") + "], ["
            + results.map(\.explainName).joined(separator: ", ") + "]"
    }

    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let bound = try udfs.map { try bind($0, children[0].output) }
        return try context.parallelMap(input.count) { p in
            try input[p].map { row in try row + bound.map { try $0.eval(row) } }
        }
    }
}
