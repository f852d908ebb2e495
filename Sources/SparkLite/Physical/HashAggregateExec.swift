/// Hash aggregation. Each aggregate either updates from input columns (the `partial` phase, or a whole
/// aggregation in one step) or merges exported states (after an exchange); the operator emits either
/// each aggregate's state (before a further exchange) or the results. Spark's two-phase plan is a
/// partial aggregate, an exchange, and a final aggregate; distinct aggregates add a phase. The operator
/// Spark would name for the phase (`HashAggregate`, `ObjectHashAggregate`, `SortAggregate`) decides the
/// explain text and whether the input must be sorted by the keys first.
final class HashAggregateExec: SparkPlan, @unchecked Sendable {
    enum Input: Sendable {
        case update
        /// Merge the state that starts at this position of the child's row.
        case merge(at: Int)
    }

    let grouping: [Expression]
    let groupingAttributes: [AttributeReference]
    let aggregates: [AggregateExpression]
    let inputs: [Input]
    let emitResults: Bool
    let resultExpressions: [Expression]
    /// Where explain finds the scalar subqueries the results read (`sum(x) / (SELECT ...)`).
    override var expressions: [Expression] { resultExpressions }
    let requiredDistribution: Distribution
    let aggregateOperator: AggregateOperator
    /// The phase of a distinct aggregation that reads the rows grouped by the keys and the distinct
    /// arguments: each partition holds every (keys, arguments) pair once, so the distinct aggregates
    /// update from every row without remembering the values seen, as in Spark.
    let distinctArgumentsAreUnique: Bool

    /// `aggregateOperator` nil: the one Spark picks for the aggregates' buffers.
    init(grouping: [Expression], groupingAttributes: [AttributeReference], aggregates: [AggregateExpression],
         inputs: [Input], emitResults: Bool, resultExpressions: [Expression], child: SparkPlan,
         output: [AttributeReference], requiredDistribution: Distribution, aggregateOperator: AggregateOperator? = nil,
         distinctArgumentsAreUnique: Bool = false) {
        self.distinctArgumentsAreUnique = distinctArgumentsAreUnique
        self.grouping = grouping
        self.groupingAttributes = groupingAttributes
        self.aggregates = aggregates
        self.inputs = inputs
        self.emitResults = emitResults
        self.resultExpressions = resultExpressions
        self.requiredDistribution = requiredDistribution
        self.aggregateOperator = aggregateOperator ?? AggregateOperator.choose(aggregates)
        super.init(children: [child], output: output)
    }

    override var nodeName: String { aggregateOperator.nodeName }
    override var requiredChildDistribution: [Distribution] { [requiredDistribution] }
    override var argumentSeparator: String { "" }

    /// A sort aggregate reads its input sorted by the keys and emits the groups in that order.
    override var requiredChildOrdering: [[SortOrder]] {
        [aggregateOperator == .sort ? grouping.map { SortOrder($0) } : []]
    }
    override var outputOrdering: [SortOrder] {
        aggregateOperator == .sort ? groupingAttributes.map { SortOrder(.attribute($0)) } : []
    }

    /// Whether this phase updates from input rows and emits states (a partial aggregate).
    var isPartial: Bool {
        !emitResults && inputs.allSatisfy { if case .update = $0 { true } else { false } }
    }

    /// Whether this phase merges states and emits results (a final aggregate).
    var isFinal: Bool {
        emitResults && inputs.allSatisfy { if case .merge = $0 { true } else { false } }
    }

    /// The same aggregation as another operator, over another child.
    func with(operator newOperator: AggregateOperator, child: SparkPlan) -> HashAggregateExec {
        HashAggregateExec(grouping: grouping, groupingAttributes: groupingAttributes, aggregates: aggregates, inputs: inputs,
                          emitResults: emitResults, resultExpressions: resultExpressions, child: child, output: output,
                          requiredDistribution: requiredDistribution, aggregateOperator: newOperator,
                          distinctArgumentsAreUnique: distinctArgumentsAreUnique)
    }

    override var argumentString: String {
        let keys = groupingAttributes.map(\.explainName).joined(separator: ", ")
        let fns = zip(aggregates, inputs).map { agg, input -> String in
            var copy = agg
            switch (input, emitResults) {
            case (.update, false): copy.mode = .partial
            case (.merge, false): copy.mode = .partialMerge
            case (.merge, true): copy.mode = .final
            default: copy.mode = .complete
            }
            return Expression.aggregate(copy).explainString
        }.joined(separator: ", ")
        // SortAggregate names its keys in the singular.
        return "(\(aggregateOperator == .sort ? "key" : "keys")=[\(keys)], functions=[\(fns)])"
    }

    override var outputPartitioning: Partitioning {
        guard emitResults, case .hash(let exprs, let n) = children[0].outputPartitioning else {
            return children[0].outputPartitioning
        }
        // The grouping keys come out under the names of the result list.
        let mapped = exprs.map { e -> Expression in
            for r in resultExpressions {
                if case .alias(let c, _, _) = r, c.explainString == e.explainString, let a = r.toAttribute { return .attribute(a) }
            }
            return e
        }
        return .hash(mapped, n)
    }

    /// One input partition: rows, or the batches a columnar child produces for it, read one at a time.
    private enum InputPartition: Sendable {
        case rows([[Value]])
        case batches(PartitionProducer)
    }

    /// The groups of some input: their keys, numbered in the order they first appear, and their aggregates.
    private struct Groups {
        var table: GroupTable
        /// Used instead of `table` when the input is batches whose one or two key columns are all `Int64`-backed.
        var longKeys: LongKeyIndex?
        var longKeyTypes: [DataType] = []
        /// Per aggregate, every group's state.
        var accumulators: [AccumulatorColumn]

        var count: Int { longKeys?.count ?? table.count }

        func key(_ g: Int, _ k: Int) -> Value {
            longKeys?.value(group: g, column: k, type: longKeyTypes[k]) ?? table.keys[g * table.width + k]
        }

        /// Moves the groups from the word index to the value table, keeping their numbers: for input
        /// whose keys stop fitting words (a longer string, rows after batches).
        mutating func keepKeysAsValues() {
            guard let index = longKeys else { return }
            for g in 0..<index.count {
                _ = table.findOrInsert((0..<index.width).map { index.value(group: g, column: $0, type: longKeyTypes[$0]) })
            }
            longKeys = nil
        }
    }

    /// Emits its output as batches; a row parent gets rows built straight from the groups.
    override var supportsColumnar: Bool { true }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        try run(context, columnar: false).map { $0.rows ?? [] }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        let types = output.map(\.dataType)
        return try run(context, columnar: true).map { $0.batch ?? RecordBatch(rows: $0.rows ?? [], types: types) }
    }

    private func run(_ context: ExecutionContext, columnar: Bool) throws -> [(rows: [[Value]]?, batch: RecordBatch?)] {
        // A columnar child's batches are read when every expression is deterministic: they are
        // evaluated for every row, filtered out or not.
        let columnarInput = children[0].supportsColumnar
            && grouping.allSatisfy(\.deterministic)
            && aggregates.allSatisfy { $0.arguments.allSatisfy(\.deterministic) && ($0.filter?.deterministic ?? true) }
        let input: [InputPartition] = columnarInput
            ? try children[0].producePartitions(context).map { .batches($0) }
            : try children[0].execute(context).map { .rows($0) }
        let childOutput = children[0].output
        let ansi = context.ansi
        let keys = try grouping.map { try bind($0, childOutput) }
        // Only aggregates that update from input rows read their arguments here.
        let args = try zip(aggregates, inputs).map { agg, input -> [Expression] in
            guard case .update = input else { return [] }
            return try agg.arguments.map { try bind($0, childOutput) }
        }
        let filters = try zip(aggregates, inputs).map { agg, input -> Expression? in
            guard case .update = input else { return nil }
            return try agg.filter.map { try bind($0, childOutput) }
        }
        let modes = inputs, aggregates = self.aggregates
        let stateCounts = aggregates.map { Accumulator.stateTypes($0).count }
        let dedupes = aggregates.map { $0.isDistinct && !distinctArgumentsAreUnique }
        let hasDistinct = dedupes.contains(true)

        /// The groups of `partitions`, the first of which is partition `first` (spark_partition_id() reads it).
        @Sendable func aggregate(_ partitions: [InputPartition], first: Int) throws -> Groups {
            var groups = Groups(table: GroupTable(width: keys.count), accumulators: aggregates.map { AccumulatorColumn($0, ansi: ansi) })
            var distinctSeen: [[GroupTable]] = []
            var key = [Value](repeating: .null, count: keys.count)
            // Per aggregate: its arguments (update) or the partial state it merges (merge) for the current row.
            var argValues = zip(args, stateCounts).enumerated().map { i, a in
                [Value](repeating: .null, count: { if case .merge = modes[i] { a.1 } else { a.0.count } }())
            }
            var passes = [Bool](repeating: true, count: aggregates.count)

            func addGroup() {
                for i in groups.accumulators.indices { groups.accumulators[i].append() }
                if hasDistinct { distinctSeen.append(args.map { GroupTable(width: $0.count) }) }
            }

            /// Adds the current row to aggregate `i` of group `g`: its arguments or states are in
            /// `argValues[i]`, and whether it passes the aggregate's filter in `passes[i]`.
            func add(_ i: Int, to g: Int) throws {
                switch modes[i] {
                case .update:
                    if !passes[i] { return }
                    if dedupes[i] && !distinctSeen[g][i].findOrInsert(argValues[i]).inserted { return }
                    try groups.accumulators[i].update(g, argValues[i])
                case .merge:
                    try groups.accumulators[i].merge(g, argValues[i])
                }
            }

            for (offset, partition) in partitions.enumerated() {
                let keys = keys.forPartition(first + offset)
                let args = args.map { $0.forPartition(first + offset) }
                let filters = filters.map { $0.map { [$0].forPartition(first + offset)[0] } }
                switch partition {
                case .rows(let rows):
                    groups.keepKeysAsValues()
                    for row in rows {
                        for k in keys.indices { key[k] = try keys[k].eval(row) }
                        for i in aggregates.indices {
                            if case .merge(let at) = modes[i] {
                                for j in 0..<stateCounts[i] { argValues[i][j] = row[at + j] }
                                continue
                            }
                            // Arguments of a filtered-out row are not evaluated (they may fail).
                            passes[i] = try filters[i].map { try $0.evalPredicate(row) } ?? true
                            guard passes[i] else { continue }
                            for j in args[i].indices { argValues[i][j] = try args[i][j].eval(row) }
                        }
                        let (g, isNew) = groups.table.findOrInsert(key)
                        if isNew { addGroup() }
                        for i in aggregates.indices { try add(i, to: g) }
                    }
                case .batches(let produce):
                    try produce { batch in
                        let keyVectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
                        let argVectors = try aggregates.indices.map { i -> [ColumnVector] in
                            if case .merge(let at) = modes[i] { return Array(batch.columns[at..<(at + stateCounts[i])]) }
                            return try args[i].map { try VectorizedEvaluator.evaluate($0, batch) }
                        }
                        let filterVectors = try filters.map { try $0.map { try VectorizedEvaluator.evaluate($0, batch) } }
                        let longKeys = WordKeys(keyVectors)
                        if groups.count == 0 && groups.longKeys == nil && longKeys != nil {
                            groups.longKeys = LongKeyIndex(width: keyVectors.count)
                            groups.longKeyTypes = keyVectors.map(\.dataType)
                        }
                        if groups.longKeys != nil && (longKeys == nil || keyVectors.map(\.dataType) != groups.longKeyTypes) {
                            groups.keepKeysAsValues()
                        }
                        // Each row's group first, then each aggregate over the whole batch: a typed loop
                        // where `ColumnarAggregation` has one, else value by value.
                        var groupOfRow = [Int](repeating: 0, count: batch.count)
                        if groups.longKeys != nil, let words = longKeys {
                            var newGroups = 0
                            groups.longKeys!.findOrInsertAll(words, count: batch.count) { r, g, isNew in
                                if isNew { newGroups += 1 }
                                groupOfRow[r] = g
                            }
                            for _ in 0..<newGroups { addGroup() }
                        } else {
                            for r in 0..<batch.count {
                                for k in keyVectors.indices { key[k] = keyVectors[k].value(at: r) }
                                let (g, isNew) = groups.table.findOrInsert(key)
                                if isNew { addGroup() }
                                groupOfRow[r] = g
                            }
                        }
                        for i in aggregates.indices {
                            switch modes[i] {
                            case .update where !dedupes[i]:
                                if try ColumnarAggregation.update(&groups.accumulators[i], groups: groupOfRow, arguments: argVectors[i],
                                                                  filter: filterVectors[i]) { continue }
                            case .merge:
                                if try ColumnarAggregation.merge(&groups.accumulators[i], groups: groupOfRow, states: argVectors[i]) { continue }
                            default:
                                break
                            }
                            for r in 0..<batch.count {
                                passes[i] = filterVectors[i].map { $0.value(at: r) == .bool(true) } ?? true
                                for j in argVectors[i].indices { argValues[i][j] = argVectors[i][j].value(at: r) }
                                try add(i, to: groupOfRow[r])
                            }
                        }
                    }
                }
            }
            // The groups are only read from here on: their table's memory is handed back before they are emitted.
            groups.longKeys?.finishNumbering()
            return groups
        }

        /// Aggregates a partition; a batch that fails is aggregated again row by row, so the error is the
        /// one the first failing row raises, as in Spark.
        @Sendable func aggregateChecked(_ partitions: [InputPartition], first: Int) throws -> Groups {
            do {
                return try aggregate(partitions, first: first)
            } catch {
                guard partitions.contains(where: { if case .batches = $0 { true } else { false } }) else { throw error }
                return try aggregate(try partitions.map { p in
                    guard case .batches(let produce) = p else { return p }
                    var rows: [[Value]] = []
                    try produce { rows += $0.rows() }
                    return .rows(rows)
                }, first: first)
            }
        }

        let keyTypes = groupingAttributes.map(\.dataType)
        /// The groups' keys followed by each aggregate's exported state (`states`) or result, as rows or
        /// as a batch.
        @Sendable func emit(_ groups: Groups, width: Int, types: [DataType], states: Bool) throws -> (rows: [[Value]]?, batch: RecordBatch?) {
            let n = groups.count, w = keys.count
            func values(_ acc: Accumulator) throws -> [Value] { states ? acc.state() : [try acc.result()] }
            if columnar {
                // Word-keyed groups hand over their key columns whole, and common aggregates their state arrays.
                var columns = groups.longKeys.map { index in (0..<w).map { index.column($0, type: types[$0]) } }
                    ?? (0..<w).map { k in
                        var builder = ColumnVectorBuilder(types[k], capacity: n)
                        for g in 0..<n { builder.append(groups.key(g, k)) }
                        return builder.build()
                    }
                for column in groups.accumulators {
                    let c = columns.count
                    let stateCount = states ? Accumulator.stateTypes(column.aggregate).count : 1
                    if let typed = column.typedOutput(states: states, types: types[c..<(c + stateCount)]) {
                        columns += typed
                        continue
                    }
                    var builders = (c..<(c + stateCount)).map { ColumnVectorBuilder(types[$0], capacity: n) }
                    for g in 0..<n {
                        for (j, v) in try values(column[g]).enumerated() { builders[j].append(v) }
                    }
                    columns += builders.map { $0.build() }
                }
                return (nil, RecordBatch(columns: columns, count: n))
            }
            return (try (0..<n).map { g in
                var row: [Value] = []
                row.reserveCapacity(width)
                for k in 0..<w { row.append(groups.key(g, k)) }
                for column in groups.accumulators { row.append(contentsOf: try values(column[g])) }
                return row
            }, nil)
        }

        if !emitResults {
            let types = output.map(\.dataType)
            return try context.parallelMap(input.count) { p in
                try emit(try aggregateChecked([input[p]], first: p), width: types.count, types: types, states: true)
            }
        }
        let resultInput = groupingAttributes + aggregates.map { AttributeReference(name: "agg", dataType: $0.resultType, exprId: $0.resultId) }
        let bound = try resultExpressions.map { try bind($0, resultInput) }
        let resultTypes = keyTypes + aggregates.map(\.resultType)
        @Sendable func results(_ groups: Groups) throws -> (rows: [[Value]]?, batch: RecordBatch?) {
            let (rows, batch) = try emit(groups, width: resultTypes.count, types: resultTypes, states: false)
            guard let batch else { return (try (rows ?? []).map { row in try bound.map { try $0.eval(row) } }, nil) }
            return (nil, try VectorizedEvaluator.project(bound, batch))
        }
        if grouping.isEmpty {
            // A global aggregate returns one row even over empty input.
            var groups = try aggregateChecked(input, first: 0)
            if groups.count == 0 {
                _ = groups.table.findOrInsert([])
                for i in groups.accumulators.indices { groups.accumulators[i].append() }
            }
            return [try results(groups)]
        }
        // The input is clustered by the keys: aggregate each partition on its own.
        return try context.parallelMap(input.count) { p in try results(aggregateChecked([input[p]], first: p)) }
    }
}
