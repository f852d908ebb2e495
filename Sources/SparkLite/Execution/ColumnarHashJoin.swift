/// A hash join of one streamed record batch against a hashed build side, column at a time: the matching
/// row pairs are found first, then each output column is gathered from its side in one pass.
/// Output order is the row engine's: stream rows in order, each with its matches in build order.
enum ColumnarHashJoin {
    /// The join types this handles, seen from the streamed side (a right outer join streaming its
    /// right side is a left outer join here).
    static func supports(_ type: JoinType) -> Bool {
        switch type {
        case .inner, .leftOuter, .leftSemi, .leftAnti: true
        default: false
        }
    }

    /// Joins `stream` with `build`. `condition` is bound to the stream columns followed by the build
    /// columns; the output has the stream columns first when `streamFirst`, else the build columns first
    /// (semi and anti joins output the stream columns only).
    static func join(stream: RecordBatch, streamKeys: [Expression], build: BatchHashedRelation,
                     type: JoinType, condition: Expression?, streamFirst: Bool, context: ExecutionContext) throws -> RecordBatch {
        let keyVectors = try streamKeys.map { try VectorizedEvaluator.evaluate($0, stream) }
        let buildBatch = build.batch
        var streamRows: [Int] = [], buildRows: [Int] = []
        streamRows.reserveCapacity(stream.count)
        buildRows.reserveCapacity(stream.count)
        try build.forEachMatch(keyVectors, count: stream.count) { i, candidates in
            // Many matches per row (a join that explodes) reach the row budget here, not after the loop.
            for j in candidates {
                streamRows.append(i)
                buildRows.append(Int(j))
                if streamRows.count & 4095 == 0 { try context.checkProgress(rows: streamRows.count) }
            }
        }
        // The pairs that also satisfy the condition.
        var passes: [Bool]? = nil
        if let condition {
            let pairs = RecordBatch(columns: stream.gather(streamRows).columns + buildBatch.gather(buildRows).columns, count: streamRows.count)
            var flags = [Bool](repeating: false, count: streamRows.count)
            for k in try VectorizedEvaluator.select(condition, pairs) { flags[k] = true }
            passes = flags
        }
        var outStream: [Int] = [], outBuild: [Int] = []
        var pair = 0
        for i in 0..<stream.count {
            var matched = false
            while pair < streamRows.count && streamRows[pair] == i {
                if passes?[pair] ?? true {
                    matched = true
                    if type == .inner || type == .leftOuter {
                        outStream.append(i)
                        outBuild.append(buildRows[pair])
                    }
                }
                pair += 1
            }
            switch type {
            case .leftOuter where !matched: outStream.append(i); outBuild.append(-1)
            case .leftSemi where matched, .leftAnti where !matched: outStream.append(i)
            default: break
            }
        }
        try context.checkBudget(rows: outStream.count)
        let streamColumns = stream.gather(outStream).columns
        if type == .leftSemi || type == .leftAnti { return RecordBatch(columns: streamColumns, count: outStream.count) }
        let buildColumns = buildBatch.columns.map { $0.gather(orNull: outBuild) }
        return RecordBatch(columns: streamFirst ? streamColumns + buildColumns : buildColumns + streamColumns, count: outStream.count)
    }
}
