/// `spark.read`: a format, options and an optional schema, then `load(path)` / `csv(path)` / `json(path)`.
/// The files are listed and (without a schema) their schema inferred now; rows are read when a query runs.
public final class DataFrameReader {
    let session: SparkSession
    var format = "parquet"
    var options = DataSourceOptions()
    var userSchema: [StructField]?

    init(session: SparkSession) { self.session = session }

    @discardableResult public func format(_ name: String) -> DataFrameReader {
        format = name.lowercased()
        return self
    }

    @discardableResult public func option(_ key: String, _ value: String) -> DataFrameReader {
        options[key] = value
        return self
    }

    @discardableResult public func options(_ values: [String: String]) -> DataFrameReader {
        options.merge(DataSourceOptions(values))
        return self
    }

    @discardableResult public func schema(_ ddl: String) throws -> DataFrameReader {
        do { userSchema = try parseDDLSchema(ddl) } catch {
            throw SparkError("PARSE_SYNTAX_ERROR", "Invalid schema \"\(ddl)\": \(error.description)", sqlState: "42601")
        }
        return self
    }

    @discardableResult public func schema(_ fields: [StructField]) -> DataFrameReader {
        userSchema = fields
        return self
    }

    public func load(_ paths: [String]) throws -> DataFrame {
        let relationFormat: FileRelation.Format
        switch format {
        case "csv": relationFormat = .csv
        case "json": relationFormat = .json
        default: throw SparkError.unsupported("The \(format) data source")
        }
        guard !paths.isEmpty else {
            throw SparkError("UNABLE_TO_INFER_SCHEMA", "Unable to infer schema for \(relationFormat.displayName). It must be specified manually.", sqlState: "42KD9")
        }
        let relation = try FileRelation(format: relationFormat, paths: paths, options: options, userSchema: userSchema, conf: session.conf)
        let output = relation.schema.map { AttributeReference(name: $0.name, dataType: $0.dataType, nullable: true) }
        return DataFrame(session: session, plan: .fileRelation(relation, output: output))
    }

    public func load(_ path: String) throws -> DataFrame { try load([path]) }
    public func csv(_ paths: String...) throws -> DataFrame { try format("csv").load(paths) }
    public func json(_ paths: String...) throws -> DataFrame { try format("json").load(paths) }
    public func table(_ name: String) throws -> DataFrame { try session.table(name) }

    /// `spark.read.json(rdd)`: JSON documents held in memory, one per string, read with this reader's
    /// options and schema as the lines of a JSON file would be (the schema inferred from all of them).
    public func json(lines: [String]) throws -> DataFrame {
        let format = try JSONFileFormat(options)
        let schema = userSchema ?? format.inferSchema(lines: lines)
        guard !schema.isEmpty else {
            throw SparkError("UNABLE_TO_INFER_SCHEMA", "Unable to infer schema for JSON. It must be specified manually.", sqlState: "42KD9")
        }
        return try session.createDataFrame(try format.rows(lines: lines, schema: schema), fields: schema)
    }
}

extension SparkSession {
    /// `spark.read`: a new reader each time, as in PySpark.
    public var read: DataFrameReader { DataFrameReader(session: self) }
}
