/// Reads the rows of a local relation: `Scan ExistingRDD` for `createDataFrame`, `Scan OneRowRelation` for a
/// `SELECT` without FROM, `LocalTableScan` otherwise.
final class ScanExec: SparkPlan, @unchecked Sendable {
    let data: LocalData

    init(_ data: LocalData, output: [AttributeReference]) {
        self.data = data
        super.init(children: [], output: output)
    }

    override var nodeName: String {
        switch data.origin {
        case .existingRDD: "Scan ExistingRDD"
        case .localTable: "LocalTableScan"
        case .oneRowRelation: "Scan OneRowRelation"
        }
    }

    override var argumentSeparator: String { data.origin == .localTable ? " " : "" }

    /// `Scan ExistingRDD[a#1,b#2]`, `LocalTableScan [a#1, b#2]`, `LocalTableScan <empty>, [a#1]`.
    override var argumentString: String {
        guard data.origin == .localTable else { return "[" + output.map(\.explainName).joined(separator: ",") + "]" }
        let columns = "[" + output.map(\.explainName).joined(separator: ", ") + "]"
        return data.rowCount == 0 ? "<empty>, " + columns : columns
    }

    override var outputPartitioning: Partitioning { .source(max(1, data.partitions.count)) }

    override var supportsColumnar: Bool { true }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if let table = data.tableName { context.metrics.recordScan(table) }
        return data.partitions
    }

    override func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        if let table = data.tableName { context.metrics.recordScan(table) }
        return data.batches(types: output.map(\.dataType))
    }
}
