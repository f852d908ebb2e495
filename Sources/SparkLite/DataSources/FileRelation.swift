/// A table backed by files (Spark's `HadoopFsRelation`): the format and its options, the listed
/// files, the data schema, and the splits each scan task reads. Rows are read when a query runs.
public final class FileRelation: Sendable {
    public enum Format: String, Sendable {
        case csv, json

        /// `Format: CSV` in explain output.
        var displayName: String { rawValue.uppercased() }
    }

    public let format: Format
    public let options: DataSourceOptions
    public let paths: [String]
    public let files: [SourceFile]
    public let schema: [StructField]
    public let partitions: [[FileSplit]]

    /// Lists the files and settles the schema: the user's, or one inferred from the data.
    public init(format: Format, paths: [String], options: DataSourceOptions, userSchema: [StructField]?, conf: SQLConf) throws {
        self.format = format
        self.options = options
        self.paths = paths.map(FileListing.absolute)
        files = try FileListing.list(paths)
        if let userSchema {
            schema = userSchema
        } else {
            switch format {
            case .csv: schema = try CSVFileFormat(options).inferSchema(files)
            case .json: schema = try JSONFileFormat(options).inferSchema(files)
            }
            if schema.isEmpty {
                throw SparkError("UNABLE_TO_INFER_SCHEMA", "Unable to infer schema for \(format.displayName). It must be specified manually.", sqlState: "42KD9")
            }
        }
        partitions = FilePartitioning.partitions(files, splittable: true, conf: conf)
    }

    /// Spark's estimate: the files' total size (`spark.sql.sources.fileCompressionFactor` is 1).
    public var sizeInBytes: Int { files.reduce(0) { $0 + $1.size } }

    /// `InMemoryFileIndex(1 paths)[file:/tmp/x.csv]`.
    var locationDescription: String {
        "InMemoryFileIndex(\(paths.count) paths)[" + paths.map { "file:" + $0 }.joined(separator: ", ") + "]"
    }

    /// The pieces scan tasks read in parallel, per partition in file order: each split cut into morsels of
    /// about `morselBytes`. A line belongs to the piece it starts in (see `SplitLines`), so the pieces of a
    /// split hold its lines once each and in order, and a partition is its pieces one after the other;
    /// small partitions stay whole, and large ones keep every core busy when there are fewer partitions than cores.
    func morsels(morselBytes: Int) -> [[FileSplit]] {
        partitions.map { splits in
            splits.flatMap { split in
                let pieces = max(1, split.length / morselBytes)
                return (0..<pieces).map { i in
                    let start = split.start + split.length * i / pieces, end = split.start + split.length * (i + 1) / pieces
                    return FileSplit(file: split.file, start: start, length: end - start)
                }
            }
        }
    }

    /// The rows of one split (or piece of one) as a record batch of the columns at `columns`; CSV parses
    /// straight into the vectors.
    func readColumnar(_ split: FileSplit, columns: [Int], context: ExecutionContext) throws -> RecordBatch {
        let types = columns.map { schema[$0].dataType }
        switch format {
        case .json:
            return RecordBatch(rows: try JSONFileFormat(options).read(split, schema: schema, columns: columns, context: context), types: types)
        case .csv:
            return try CSVFileFormat(options).read(split, schema: schema, columns: columns, context: context)
        }
    }
}
