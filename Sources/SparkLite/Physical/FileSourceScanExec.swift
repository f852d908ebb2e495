/// Reads a file source (`FileScan csv [...]`): only the columns the query needs, one task per file
/// partition. The data filters are also checked while reading, which only drops rows the `Filter`
/// above would drop anyway.
final class FileSourceScanExec: SparkPlan, @unchecked Sendable {
    let relation: FileRelation
    let dataFilters: [Expression]
    let pushedFilters: [String]
    /// Positions of the output columns in the relation's schema.
    let columns: [Int]

    /// `output` is a subset of `relationOutput` (the relation's attributes, in schema order).
    init(_ relation: FileRelation, relationOutput: [AttributeReference], output: [AttributeReference], dataFilters: [Expression]) {
        self.relation = relation
        self.dataFilters = dataFilters
        columns = output.map { a in relationOutput.firstIndex { $0.exprId == a.exprId } ?? 0 }
        pushedFilters = dataFilters.compactMap(PushedFilter.translate)
        super.init(children: [], output: output)
    }

    override var nodeName: String { "FileScan \(relation.format.rawValue)" }

    override var argumentString: String {
        let readSchema = "struct<" + output.map { "\($0.name):\($0.dataType.simpleString)" }.joined(separator: ",") + ">"
        return "[" + output.map(\.explainName).joined(separator: ",") + "] Batched: false, "
            + "DataFilters: " + Self.abbreviate("[" + dataFilters.map(\.explainString).joined(separator: ", ") + "]")
            + ", Format: \(relation.format.displayName), Location: " + Self.abbreviate(relation.locationDescription)
            + ", PartitionFilters: [], PushedFilters: " + Self.abbreviate("[" + pushedFilters.joined(separator: ", ") + "]")
            + ", ReadSchema: " + Self.abbreviate(readSchema)
    }

    /// Spark shortens each metadata value of a scan to 100 characters.
    static func abbreviate(_ s: String) -> String {
        s.count > 100 ? String(s.prefix(97)) + "..." : s
    }

    override var outputPartitioning: Partitioning { .source(max(1, relation.partitions.count)) }

    override var supportsColumnar: Bool { true }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        try executeColumnar(context).map { $0.rows() }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        let read = try pieceReader(context)
        let relation = self.relation, types = output.map(\.dataType)
        if relation.partitions.isEmpty { return [RecordBatch(rows: [], types: types)] }
        // All morsels on all cores, then each partition's joined in order.
        let morsels = relation.morsels(morselBytes: context.morselBytes)
        let all = morsels.enumerated().flatMap { p, splits in splits.map { (partition: p, split: $0) } }
        var pieces = try context.parallelMap(all.count) { m in try read(all[m].split) }
        var byPartition = [[RecordBatch]](repeating: [], count: morsels.count)
        for (m, piece) in pieces.enumerated() { byPartition[all[m].partition].append(piece) }
        pieces = []
        // Each partition's pieces are let go once joined.
        var out: [RecordBatch] = []
        for p in byPartition.indices {
            out.append(RecordBatch.concatenate(taking: &byPartition[p], types: types))
            try context.checkBudget(rows: out[p].count)
        }
        return out
    }

    /// Each partition's morsels, read one after the other when the consumer asks.
    override func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        let read = try pieceReader(context)
        let types = output.map(\.dataType)
        if relation.partitions.isEmpty { return [{ consume in try consume(RecordBatch(rows: [], types: types)) }] }
        return relation.morsels(morselBytes: context.morselBytes).map { splits in
            { consume in
                for split in splits { try consume(try read(split)) }
            }
        }
    }

    /// Reads one morsel and keeps the rows the data filters pass, so rows they drop are never joined into a partition.
    private func pieceReader(_ context: ExecutionContext) throws -> @Sendable (FileSplit) throws -> RecordBatch {
        let filter = try dataFilters.reduce(nil as Expression?) { acc, e in acc.map { .and($0, e) } ?? e }
            .map { try bind($0, output) }
        let relation = self.relation, columns = self.columns
        return { split in
            let batch = try relation.readColumnar(split, columns: columns, context: context)
            guard let filter else { return batch }
            return batch.gather(try VectorizedEvaluator.select(filter, batch))
        }
    }
}
