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

    override var outputPartitioning: Partitioning { .unknown(max(1, relation.partitions.count)) }

    override var supportsColumnar: Bool { true }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        try executeColumnar(context).map { $0.rows() }
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        let filter = try dataFilters.reduce(nil as Expression?) { acc, e in acc.map { .and($0, e) } ?? e }
            .map { try bind($0, output) }
        let relation = self.relation, columns = self.columns
        if relation.partitions.isEmpty { return [RecordBatch(rows: [], types: output.map(\.dataType))] }
        // The data filters run on each morsel as it is read, so rows they drop are never joined into the partition.
        let morsels = relation.morsels()
        let pieces = try context.parallelMap(morsels.count) { m in
            let batch = try relation.readColumnar(morsels[m].split, columns: columns, context: context)
            guard let filter else { return batch }
            return batch.gather(try VectorizedEvaluator.select(filter, batch))
        }
        let types = output.map(\.dataType)
        var byPartition = [[RecordBatch]](repeating: [], count: relation.partitions.count)
        for (m, piece) in pieces.enumerated() { byPartition[morsels[m].partition].append(piece) }
        return try byPartition.map { batches in
            let batch = RecordBatch.concatenate(batches, types: types)
            try context.checkBudget(rows: batch.count)
            return batch
        }
    }
}
