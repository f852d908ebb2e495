import PyLite
import SparkLite

/// `df.write`: `mode`, `format`, `option`, `options`, then `save`, `csv` or `json`.
final class DataFrameWriterObject: PyHostObject {
    let writer: DataFrameWriter
    let limits: ExecutionLimits

    init(_ writer: DataFrameWriter, limits: ExecutionLimits) {
        self.writer = writer
        self.limits = limits
    }

    var pyTypeName: String { "DataFrameWriter" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        func m(_ body: @escaping (PyArguments) throws -> PyValue) -> PyValue { .native(PyNativeFunction(name: name, body: body)) }
        let writer = self.writer, limits = self.limits
        switch name {
        case "mode":
            return m { [self] a in
                try writer.mode(try a.bind("mode", ["saveMode"])["saveMode"]?.asString ?? "errorifexists")
                return .host(self)
            }
        case "format":
            return m { [self] a in
                writer.format(try a.bind("format", ["source"])["source"]?.asString ?? "")
                return .host(self)
            }
        case "option":
            return m { [self] a in
                let b = try a.bind("option", ["key", "value"])
                writer.option(b["key"]?.asString ?? "", try DataFrameReaderObject.optionText(b["value"] ?? .none, a.interpreter))
                return .host(self)
            }
        case "options":
            return m { [self] a in
                for (key, value) in a.keyword { writer.option(key, try DataFrameReaderObject.optionText(value, a.interpreter)) }
                return .host(self)
            }
        case "partitionBy", "bucketBy", "sortBy", "saveAsTable", "insertInto", "parquet", "orc", "text":
            throw SparkError.unsupported("DataFrameWriter.\(name)")
        case "save", "csv", "json":
            return m { a in
                guard let path = (a.positional.first ?? a.keyword("path"))?.asString else {
                    throw PyException.typeError("\(name)() missing required argument: 'path'")
                }
                if name != "save" { writer.format(name) }
                for (key, value) in a.keyword where key != "path" && !value.isNone {
                    switch key {
                    case "mode": try writer.mode(value.asString ?? "")
                    case "format": writer.format(value.asString ?? "")
                    default: writer.option(key, try DataFrameReaderObject.optionText(value, a.interpreter))
                    }
                }
                if name == "save", a.positional.count > 1, let f = a.positional[1].asString { writer.format(f) }
                try writer.save(path, limits: limits)
                return .none
            }
        default: return nil
        }
    }
}
