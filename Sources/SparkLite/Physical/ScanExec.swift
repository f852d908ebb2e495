/// Reads the rows of a local relation: `Scan ExistingRDD` for `createDataFrame`, `LocalTableScan` otherwise.
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
        case .file(let format, _, _): "FileScan \(format)"
        }
    }

    override var argumentSeparator: String { "" }

    override var argumentString: String {
        "[" + output.map(\.explainName).joined(separator: ",") + "]"
    }

    override var outputPartitioning: Partitioning { .unknown(max(1, data.partitions.count)) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        if let table = data.tableName { context.metrics.recordScan(table) }
        return data.partitions
    }
}
