import MemoryHints

/// `WindowGroupLimit`: keeps, in each group of rows with equal partition keys, the rows whose
/// `rank()`, `dense_rank()` or `row_number()` over `orderSpec` is at most `limit` — ties kept as the
/// function defines them. The input is sorted by the keys and the order, so one pass decides each row
/// as it comes. Planned twice: `Partial` on each task's rows before the shuffle, `Final` on the
/// clustered groups after it (where the window above reads only the rows left).
final class WindowGroupLimitExec: WholePartitionExec, @unchecked Sendable {
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

    override var supportsColumnar: Bool { children[0].supportsColumnar }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if supportsColumnar { return try executeColumnar(context).map { $0.rows() } }
        let childOutput = children[0].output
        let keys = try partitionSpec.map { try bind($0, childOutput) }
        let orderKeys = try orderSpec.map { try bind($0.child, childOutput) }
        let kind = try rankKind()
        let limit = self.limit
        if let sort = ownSort {
            let input = try sort.children[0].execute(context)
            let sorter = try sort.sorter()
            let spec = orderSpec.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
            return try context.parallelMap(input.count) { p in
                let kept = try Self.firstPositionsPerGroup(input[p], keys: keys, orderKeys: orderKeys, orders: spec, kind: kind, limit: limit)
                return try sorter.sorted(kept.map { input[p][$0] })
            }
        }
        let input = try children[0].execute(context)
        return try context.parallelMap(input.count) { p in
            var selector = GroupLimitSelector(kind: kind, limit: limit)
            var kept: [[Value]] = []
            for row in input[p] {
                let key = try keys.map { try $0.eval(row) }
                if try selector.keeps(key: key, order: { try orderKeys.map { try $0.eval(row) } }) { kept.append(row) }
            }
            return kept
        }
    }

    override func partitionTransform(_ context: ExecutionContext) throws
        -> (input: SparkPlan, transform: @Sendable (RecordBatch) throws -> PartitionRows) {
        let kind = try rankKind()
        let limit = self.limit
        let spec = orderSpec.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
        if let sort = ownSort {
            let best = try bestRowsPerGroup(of: sort)
            let keyOrders = sort.orders.prefix(partitionSpec.count).map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
            return (sort.children[0], { batch in
                let (keyVectors, groups, kept) = try best(batch)
                // Each group's rows are already in (order, arrival) order: sorting the groups by their
                // keys gives what the stable sort by (keys, order) gives, without sorting the rows.
                let groupKeys = SortKeyCodes(keyVectors.map { $0.gather(groups.firstRows) }, orders: keyOrders, count: groups.groupCount)
                var positions: [Int] = []
                positions.reserveCapacity(kept.positions.count)
                for g in groupKeys.sortedPositions(Array(0..<groups.groupCount)) {
                    positions += kept.positions[kept.starts[g]..<kept.starts[g + 1]]
                }
                return PartitionRows(batch: batch, positions: positions)
            })
        }
        let childOutput = children[0].output
        let keys = try partitionSpec.map { try bind($0, childOutput) }
        let orderKeys = try orderSpec.map { try bind($0.child, childOutput) }
        return (children[0], { batch in
            let keyCodes = SortKeyCodes(try keys.map { try VectorizedEvaluator.evaluate($0, batch) },
                                        orders: keys.map { _ in (ascending: true, nullsFirst: true) }, count: batch.count)
            let order = SortKeyCodes(try orderKeys.map { try VectorizedEvaluator.evaluate($0, batch) }, orders: spec, count: batch.count)
            var selector = GroupLimitSelector(kind: kind, limit: limit)
            let kept = (0..<batch.count).filter { i in
                selector.keeps(newGroup: i == 0 || !keyCodes.equal(i, i - 1), newPeer: { !order.equal(i, i - 1) })
            }
            return PartitionRows(batch: batch, positions: kept)
        })
    }

    /// A partial limit over its own sort keeps each piece's best rows per group: a row among a partition's
    /// best is among its piece's best (fewer rows precede it there), and the kept rows, in arrival order,
    /// give the partition's transform the rows it would have kept.
    override func pieceFilter(_ context: ExecutionContext) throws -> (@Sendable (RecordBatch) throws -> RecordBatch)? {
        guard let sort = ownSort else { return nil }
        let best = try bestRowsPerGroup(of: sort)
        return { piece in
            let kept = try best(piece).kept.positions
            return kept.count == piece.count ? piece : piece.gather(kept.sorted())
        }
    }

    /// For a batch of the input of the limit's own sort: its partition key vectors, their groups, and each
    /// group's rows within the limit, best first.
    private func bestRowsPerGroup(of sort: SortExec) throws
        -> @Sendable (RecordBatch) throws -> (keys: [ColumnVector], groups: GroupNumbers, kept: RowsPerGroup) {
        let kind = try rankKind(), limit = self.limit
        let spec = orderSpec.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
        let keys = try partitionSpec.map { try bind($0, sort.children[0].output) }
        let orderKeys = try orderSpec.map { try bind($0.child, sort.children[0].output) }
        return { batch in
            let keyVectors = try keys.map { try VectorizedEvaluator.evaluate($0, batch) }
            let groups = GroupNumbers(keyVectors, count: batch.count)
            let order = SortKeyCodes(try orderKeys.map { try VectorizedEvaluator.evaluate($0, batch) }, orders: spec, count: batch.count)
            return (keyVectors, groups, Self.firstPositionsPerGroup(groups, order: order, kind: kind, limit: limit))
        }
    }

    private func rankKind() throws -> WindowFunction {
        guard case .windowFunction(let kind, _) = rankLikeFunction, [.rank, .denseRank, .rowNumber].contains(kind) else {
            throw SparkError.internalError("WindowGroupLimit cannot limit by \(rankLikeFunction.explainString).")
        }
        return kind
    }

    /// The Sort under a partial limit, when it sorts by exactly (keys, order): the pair then runs as a
    /// top-k per group that sorts only the rows kept (see `firstPositionsPerGroup`).
    private var ownSort: SortExec? {
        guard mode == .partial, !partitionSpec.isEmpty, let sort = children[0] as? SortExec,
              sort.orders.map({ Expression.sortOrder($0).explainString })
                == (partitionSpec.map { SortOrder($0) } + orderSpec).map({ Expression.sortOrder($0).explainString }) else { return nil }
        return sort
    }

    /// The positions, ascending, of the rows of each group whose `kind` value in (order, arrival) order is
    /// at most `limit`: the rows a stable sort by (keys, order) followed by the limit keeps.
    static func firstPositionsPerGroup(_ rows: [[Value]], keys: [Expression], orderKeys: [Expression],
                                       orders spec: [(ascending: Bool, nullsFirst: Bool)], kind: WindowFunction = .rowNumber, limit: Int) throws -> [Int] {
        let keyColumns = try keys.map { key in try rows.map { try key.eval($0) } }
        let orderColumns = try orderKeys.map { key in try rows.map { try key.eval($0) } }
        let groups = GroupNumbers(values: keyColumns, count: rows.count)
        return firstPositionsPerGroup(groups, order: SortKeyCodes(values: orderColumns, orders: spec, count: rows.count), kind: kind, limit: limit)
            .positions.sorted()
    }

    /// Each group's rows, best first: group g's are `positions[starts[g]..<starts[g + 1]]`.
    struct RowsPerGroup {
        var starts: [Int]
        var positions: [Int]
    }

    /// The same for rows numbered by group, whose order values are `order`'s codes, group by group.
    static func firstPositionsPerGroup(_ groups: GroupNumbers, order: SortKeyCodes, kind: WindowFunction, limit: Int) -> RowsPerGroup {
        // A flat table of `limit` slots per group, unless the limit is large next to the rows.
        if kind == .rowNumber && groups.groupCount * limit <= 2 * order.count + 4096 {
            return firstRowsPerGroup(groups, order: order, limit: limit)
        }
        // Per group, the positions of its best rows so far, best first, and how many runs of peers they form.
        var best = [[Int]](repeating: [], count: groups.groupCount)
        var runs = [Int](repeating: 0, count: groups.groupCount)
        /// Where the run of peers that ends group g's list starts.
        func lastRunStart(_ g: Int) -> Int {
            var start = best[g].count - 1
            while start > 0, order.equal(best[g][start - 1], best[g][start]) { start -= 1 }
            return start
        }
        /// The function's value for the last row of group g's list.
        func lastValue(_ g: Int) -> Int {
            switch kind {
            case .rank: best[g].isEmpty ? 0 : lastRunStart(g) + 1
            case .denseRank: runs[g]
            default: best[g].count
            }
        }
        for i in 0..<order.count {
            let g = Int(groups.groupOfRow[i]), n = best[g].count
            // After the last row and not its peer, a row would start a run whose value is past the limit.
            if kind != .rowNumber, n > 0, (kind == .denseRank ? runs[g] : n) >= limit, order.compare(i, best[g][n - 1]) > 0 { continue }
            // A later row goes after its equals: arrival breaks ties, as in a stable sort.
            var at = n
            while at > 0, order.compare(i, best[g][at - 1]) < 0 { at -= 1 }
            if kind == .rowNumber && at >= limit { continue }
            // Placed after its peers, the row joins their run or starts its own; it never splits one.
            if at == 0 || !order.equal(best[g][at - 1], i) { runs[g] += 1 }
            best[g].insert(i, at: at)
            // Rows read later only raise the values of the rows after them, so a row past the limit
            // never comes back: drop the trailing peers while their value is past it.
            while lastValue(g) > limit {
                best[g].removeSubrange((kind == .rowNumber ? best[g].count - 1 : lastRunStart(g))...)
                runs[g] -= 1
            }
        }
        var kept = RowsPerGroup(starts: [0], positions: [])
        for list in best {
            kept.positions += list
            kept.starts.append(kept.positions.count)
        }
        return kept
    }

    /// The same for `row_number`, whose groups keep at most `limit` rows each: every group's best rows so
    /// far sit in one flat table of `limit` slots per group, best first, and a row is placed by shifting
    /// the worse ones down (the last falls out).
    private static func firstRowsPerGroup(_ groups: GroupNumbers, order: SortKeyCodes, limit: Int) -> RowsPerGroup {
        guard limit > 0 else { return RowsPerGroup(starts: Array(repeating: 0, count: groups.groupCount + 1), positions: []) }
        var slots = [Int32](repeating: 0, count: groups.groupCount * limit)
        // Each slot's first order word beside it: most comparisons end there without reading the row's codes.
        var firstWords = [Int64](repeating: 0, count: slots.count)
        var filled = [Int32](repeating: 0, count: groups.groupCount)
        // With many groups the table outgrows the caches: a group's slots are prefetched some rows ahead.
        let ahead = 16
        for i in 0..<order.count {
            if i + ahead < order.count {
                let h = Int(groups.groupOfRow[i + ahead])
                filled.withUnsafeBufferPointer { memory_prefetch_for_write($0.baseAddress! + h) }
                firstWords.withUnsafeBufferPointer { memory_prefetch_for_write($0.baseAddress! + h * limit) }
                slots.withUnsafeBufferPointer { memory_prefetch_for_write($0.baseAddress! + h * limit) }
            }
            let g = Int(groups.groupOfRow[i]), base = g * limit, n = Int(filled[g])
            let word = order.width > 0 ? order.codes[i * order.width] : 0
            /// Whether row i goes before the row in slot k.
            func precedes(_ k: Int) -> Bool {
                firstWords[k] != word ? word < firstWords[k] : order.compare(i, Int(slots[k])) < 0
            }
            // A later row goes after its equals: arrival breaks ties, as in a stable sort.
            var at = n
            while at > 0, precedes(base + at - 1) { at -= 1 }
            guard at < limit else { continue }
            var k = min(n, limit - 1)
            while k > at {
                slots[base + k] = slots[base + k - 1]
                firstWords[base + k] = firstWords[base + k - 1]
                k -= 1
            }
            slots[base + at] = Int32(i)
            firstWords[base + at] = word
            if n < limit { filled[g] += 1 }
        }
        var kept = RowsPerGroup(starts: [0], positions: [])
        kept.positions.reserveCapacity(order.count)
        for g in 0..<groups.groupCount {
            for k in 0..<Int(filled[g]) { kept.positions.append(Int(slots[g * limit + k])) }
            kept.starts.append(kept.positions.count)
        }
        return kept
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
        let newGroup = !(groupKey.map { $0.count == key.count && zip($0, key).allSatisfy { GroupTable.same($0, $1) } } ?? false)
        if newGroup {
            groupKey = key
        } else if exhausted {
            // Once a group is past its limit, only the partition key is needed to find the next group.
            return false
        }
        let values = try order(), previous = previousOrder
        previousOrder = values
        return keeps(newGroup: newGroup, newPeer: { values != previous })
    }

    /// Whether the next row is kept, given whether it starts a group and (asked only when it matters)
    /// whether its order values differ from the previous row's.
    mutating func keeps(newGroup: Bool, newPeer: () -> Bool) -> Bool {
        if newGroup {
            rowNumber = 0
            rank = 0
            denseRank = 0
        } else if exhausted {
            return false
        }
        rowNumber += 1
        if rowNumber == 1 || newPeer() {
            rank = rowNumber
            denseRank += 1
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
