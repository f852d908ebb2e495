/// `Window`: rows clustered by the partition keys and sorted by keys and order; each window function is
/// computed over its frame.
final class WindowExec: WholePartitionExec, @unchecked Sendable {
    let windowExpressions: [Expression]
    let partitionSpec: [Expression]
    let orderSpec: [SortOrder]

    init(windowExpressions: [Expression], partitionSpec: [Expression], orderSpec: [SortOrder], child: SparkPlan, output: [AttributeReference]) {
        self.windowExpressions = windowExpressions
        self.partitionSpec = partitionSpec
        self.orderSpec = orderSpec
        super.init(children: [child], output: output)
    }

    /// `[rank(x#1) windowspecdefinition(...) AS r#2], [k#0], [x#1 ASC NULLS FIRST]`; as Spark's tree printer
    /// leaves out empty lists, a window without partition keys prints no `[]` between the two.
    override var argumentString: String {
        let lists = [windowExpressions.map(\.explainString), partitionSpec.map(\.explainString),
                     orderSpec.map { Expression.sortOrder($0).explainString }]
        return lists.filter { !$0.isEmpty }.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ")
    }
    override var requiredChildDistribution: [Distribution] { [partitionSpec.isEmpty ? .allTuples : .clustered(partitionSpec)] }
    override var requiredChildOrdering: [[SortOrder]] { [partitionSpec.map { SortOrder($0) } + orderSpec] }
    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    override var supportsColumnar: Bool { children[0].supportsColumnar }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let input = try children[0].execute(context)
        let (keys, orderKeys, functions) = try boundSpec()
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
                    // Every argument at every row, as Spark evaluates them (see `partitionTransform`).
                    let args = try WindowFunctions.arguments(of: f).map { e in try group.map { try e.eval($0) } }
                    columns.append(try WindowFunctions.compute(f, frame: frame, count: group.count, argument: { a, k in args[a][k] },
                                                               peers: { orderValues[$0] == orderValues[$1] }, orderKey: { orderValues[$0].first },
                                                               orderSpec: orderSpec, ansi: ansi, context: context))
                }
                for (i, row) in group.enumerated() { out.append(row + columns.map { $0[i] }) }
                start = end
            }
            return out
        }
    }

    /// The window functions appended to each batch as new columns. `row_number`, `rank` and `dense_rank`
    /// are counted over the codes of the keys and order values; other functions read their arguments,
    /// evaluated over the whole batch, window partition by window partition.
    override func partitionTransform(_ context: ExecutionContext) throws
        -> (input: SparkPlan, transform: @Sendable (RecordBatch) throws -> PartitionRows) {
        let (keys, orderKeys, functions) = try boundSpec()
        let resultTypes = functions.map { $0.function.dataType }
        let spec = orderSpec.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
        let ansi = context.ansi, orderSpec = self.orderSpec
        return (children[0], { batch in
            let n = batch.count
            let keyCodes = SortKeyCodes(try keys.map { try VectorizedEvaluator.evaluate($0, batch) },
                                        orders: keys.map { _ in (ascending: true, nullsFirst: true) }, count: n)
            let orderVectors = try orderKeys.map { try VectorizedEvaluator.evaluate($0, batch) }
            let order = SortKeyCodes(orderVectors, orders: spec, count: n)
            var counted = functions.map { f -> [Int64]? in Self.rankLikeKind(f.function) == nil ? nil : [Int64](repeating: 0, count: n) }
            var built = resultTypes.indices.map { j in counted[j] == nil ? ColumnVectorBuilder(resultTypes[j], capacity: n) : nil }
            // Each function's arguments over the whole batch, read by position. Spark evaluates them for
            // every row, used or not (a `lag` default that fails on a row with a previous row fails).
            let arguments = try functions.map { f in
                try WindowFunctions.arguments(of: f.function).map { e -> (Int) throws -> Value in
                    if e.deterministic { return try VectorizedEvaluator.evaluate(e, batch).value(at:) }
                    return { i in try e.eval(batch.row(at: i)) }
                }
            }
            var start = 0
            while start < n {
                var end = start + 1
                while end < n, keyCodes.equal(end, start) { end += 1 }
                for j in functions.indices {
                    if let kind = Self.rankLikeKind(functions[j].function) {
                        Self.count(kind, rows: start..<end, order: order, into: &counted[j]!)
                        continue
                    }
                    let first = start
                    for v in try WindowFunctions.compute(functions[j].function, frame: functions[j].frame, count: end - start,
                                                         argument: { a, k in try arguments[j][a](first + k) },
                                                         peers: { order.equal(first + $0, first + $1) },
                                                         orderKey: { orderVectors.first?.value(at: first + $0) },
                                                         orderSpec: orderSpec, ansi: ansi, context: context) {
                        built[j]!.append(v)
                    }
                }
                start = end
            }
            let columns = resultTypes.indices.map { j in
                counted[j].map { ColumnVector(dataType: resultTypes[j], storage: .longs($0), validity: nil, count: n) } ?? built[j]!.build()
            }
            return PartitionRows(batch: RecordBatch(columns: batch.columns + columns, count: n))
        })
    }

    private func boundSpec() throws -> (keys: [Expression], orderKeys: [Expression], functions: [(function: Expression, frame: WindowFrame)]) {
        let childOutput = children[0].output
        let functions = try windowExpressions.map { e -> (function: Expression, frame: WindowFrame) in
            guard case .alias(.window(let f, let spec), _, _) = e else {
                throw SparkError.internalError("Window expression \(e.explainString) is not an aliased window.")
            }
            return (try bind(f, childOutput), spec.frame ?? .wholePartition)
        }
        return (try partitionSpec.map { try bind($0, childOutput) }, try orderSpec.map { try bind($0.child, childOutput) }, functions)
    }

    private static func rankLikeKind(_ f: Expression) -> WindowFunction? {
        guard case .windowFunction(let kind, _) = f, [.rowNumber, .rank, .denseRank].contains(kind) else { return nil }
        return kind
    }

    /// `row_number`, `rank` or `dense_rank` of the rows of one window partition, peers being rows with equal order codes.
    private static func count(_ kind: WindowFunction, rows: Range<Int>, order: SortKeyCodes, into out: inout [Int64]) {
        var rank: Int64 = 1, dense: Int64 = 1
        for i in rows {
            let number = Int64(i - rows.lowerBound + 1)
            if i > rows.lowerBound && !order.equal(i, i - 1) {
                rank = number
                dense += 1
            }
            out[i] = kind == .rowNumber ? number : (kind == .rank ? rank : dense)
        }
    }
}
