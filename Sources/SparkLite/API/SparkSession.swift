/// The entry point: tables, SQL, configuration. Behaves like PySpark's session in `local[2]`.
public final class SparkSession: Sendable {
    public let conf: SQLConf
    public let catalog: Catalog
    public let cacheManager = CacheManager()
    /// `spark.sparkContext`: the RDD API, sharing this session's configuration.
    public let sparkContext: SparkContext

    public init(conf: SQLConf = SQLConf()) {
        self.conf = conf
        self.catalog = Catalog()
        self.sparkContext = SparkContext(conf: conf)
    }

    var analyzer: Analyzer { Analyzer(catalog: catalog, conf: conf) }

    /// `spark.createDataFrame(rows, "id INT, name STRING")`: `Scan ExistingRDD` with no size estimate, split into
    /// `defaultParallelism` partitions the way `sc.parallelize` slices a list.
    /// `numSlices` splits the rows into that many partitions instead of the default parallelism.
    public func createDataFrame(_ rows: [[Value]], schema: String, tableName: String? = nil, numSlices: Int? = nil) throws -> DataFrame {
        let fields: [StructField]
        do { fields = try parseDDLSchema(schema) } catch {
            throw SparkError("PARSE_SYNTAX_ERROR", "Invalid schema \"\(schema)\": \(error.description)")
        }
        return try createDataFrame(rows, fields: fields, tableName: tableName, numSlices: numSlices)
    }

    public func createDataFrame(_ rows: [[Value]], fields: [StructField], tableName: String? = nil, numSlices: Int? = nil) throws -> DataFrame {
        for (i, row) in rows.enumerated() where row.count != fields.count {
            throw SparkError("AXIS_LENGTH_MISMATCH", "Row \(i) has \(row.count) values but the schema has \(fields.count) fields.")
        }
        let output = fields.map { AttributeReference(name: $0.name, dataType: $0.dataType, nullable: $0.nullable) }
        let data = LocalData(partitions: Self.slice(rows, max(1, numSlices ?? conf.defaultParallelism)), origin: .existingRDD, tableName: tableName)
        return DataFrame(session: self, plan: .localRelation(data, output: output))
    }

    /// `spark.range(start, end, step, numPartitions)`: one BIGINT column `id`, planned as Spark's `Range`
    /// (split into `defaultParallelism` partitions unless told).
    public func range(start: Int64, end: Int64, step: Int64 = 1, numPartitions: Int? = nil) -> DataFrame {
        let output = AttributeReference(name: "id", dataType: .long, nullable: false)
        return DataFrame(session: self, plan: .range(start: start, end: end, step: step,
                                                     numSlices: numPartitions ?? conf.defaultParallelism, output: output))
    }

    /// `sc.parallelize`'s slicing of a list, which PySpark's `createDataFrame` uses too: the rows are pickled
    /// in batches of `max(1, min(n / p, 1024))` and the batches are split evenly (3000 rows in 2 partitions
    /// are 1024 and 1976).
    static func slice(_ rows: [[Value]], _ partitions: Int) -> [[[Value]]] {
        ParallelCollectionRDD.slicePySparkStyle(rows, numSlices: partitions)
    }

    public func table(_ name: String) throws -> DataFrame {
        try DataFrame(session: self, unresolved: .unresolvedRelation([name]))
    }
}
