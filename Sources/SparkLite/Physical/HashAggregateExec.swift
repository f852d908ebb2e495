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
    let requiredDistribution: Distribution
    let aggregateOperator: AggregateOperator

    /// `aggregateOperator` nil: the one Spark picks for the aggregates' buffers.
    init(grouping: [Expression], groupingAttributes: [AttributeReference], aggregates: [AggregateExpression],
         inputs: [Input], emitResults: Bool, resultExpressions: [Expression], child: SparkPlan,
         output: [AttributeReference], requiredDistribution: Distribution, aggregateOperator: AggregateOperator? = nil) {
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
                          requiredDistribution: requiredDistribution, aggregateOperator: newOperator)
    }

    override var argumentString: String {
        let keys = groupingAttributes.map(\.explainName).joined(separator: ", ")
        let fns = zip(aggregates, inputs).map { agg, input -> String in
            var copy = agg
            switch (input, emitResults) {
            case (.update, false): copy.mode = .partial
            case (.merge, false): copy.mode = .partialMerge
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

    /// One input partition: rows, or a batch from a columnar child.
    private enum InputPartition: Sendable {
        case rows([[Value]])
        case batch(RecordBatch)
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        // Only an aggregate that updates from input columns with deterministic expressions reads a
        // columnar child's batches (those are evaluated for every row, filtered out or not).
        let columnarInput = children[0].supportsColumnar
            && inputs.allSatisfy { if case .update = $0 { true } else { false } }
            && grouping.allSatisfy(\.deterministic)
            && aggregates.allSatisfy { $0.arguments.allSatisfy(\.deterministic) && ($0.filter?.deterministic ?? true) }
        let input: [InputPartition] = columnarInput
            ? try children[0].executeColumnar(context).map { .batch($0) }
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
        let isGlobal = grouping.isEmpty

        let hasDistinct = aggregates.contains { $0.isDistinct }

        /// The groups of `partitions`, the first of which is partition `first` (spark_partition_id() reads
        /// it), in the order their keys first appear.
        @Sendable func aggregate(_ partitions: [InputPartition], first: Int) throws -> [(key: [Value], accumulators: [Accumulator])] {
            var table = GroupTable(width: keys.count)
            var accumulators: [[Accumulator]] = []
            var distinctSeen: [[GroupTable]] = []
            var key = [Value](repeating: .null, count: keys.count)
            var argValues = args.map { [Value](repeating: .null, count: $0.count) }
            var passes = [Bool](repeating: true, count: aggregates.count)

            /// Adds one input row, whose key is in `key`, whose aggregate arguments are in `argValues`, and
            /// which passes the aggregates' filters where `passes` says so.
            func add(_ row: [Value]?) throws {
                let (g, isNew) = table.findOrInsert(key)
                if isNew {
                    accumulators.append(aggregates.map { Accumulator($0, ansi: ansi) })
                    if hasDistinct { distinctSeen.append(args.map { GroupTable(width: $0.count) }) }
                }
                for i in 0..<aggregates.count {
                    switch modes[i] {
                    case .update:
                        if !passes[i] { continue }
                        if aggregates[i].isDistinct && !distinctSeen[g][i].findOrInsert(argValues[i]).inserted { continue }
                        try accumulators[g][i].update(argValues[i])
                    case .merge(let at):
                        guard let row else { continue }
                        try accumulators[g][i].merge(Array(row[at..<(at + stateCounts[i])]))
                    }
                }
            }

            for (offset, partition) in partitions.enumerated() {
                let keys = keys.forPartition(first + offset)
                let args = args.map { $0.forPartition(first + offset) }
                let filters = filters.map { $0.map { [$0].forPartition(first + offset)[0] } }
                switch partition {
                case .rows(let rows):
                    for row in rows {
                        for k in keys.indices { key[k] = try keys[k].eval(row) }
                        for i in args.indices {
                            // Arguments of a filtered-out row are not evaluated (they may fail).
                            passes[i] = try filters[i].map { try $0.evalPredicate(row) } ?? true
                            guard passes[i] else { continue }
                            for j in args[i].indices { argValues[i][j] = try args[i][j].eval(row) }
                        }
                        try add(row)
                    }
                case .batch(let batch):
                    let keyVectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
                    let argVectors = try args.map { try $0.map { try VectorizedEvaluator.evaluate($0, batch) } }
                    let filterVectors = try filters.map { try $0.map { try VectorizedEvaluator.evaluate($0, batch) } }
                    for r in 0..<batch.count {
                        for k in keyVectors.indices { key[k] = keyVectors[k].value(at: r) }
                        for i in argVectors.indices {
                            passes[i] = filterVectors[i].map { $0.value(at: r) == .bool(true) } ?? true
                            for j in argVectors[i].indices { argValues[i][j] = argVectors[i][j].value(at: r) }
                        }
                        try add(nil)
                    }
                }
            }
            return accumulators.enumerated().map { g, accumulators in (table.key(g), accumulators) }
        }

        /// Aggregates a partition; a batch that fails is aggregated again row by row, so the error is the
        /// one the first failing row raises, as in Spark.
        @Sendable func aggregateChecked(_ partitions: [InputPartition], first: Int) throws -> [(key: [Value], accumulators: [Accumulator])] {
            do {
                return try aggregate(partitions, first: first)
            } catch {
                guard partitions.contains(where: { if case .batch = $0 { true } else { false } }) else { throw error }
                return try aggregate(partitions.map { p in
                    if case .batch(let b) = p { return .rows(b.rows()) }
                    return p
                }, first: first)
            }
        }

        if !emitResults {
            return try context.parallelMap(input.count) { p in
                try aggregateChecked([input[p]], first: p).map { group in group.key + group.accumulators.flatMap { $0.state() } }
            }
        }
        let resultInput = groupingAttributes + aggregates.map { AttributeReference(name: "agg", dataType: $0.resultType, exprId: $0.resultId) }
        let bound = try resultExpressions.map { try bind($0, resultInput) }
        @Sendable func results(_ groups: [(key: [Value], accumulators: [Accumulator])]) throws -> [[Value]] {
            try groups.map { group in
                let row = group.key + (try group.accumulators.map { try $0.result() })
                return try bound.map { try $0.eval(row) }
            }
        }
        if isGlobal {
            // A global aggregate returns one row even over empty input.
            var groups = try aggregateChecked(input, first: 0)
            if groups.isEmpty { groups = [([], aggregates.map { Accumulator($0, ansi: ansi) })] }
            return [try results(groups)]
        }
        // The input is clustered by the keys: aggregate each partition on its own.
        return try context.parallelMap(input.count) { p in try results(aggregateChecked([input[p]], first: p)) }
    }
}
