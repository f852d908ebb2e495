/// `WindowGroupLimit`: keeps, in each group of rows with equal partition keys, the rows whose
/// `rank()`, `dense_rank()` or `row_number()` over `orderSpec` is at most `limit` — ties kept as the
/// function defines them. The input is sorted by the keys and the order, so one pass decides each row
/// as it comes. Planned twice: `Partial` on each task's rows before the shuffle, `Final` on the
/// clustered groups after it (where the window above reads only the rows left).
final class WindowGroupLimitExec: SparkPlan, @unchecked Sendable {
    enum Mode: String {
        case partial = "Partial"
        case final = "Final"
    }

    let partitionSpec: [Expression]
    let orderSpec: [SortOrder]
    let rankLikeFunction: Expression
    let limit: Int
    let mode: Mode

    init(partitionSpec: [Expression], orderSpec: [SortOrder], rankLikeFunction: Expression, limit: Int, mode: Mode, child: SparkPlan) {
        self.partitionSpec = partitionSpec
        self.orderSpec = orderSpec
        self.rankLikeFunction = rankLikeFunction
        self.limit = limit
        self.mode = mode
        super.init(children: [child], output: child.output)
    }

    /// `[dept#1], [salary#3 DESC NULLS LAST], dense_rank(salary#3), 2, Final`; no keys print no list.
    override var argumentString: String {
        var parts: [String] = []
        if !partitionSpec.isEmpty { parts.append("[\(partitionSpec.map(\.explainString).joined(separator: ", "))]") }
        parts.append("[\(orderSpec.map { Expression.sortOrder($0).explainString }.joined(separator: ", "))]")
        parts += [rankLikeFunction.withOrderKeys(orderSpec).explainString, String(limit), mode.rawValue]
        return parts.joined(separator: ", ")
    }

    override var requiredChildDistribution: [Distribution] {
        switch mode {
        case .partial: [.unspecified]
        case .final: [partitionSpec.isEmpty ? .allTuples : .clustered(partitionSpec)]
        }
    }
    override var requiredChildOrdering: [[SortOrder]] { [partitionSpec.map { SortOrder($0) } + orderSpec] }
    override var outputOrdering: [SortOrder] { children[0].outputOrdering }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let childOutput = children[0].output
        let keys = try partitionSpec.map { try bind($0, childOutput) }
        let orderKeys = try orderSpec.map { try bind($0.child, childOutput) }
        guard case .windowFunction(let kind, _) = rankLikeFunction, [.rank, .denseRank, .rowNumber].contains(kind) else {
            throw SparkError.internalError("WindowGroupLimit cannot limit by \(rankLikeFunction.explainString).")
        }
        if let top = try partialTopPerGroup(context, keys: keys, orderKeys: orderKeys, kind: kind) { return top }
        let input = try children[0].execute(context)
        let limit = self.limit
        return try context.parallelMap(input.count) { p in
            var selector = GroupLimitSelector(kind: kind, limit: limit)
            var kept: [[Value]] = []
            for row in input[p] {
                let key = try keys.map { try $0.eval(row) }
                // Once a group is past its limit, only the partition key is needed to find the next group.
                if try selector.keeps(key: key, order: { try orderKeys.map { try $0.eval(row) } }) { kept.append(row) }
            }
            return kept
        }
    }

    /// The partial limit over its own sort, without sorting every row: each task keeps, per group, the
    /// rows whose row_number, rank or dense_rank in (order, arrival) order is within the limit, which is
    /// what a stable sort followed by the limit keeps, and sorts only those. Nil when the plan is not that shape.
    private func partialTopPerGroup(_ context: ExecutionContext, keys: [Expression], orderKeys: [Expression],
                                     kind: WindowFunction) throws -> [[[Value]]]? {
        guard mode == .partial, !keys.isEmpty, let sort = children[0] as? SortExec,
              sort.orders.map({ Expression.sortOrder($0).explainString })
                == (partitionSpec.map { SortOrder($0) } + orderSpec).map({ Expression.sortOrder($0).explainString }) else { return nil }
        let source = sort.children[0]
        let sorter = RowSorter(keys: try sort.orders.map { try bind($0.child, source.output) }, orders: sort.orders)
        let spec = orderSpec.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
        let limit = self.limit
        guard source.supportsColumnar else {
            let input = try source.execute(context)
            return try context.parallelMap(input.count) { p in
                let kept = try Self.firstPositionsPerGroup(input[p], keys: keys, orderKeys: orderKeys, orders: spec, kind: kind, limit: limit)
                return try sorter.sorted(kept.map { input[p][$0] })
            }
        }
        // From batches, only the rows kept become rows.
        let input = try source.executeColumnar(context)
        return try context.parallelMap(input.count) { p in
            let batch = input[p]
            let keyVectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
            let orderVectors = try orderKeys.map { try VectorizedEvaluator.evaluate($0, batch) }
            let kept = try Self.firstPositionsPerGroup(count: batch.count, keyWidth: keys.count, orderWidth: orderKeys.count, orders: spec,
                                                       kind: kind, limit: limit,
                                                       key: { i, key in for k in keyVectors.indices { key[k] = keyVectors[k].value(at: i) } },
                                                       order: { i, order in for k in orderVectors.indices { order[k] = orderVectors[k].value(at: i) } })
            return try sorter.sorted(kept.map(batch.row(at:)))
        }
    }

    /// The positions, ascending, of the rows of each group whose `kind` value in (order, arrival) order is
    /// at most `limit`: the rows a stable sort by (keys, order) followed by the limit keeps.
    static func firstPositionsPerGroup(_ rows: [[Value]], keys: [Expression], orderKeys: [Expression],
                                       orders spec: [(ascending: Bool, nullsFirst: Bool)], kind: WindowFunction = .rowNumber, limit: Int) throws -> [Int] {
        try firstPositionsPerGroup(count: rows.count, keyWidth: keys.count, orderWidth: orderKeys.count, orders: spec, kind: kind, limit: limit,
                                   key: { i, key in for k in keys.indices { key[k] = try keys[k].eval(rows[i]) } },
                                   order: { i, order in for k in orderKeys.indices { order[k] = try orderKeys[k].eval(rows[i]) } })
    }

    /// The same over `count` rows whose partition key and order values `key` and `order` write into a buffer.
    static func firstPositionsPerGroup(count: Int, keyWidth: Int, orderWidth: Int, orders spec: [(ascending: Bool, nullsFirst: Bool)],
                                       kind: WindowFunction = .rowNumber, limit: Int,
                                       key fillKey: (Int, inout [Value]) throws -> Void,
                                       order fillOrder: (Int, inout [Value]) throws -> Void) throws -> [Int] {
        var groups = GroupTable(width: keyWidth)
        // Per group, the positions of its best rows so far, best first; their order values are read again
        // when compared, so no row keeps a copy of them.
        var best: [[Int]] = []
        var key = [Value](repeating: .null, count: keyWidth)
        var order = [Value](repeating: .null, count: orderWidth), other = order
        func precedes(_ position: Int) throws -> Bool {
            try fillOrder(position, &other)
            return ValueOrdering.compareKeys(order, other, orders: spec) < 0
        }
        var last = order
        /// Whether the rows at two positions are peers (equal order values, the selector's test).
        func arePeers(_ a: Int, _ b: Int) throws -> Bool {
            try fillOrder(a, &last)
            try fillOrder(b, &other)
            return last == other
        }
        /// Where the run of peers that ends the list starts.
        func lastRunStart(_ list: [Int]) throws -> Int {
            var start = list.count - 1
            while start > 0, try arePeers(list[start - 1], list[start]) { start -= 1 }
            return start
        }
        /// The function's value for the list's last row.
        func lastValue(_ list: [Int]) throws -> Int {
            guard list.count > 1 else { return list.count }
            switch kind {
            case .rank: return try lastRunStart(list) + 1
            case .denseRank:
                var runs = 1
                for j in 1..<list.count where try !arePeers(list[j - 1], list[j]) { runs += 1 }
                return runs
            default: return list.count
            }
        }
        for i in 0..<count {
            try fillKey(i, &key)
            let (g, isNew) = groups.findOrInsert(key)
            if isNew { best.append([]) }
            try fillOrder(i, &order)
            // A later row goes after its equals: arrival breaks ties, as in a stable sort.
            var at = best[g].count
            while at > 0, try precedes(best[g][at - 1]) { at -= 1 }
            best[g].insert(i, at: at)
            // Rows read later only raise the values of the rows after them, so a row past the limit
            // never comes back: drop the trailing peers while their value is past it.
            while try lastValue(best[g]) > limit {
                best[g].removeSubrange((kind == .rowNumber ? best[g].count - 1 : try lastRunStart(best[g]))...)
            }
        }
        return best.flatMap { $0 }.sorted()
    }
}

/// The running rank of rows read in (partition key, order) order, and whether each is within the limit.
/// Peers compare as the window functions compare them (`WindowFunctions`), so the limit never drops a
/// row the window and its filter would keep.
struct GroupLimitSelector {
    let kind: WindowFunction
    let limit: Int
    private var groupKey: [Value]?
    private var previousOrder: [Value] = []
    private var rowNumber = 0
    private var rank = 0
    private var denseRank = 0

    init(kind: WindowFunction, limit: Int) {
        self.kind = kind
        self.limit = limit
    }

    /// Whether the next row, with partition key `key` and order values `order()`, is kept.
    mutating func keeps(key: [Value], order: () throws -> [Value]) rethrows -> Bool {
        if let current = groupKey, current.count == key.count, zip(current, key).allSatisfy({ GroupTable.same($0, $1) }) {
            if exhausted { return false }
        } else {
            groupKey = key
            rowNumber = 0
            rank = 0
            denseRank = 0
        }
        let values = try order()
        rowNumber += 1
        if rowNumber == 1 || values != previousOrder {
            rank = rowNumber
            denseRank += 1
            previousOrder = values
        }
        return current <= limit
    }

    /// The function's value for the last row read.
    private var current: Int {
        switch kind {
        case .rank: rank
        case .denseRank: denseRank
        default: rowNumber
        }
    }

    /// No later row of the group can be kept: the function never decreases within a group. A row_number
    /// past the limit is known before reading the row; rank and dense_rank keep the last row's peers.
    private var exhausted: Bool {
        kind == .rowNumber ? rowNumber >= limit : current > limit
    }
}
