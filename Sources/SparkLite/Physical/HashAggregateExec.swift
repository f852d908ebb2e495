/// Hash aggregation. Each aggregate either updates from input columns (the `partial` phase, or a whole
/// aggregation in one step) or merges exported states (after an exchange); the operator emits either
/// each aggregate's state (before a further exchange) or the results. Spark's two-phase plan is a
/// partial aggregate, an exchange, and a final aggregate; distinct aggregates add a phase.
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

    init(grouping: [Expression], groupingAttributes: [AttributeReference], aggregates: [AggregateExpression],
         inputs: [Input], emitResults: Bool, resultExpressions: [Expression], child: SparkPlan,
         output: [AttributeReference], requiredDistribution: Distribution) {
        self.grouping = grouping
        self.groupingAttributes = groupingAttributes
        self.aggregates = aggregates
        self.inputs = inputs
        self.emitResults = emitResults
        self.resultExpressions = resultExpressions
        self.requiredDistribution = requiredDistribution
        super.init(children: [child], output: output)
    }

    override var requiredChildDistribution: [Distribution] { [requiredDistribution] }
    override var argumentSeparator: String { "" }

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
        return "(keys=[\(keys)], functions=[\(fns)])"
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

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
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

        /// Aggregates `partitions`, the first of which is partition `first` (spark_partition_id() reads it),
        /// into groups in the order their keys first appear.
        @Sendable func aggregate(_ partitions: [[[Value]]], first: Int) throws -> [(key: [Value], accumulators: [Accumulator])] {
            var table = GroupTable(width: keys.count)
            var accumulators: [[Accumulator]] = []
            var distinctSeen: [[GroupTable]] = []
            var key = [Value](repeating: .null, count: keys.count)
            for (offset, rows) in partitions.enumerated() {
                let keys = keys.forPartition(first + offset)
                let args = args.map { $0.forPartition(first + offset) }
                let filters = filters.map { $0.map { [$0].forPartition(first + offset)[0] } }
                for row in rows {
                    for k in keys.indices { key[k] = try keys[k].eval(row) }
                    let (g, isNew) = table.findOrInsert(key)
                    if isNew {
                        accumulators.append(aggregates.map { Accumulator($0, ansi: ansi) })
                        if hasDistinct { distinctSeen.append(args.map { GroupTable(width: $0.count) }) }
                    }
                    for i in 0..<aggregates.count {
                        switch modes[i] {
                        case .update:
                            if let f = filters[i], try !f.evalPredicate(row) { continue }
                            let values = try args[i].map { try $0.eval(row) }
                            if aggregates[i].isDistinct && !distinctSeen[g][i].findOrInsert(values).inserted { continue }
                            try accumulators[g][i].update(values)
                        case .merge(let at):
                            try accumulators[g][i].merge(Array(row[at..<(at + stateCounts[i])]))
                        }
                    }
                }
            }
            return accumulators.enumerated().map { g, accumulators in (table.key(g), accumulators) }
        }

        if !emitResults {
            return try context.parallelMap(input.count) { p in
                try aggregate([input[p]], first: p).map { group in group.key + group.accumulators.flatMap { $0.state() } }
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
            var groups = try aggregate(input, first: 0)
            if groups.isEmpty { groups = [([], aggregates.map { Accumulator($0, ansi: ansi) })] }
            return [try results(groups)]
        }
        // The input is clustered by the keys: aggregate each partition on its own.
        return try context.parallelMap(input.count) { p in try results(aggregate([input[p]], first: p)) }
    }
}
