/// An operator that needs each partition whole (a sort, a window, a group limit): one columnar transform
/// of a partition's rows. Run as producers, each task gathers its partition's pieces, transforms them and
/// hands the result on, so a stage holds only the partitions its tasks are working on.
class WholePartitionExec: SparkPlan, @unchecked Sendable {
    /// The plan whose partitions are read (the child, or a child's child the operator does the work of)
    /// and what becomes of each partition. Every subclass gives its own.
    func partitionTransform(_ context: ExecutionContext) throws
        -> (input: SparkPlan, transform: @Sendable (RecordBatch) throws -> PartitionRows) {
        throw SparkError.internalError("\(nodeName) has no columnar transform.")
    }

    /// A filter of each piece of a partition as it arrives, whose kept rows (in arrival order) the transform
    /// turns into what it makes of the whole partition, so the partition is never held whole; nil when
    /// there is none. It is only given by an operator whose output may keep rows it would drop and need not
    /// be in its order (a partial group limit: the final one sorts and limits again): once a piece keeps
    /// more than half its rows, the pieces after it are handed on as they come, after the transform of
    /// those before.
    func pieceFilter(_ context: ExecutionContext) throws -> (@Sendable (RecordBatch) throws -> RecordBatch)? { nil }

    /// Every partition at once, each transformed on its own task.
    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        guard supportsColumnar else { return try super.executeColumnar(context) }
        let (input, transform) = try partitionTransform(context)
        let partitions = try input.executeColumnar(context)
        return try context.parallelMap(partitions.count) { p in try transform(partitions[p]).gathered }
    }

    /// A producer per partition that gathers the input partition's pieces and hands on its transform.
    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        guard supportsColumnar else { return try super.producePartitions(context) }
        let (input, transform) = try partitionTransform(context)
        let types = input.output.map(\.dataType)
        let filter = try pieceFilter(context)
        return try input.producePartitions(context).map { produce in
            { consume in
                var parts: [RecordBatch] = []
                // `passing` once a piece kept more than half its rows; `passed` once the pieces before it
                // are transformed and handed on.
                var passing = false, passed = false
                try produce { piece in
                    if passing {
                        if !passed { try transform(RecordBatch.concatenate(taking: &parts, types: types)).forEachPiece(consume) }
                        passed = true
                        return try consume(piece)
                    }
                    guard let filter else { return parts.append(piece) }
                    let kept = try filter(piece)
                    passing = kept.count * 2 > piece.count
                    parts.append(kept)
                }
                if !passed { try transform(RecordBatch.concatenate(taking: &parts, types: types)).forEachPiece(consume) }
            }
        }
    }
}

/// What a whole-partition operator makes of a partition: rows of a batch, picked and ordered by
/// `positions` (a sort's order, a group limit's kept rows), or the whole batch when nil.
struct PartitionRows {
    var batch: RecordBatch
    var positions: [Int]? = nil

    /// Rows handed on per piece when gathered: the consumer (an exchange splitting by target) never holds
    /// a whole transformed partition next to its input.
    static let pieceRows = 1 << 18

    var gathered: RecordBatch { positions.map(batch.gather) ?? batch }

    func forEachPiece(_ consume: (RecordBatch) throws -> Void) throws {
        guard let positions, positions.count > Self.pieceRows else { return try consume(gathered) }
        for start in stride(from: 0, to: positions.count, by: Self.pieceRows) {
            try consume(batch.gather(Array(positions[start..<min(start + Self.pieceRows, positions.count)])))
        }
    }
}
