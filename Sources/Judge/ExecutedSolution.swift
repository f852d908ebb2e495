import ProblemBank
import PySparkBridge
import SparkLite

/// What the judge reads of one run of a solution: the result, the plan and the metrics.
/// Built from the runner's `SolutionRun`, or by hand in tests.
public struct ExecutedSolution: Sendable {
    public var columns: [StructField]
    public var rows: ResultRows
    /// Exchanges that move rows (not broadcasts, not reused), as in real Spark's initial plan.
    public var shuffles: Int
    public var broadcasts: Int
    public var stages: Int
    /// `df.explain()`'s physical plan text.
    public var physicalPlan: String
    /// Node names of the physical plan, pre-order.
    public var operators: [String]
    public var metrics: RunMetrics
    /// What the program printed.
    public var printed: String
    public var isRDD: Bool

    public init(columns: [StructField], rows: [[Value]], shuffles: Int = 0, broadcasts: Int = 0, stages: Int? = nil,
                physicalPlan: String = "", operators: [String] = [], metrics: RunMetrics = RunMetrics(),
                printed: String = "", isRDD: Bool = false) {
        self.init(columns: columns, rows: ResultRows(rows), shuffles: shuffles, broadcasts: broadcasts, stages: stages,
                  physicalPlan: physicalPlan, operators: operators, metrics: metrics, printed: printed, isRDD: isRDD)
    }

    public init(columns: [StructField], rows: ResultRows, shuffles: Int = 0, broadcasts: Int = 0, stages: Int? = nil,
                physicalPlan: String = "", operators: [String] = [], metrics: RunMetrics = RunMetrics(),
                printed: String = "", isRDD: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.shuffles = shuffles
        self.broadcasts = broadcasts
        self.stages = stages ?? shuffles + 1
        self.physicalPlan = physicalPlan
        self.operators = operators
        self.metrics = metrics
        self.printed = printed
        self.isRDD = isRDD
    }

    public init(_ run: SolutionRun) {
        self.init(columns: run.columns, rows: run.rows, shuffles: run.shuffles, broadcasts: run.broadcasts,
                  stages: run.stages, physicalPlan: Self.physicalText(run.physicalPlan), operators: run.operators,
                  metrics: run.rddMetrics.map(RunMetrics.init(rdd:)) ?? RunMetrics(run.metrics), printed: run.printed, isRDD: run.isRDD)
    }
}

extension ExecutedSolution {
    /// The plan text as the contract's `plan.physical`: `df.explain()` without its `== Physical Plan ==`
    /// header and final newline, as the oracle writes it for real Spark.
    static func physicalText(_ explain: String) -> String {
        var text = Substring(explain)
        let header = "== Physical Plan ==\n"
        if text.hasPrefix(header) { text = text.dropFirst(header.count) }
        while text.hasSuffix("\n") { text = text.dropLast() }
        return String(text)
    }
}

/// Engine counters of one run. A nil field was not measured, so rules that need it are reported
/// as not checkable rather than passed.
public struct RunMetrics: Sendable, Equatable {
    public var shuffleRecordsWritten: Int?
    /// Rows per output partition of each executed shuffle, in execution order.
    public var shufflePartitionSizes: [[Int]]?
    public var scansPerTable: [String: Int]?
    /// Partitions of the result.
    public var outputPartitions: Int?
    /// RDD results: estimated bytes the shuffles wrote, jobs run, and how often each RDD was computed.
    public var shuffleBytesWritten: Int?
    public var jobs: Int?
    public var rddComputations: [RDDComputation]?

    public init(shuffleRecordsWritten: Int? = nil, shufflePartitionSizes: [[Int]]? = nil,
                scansPerTable: [String: Int]? = nil, outputPartitions: Int? = nil) {
        self.shuffleRecordsWritten = shuffleRecordsWritten
        self.shufflePartitionSizes = shufflePartitionSizes
        self.scansPerTable = scansPerTable
        self.outputPartitions = outputPartitions
    }

    /// The metrics of an RDD result: shuffle records as Spark counts them, elements per shuffle partition.
    public init(rdd: RDDRunMetrics) {
        self.init(shuffleRecordsWritten: rdd.shuffleRecordsWritten, shufflePartitionSizes: rdd.shufflePartitionSizes,
                  scansPerTable: rdd.scansPerTable, outputPartitions: rdd.outputPartitions)
        shuffleBytesWritten = rdd.shuffleBytesWritten
        jobs = rdd.jobs
        rddComputations = rdd.computations
    }

    public init(_ metrics: QueryMetrics?) {
        guard let metrics else {
            self.init()
            return
        }
        self.init(shuffleRecordsWritten: metrics.shuffleRecordsWritten, shufflePartitionSizes: metrics.shufflePartitionSizes,
                  scansPerTable: metrics.scansPerTable, outputPartitions: metrics.outputPartitions)
    }

    /// The `metrics` object of `dojo run --format json`: only what was measured.
    public var json: JSONValue {
        var pairs: [(key: String, value: JSONValue)] = []
        if let shuffleRecordsWritten { pairs.append(("shuffle_records_written", .int(Int64(shuffleRecordsWritten)))) }
        if let shufflePartitionSizes {
            pairs.append(("shuffle_partition_sizes", .array(shufflePartitionSizes.map { .array($0.map { .int(Int64($0)) }) })))
        }
        if let scansPerTable {
            pairs.append(("scans_per_table", .object(scansPerTable.sorted { $0.key < $1.key }.map { ($0.key, .int(Int64($0.value))) })))
        }
        if let outputPartitions { pairs.append(("output_partitions", .int(Int64(outputPartitions)))) }
        if let shuffleBytesWritten { pairs.append(("shuffle_bytes_written", .int(Int64(shuffleBytesWritten)))) }
        if let jobs { pairs.append(("jobs", .int(Int64(jobs)))) }
        if let rddComputations {
            pairs.append(("rdd_computations", .array(rddComputations.map {
                .object([("rdd", .string($0.rdd)), ("partitions_computed", .int(Int64($0.partitionsComputed)))])
            })))
        }
        return .object(pairs)
    }
}
