/// Hash aggregation, in Spark's two phases: `partial` (before the shuffle) exports each aggregate's state,
/// `final` merges the states of one key and computes the results; `complete` does both in one step.
final class HashAggregateExec: SparkPlan, @unchecked Sendable {
    let grouping: [Expression]
    let aggregates: [AggregateExpression]
    let resultExpressions: [Expression]
    let mode: AggregateMode
    let groupingAttributes: [AttributeReference]
    let requiredDistribution: Distribution

    init(grouping: [Expression], groupingAttributes: [AttributeReference], aggregates: [AggregateExpression],
         resultExpressions: [Expression], mode: AggregateMode, child: SparkPlan, output: [AttributeReference],
         requiredDistribution: Distribution) {
        self.grouping = grouping
        self.groupingAttributes = groupingAttributes
        self.aggregates = aggregates
        self.resultExpressions = resultExpressions
        self.mode = mode
        self.requiredDistribution = requiredDistribution
        super.init(children: [child], output: output)
    }

    override var requiredChildDistribution: [Distribution] { [requiredDistribution] }

    override var argumentSeparator: String { "" }

    override var argumentString: String {
        let keys = groupingAttributes.map(\.explainName).joined(separator: ", ")
        let fns = aggregates.map { a -> String in
            var copy = a
            copy.mode = mode == .final ? .complete : mode
            return Expression.aggregate(copy).explainString
        }.joined(separator: ", ")
        return "(keys=[\(keys)], functions=[\(fns)])"
    }

    override var outputPartitioning: Partitioning {
        if mode == .final || mode == .complete {
            return remap(children[0].outputPartitioning)
        }
        return children[0].outputPartitioning
    }

    /// The final aggregate outputs the grouping attributes under the names of the result list.
    private func remap(_ p: Partitioning) -> Partitioning {
        guard case .hash(let exprs, let n) = p else { return p }
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
        let keyCount = groupingAttributes.count
        switch mode {
        case .partial:
            let keys = try grouping.map { try bind($0, childOutput) }
            let args = try aggregates.map { try $0.arguments.map { try bind($0, childOutput) } }
            let filters = try aggregates.map { try $0.filter.map { try bind($0, childOutput) } }
            return try context.parallelMap(input.count) { p in
                var groups: [[Value]: [Accumulator]] = [:]
                var order: [[Value]] = []
                for row in input[p] {
                    let key = try keys.map { try $0.eval(row) }
                    if groups[key] == nil {
                        groups[key] = self.aggregates.map { Accumulator($0, ansi: ansi) }
                        order.append(key)
                    }
                    for i in 0..<args.count {
                        if let f = filters[i], try !f.evalPredicate(row) { continue }
                        try groups[key]![i].update(try args[i].map { try $0.eval(row) })
                    }
                }
                // A global aggregate of an empty partition still emits nothing here; final adds the empty group.
                return order.map { key in key + groups[key]!.flatMap { $0.state() } }
            }
        case .final, .complete, .partialMerge:
            let all = input.flatMap { $0 }
            var groups: [[Value]: [Accumulator]] = [:]
            var order: [[Value]] = []
            let stateCounts = aggregates.map { Accumulator.stateTypes($0).count }
            let keys = mode == .complete ? try grouping.map { try bind($0, childOutput) } : []
            let args = mode == .complete ? try aggregates.map { try $0.arguments.map { try bind($0, childOutput) } } : []
            var distinctSeen: [[Value]: [Set<[Value]>]] = [:]
            for row in all {
                let key = mode == .complete ? try keys.map { try $0.eval(row) } : Array(row.prefix(keyCount))
                if groups[key] == nil {
                    groups[key] = aggregates.map { Accumulator($0, ansi: ansi) }
                    distinctSeen[key] = aggregates.map { _ in [] }
                    order.append(key)
                }
                if mode == .complete {
                    for i in 0..<aggregates.count {
                        let values = try args[i].map { try $0.eval(row) }
                        if aggregates[i].isDistinct {
                            if values.contains(where: \.isNull) || !distinctSeen[key]![i].insert(values).inserted { continue }
                        }
                        try groups[key]![i].update(values)
                    }
                } else {
                    var offset = keyCount
                    for i in 0..<aggregates.count {
                        try groups[key]![i].merge(Array(row[offset..<(offset + stateCounts[i])]))
                        offset += stateCounts[i]
                    }
                }
            }
            if grouping.isEmpty && order.isEmpty {
                order.append([])
                groups[[]] = aggregates.map { Accumulator($0, ansi: ansi) }
            }
            let resultInput = groupingAttributes + aggregates.map { a in
                AttributeReference(name: "agg", dataType: a.resultType, exprId: a.resultId)
            }
            let bound = try resultExpressions.map { try bind($0, resultInput) }
            var rows: [[Value]] = []
            rows.reserveCapacity(order.count)
            for key in order {
                let results = try groups[key]!.map { try $0.result() }
                let row = key + results
                rows.append(try bound.map { try $0.eval(row) })
            }
            let n = max(1, outputPartitioning.numPartitions)
            if n == 1 || input.count <= 1 { return [rows] }
            // Keep rows in the partition they arrived in (the input is already clustered by key).
            var out = Array(repeating: [[Value]](), count: input.count)
            var index = 0
            var partitionOf: [[Value]: Int] = [:]
            for (p, part) in input.enumerated() {
                for row in part {
                    let key = mode == .complete ? try keys.map { try $0.eval(row) } : Array(row.prefix(keyCount))
                    if partitionOf[key] == nil { partitionOf[key] = p }
                }
            }
            for key in order {
                out[partitionOf[key] ?? 0].append(rows[index])
                index += 1
            }
            return out
        }
    }
}
