import Foundation

/// `df.write`: a save mode, a format and options, then `save(path)` / `csv(path)` / `json(path)`.
/// Like Spark, the path becomes a directory with one `part-NNNNN-<uuid>-c000.<ext>` file per
/// non-empty partition and a `_SUCCESS` marker.
public final class DataFrameWriter {
    public enum SaveMode: String, Sendable {
        case errorIfExists, overwrite, append, ignore

        public init?(name: String) {
            switch name.lowercased() {
            case "error", "errorifexists", "default": self = .errorIfExists
            case "overwrite": self = .overwrite
            case "append": self = .append
            case "ignore": self = .ignore
            default: return nil
            }
        }
    }

    let df: DataFrame
    var format = "parquet"
    var mode = SaveMode.errorIfExists
    var options = DataSourceOptions()

    init(_ df: DataFrame) { self.df = df }

    @discardableResult public func format(_ name: String) -> DataFrameWriter {
        format = name.lowercased()
        return self
    }

    @discardableResult public func mode(_ name: String) throws -> DataFrameWriter {
        guard let m = SaveMode(name: name) else {
            throw SparkError("INVALID_SAVE_MODE", "The specified save mode \"\(name)\" is invalid. Valid save modes include \"append\", \"overwrite\", \"ignore\", \"error\", \"errorifexists\", and \"default\".")
        }
        mode = m
        return self
    }

    @discardableResult public func option(_ key: String, _ value: String) -> DataFrameWriter {
        options[key] = value
        return self
    }

    @discardableResult public func options(_ values: [String: String]) -> DataFrameWriter {
        options.merge(DataSourceOptions(values))
        return self
    }

    public func csv(_ path: String) throws { try format("csv").save(path) }
    public func json(_ path: String) throws { try format("json").save(path) }

    public func save(_ rawPath: String, limits: ExecutionLimits = ExecutionLimits()) throws {
        let schema = df.schema
        let encode: ([Value]) -> String
        let header: String?
        let ext: String
        switch format {
        case "csv":
            let writer = try CSVRowWriter(options, schema: schema)
            encode = writer.line
            header = try options.bool("header", default: false) ? writer.headerLine : nil
            ext = "csv"
        case "json":
            encode = { row in JSON.from(.struct(row), .struct(schema)).serialized }
            header = nil
            ext = "json"
        default:
            throw SparkError.unsupported("Writing the \(format) data source")
        }
        let path = FileListing.absolute(rawPath)
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            switch mode {
            case .errorIfExists:
                throw SparkError("PATH_ALREADY_EXISTS", "Path file:\(path) already exists. Set mode as \"overwrite\" to overwrite the existing path.", sqlState: "42K04")
            case .ignore: return
            case .overwrite: try? manager.removeItem(atPath: path)
            case .append: break
            }
        }
        var partitions = try df.executePartitions(limits: limits)
        if partitions.allSatisfy(\.isEmpty) { partitions = [[]] }
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            let job = UUID().uuidString.lowercased()
            for (i, rows) in partitions.enumerated() where !rows.isEmpty || partitions.count == 1 {
                var text = header.map { $0 + "\n" } ?? ""
                for row in rows { text += encode(row) + "\n" }
                let name = String(format: "part-%05d-%@-c000.%@", i, job, ext)
                try Data(text.utf8).write(to: URL(fileURLWithPath: (path as NSString).appendingPathComponent(name)))
            }
            try Data().write(to: URL(fileURLWithPath: (path as NSString).appendingPathComponent("_SUCCESS")))
        } catch let error as SparkError {
            throw error
        } catch {
            throw SparkError("TASK_WRITE_FAILED", "Task failed while writing rows to file:\(path): \(error.localizedDescription)", sqlState: "58030")
        }
    }
}

extension DataFrame {
    /// `df.write`.
    public var write: DataFrameWriter { DataFrameWriter(self) }
}
