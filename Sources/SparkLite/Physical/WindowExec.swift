/// `Window`: rows clustered by the partition keys and sorted by keys and order; each window function is
/// computed over its frame.
final class WindowExec: SparkPlan, @unchecked Sendable {
    let windowExpressions: [Expression]
    let partitionSpec: [Expression]
    let orderSpec: [SortOrder]

    init(windowExpressions: [Expression], partitionSpec: [Expression], orderSpec: [SortOrder], child: SparkPlan, output: [AttributeReference]) {
        self.windowExpressions = windowExpressions
        self.partitionSpec = partitionSpec
        self.orderSpec = orderSpec
        super.init(children: [child], output: output)
    }

    /// Explain leaves out an empty partition or order list, as Spark prints no empty argument list.
    override var argumentString: String {
        let lists = [windowExpressions.map(\.explainString), partitionSpec.map(\.explainString),
                     orderSpec.map { Expression.sortOrder($0).explainString }]
        return lists.enumerated().filter { $0.offset == 0 || !$0.element.isEmpty }
            .map { "[\($0.element.joined(separator: ", "))]" }.joined(separator: ", ")
    }
    override var requiredChildDistribution: [Distribution] { [partitionSpec.isEmpty ? .allTuples : .clustered(partitionSpec)] }
    override var requiredChildOrdering: [[SortOrder]] { [partitionSpec.map { SortOrder($0) } + orderSpec] }
    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let childOutput = children[0].output
        let keys = try partitionSpec.map { try bind($0, childOutput) }
        let orderKeys = try orderSpec.map { try bind($0.child, childOutput) }
        let functions = try windowExpressions.map { e -> (Expression, WindowFrame) in
            guard case .alias(.window(let f, let spec), _, _) = e else {
                throw SparkError.internalError("Window expression \(e.explainString) is not an aliased window.")
            }
            return (try bind(f, childOutput), spec.frame ?? .wholePartition)
        }
        let ansi = context.ansi
        return try context.parallelMap(input.count) { p in
            var out: [[Value]] = []
            var start = 0
            let rows = input[p]
            // Each row's partition key, once, in one flat array: a window partition is a run of equal keys.
            let width = keys.count
            var flatKeys: [Value] = []
            flatKeys.reserveCapacity(rows.count * width)
            for row in rows {
                for key in keys { flatKeys.append(try key.eval(row)) }
            }
            func sameKey(_ a: Int, _ b: Int) -> Bool {
                for k in 0..<width where !GroupTable.same(flatKeys[a * width + k], flatKeys[b * width + k]) { return false }
                return true
            }
            while start < rows.count {
                var end = start + 1
                while end < rows.count, sameKey(end, start) { end += 1 }
                let group = Array(rows[start..<end])
                let orderValues = try group.map { r in try orderKeys.map { try $0.eval(r) } }
                var columns: [[Value]] = []
                for (f, frame) in functions {
                    columns.append(try WindowFunctions.compute(f, frame: frame, rows: group, orderValues: orderValues, orderSpec: self.orderSpec, ansi: ansi, context: context))
                }
                for (i, row) in group.enumerated() { out.append(row + columns.map { $0[i] }) }
                start = end
            }
            return out
        }
    }
}
