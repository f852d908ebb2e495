import PyLite
import SparkLite

/// `spark.read`: `format`, `option`, `options`, `schema`, then `load`, `csv`, `json` or `table`. Keyword
/// arguments of `csv(...)` / `json(...)` / `load(...)` other than `path`, `schema` and `format` are options.
final class DataFrameReaderObject: PyHostObject {
    let reader: DataFrameReader
    let context: BridgeContext

    init(_ reader: DataFrameReader, _ context: BridgeContext) {
        self.reader = reader
        self.context = context
    }

    var pyTypeName: String { "DataFrameReader" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        func m(_ body: @escaping (PyArguments) throws -> PyValue) -> PyValue { .native(PyNativeFunction(name: name, body: body)) }
        let reader = self.reader, context = self.context
        switch name {
        case "format":
            return m { [self] a in
                reader.format(try a.bind("format", ["source"])["source"]?.asString ?? "")
                return .host(self)
            }
        case "option":
            return m { [self] a in
                let b = try a.bind("option", ["key", "value"])
                reader.option(b["key"]?.asString ?? "", try Self.optionText(b["value"] ?? .none, a.interpreter))
                return .host(self)
            }
        case "options":
            return m { [self] a in
                for (key, value) in a.keyword { reader.option(key, try Self.optionText(value, a.interpreter)) }
                return .host(self)
            }
        case "schema":
            return m { [self] a in
                try Self.applySchema(try a.bind("schema", ["schema"])["schema"] ?? .none, to: reader)
                return .host(self)
            }
        case "load", "csv", "json":
            return m { a in
                if name == "json", let rdd = (a.positional.first ?? a.keyword("path"))?.asHost(RDDObject.self) {
                    return try Self.json(rdd, a, reader, context)
                }
                // Files are read only by `dojo run`; the judge gives a solution its tables as parameters.
                guard context.allowFileReads else {
                    throw PyError.sandbox("spark.read.\(name) is not available when judging: a solution reads only the problem's tables, which `solve` receives as parameters.")
                }
                var paths: [String] = []
                if let first = a.positional.first ?? a.keyword("path") {
                    if let s = first.asString { paths = [s] } else if let items = first.asArray { paths = items.compactMap(\.asString) }
                }
                if name != "load" { reader.format(name) }
                for (key, value) in a.keyword where key != "path" {
                    switch key {
                    case "schema": try Self.applySchema(value, to: reader)
                    case "format": reader.format(value.asString ?? "")
                    default: if !value.isNone { reader.option(key, try Self.optionText(value, a.interpreter)) }
                    }
                }
                if a.positional.count > 1 {
                    // csv(path, schema) / load(path, format, schema)
                    let rest = Array(a.positional.dropFirst())
                    if name == "load", let f = rest.first?.asString { reader.format(f) }
                    if let schema = name == "load" ? rest.dropFirst().first : rest.first { try Self.applySchema(schema, to: reader) }
                }
                return .host(DataFrameObject(try reader.load(paths), context))
            }
        case "table":
            return m { a in .host(DataFrameObject(try reader.table(a.positional.first?.asString ?? ""), context)) }
        default: return nil
        }
    }

    /// `spark.read.json(rdd)`: each element of the RDD is one JSON document (a string).
    private static func json(_ rdd: RDDObject, _ a: PyArguments, _ reader: DataFrameReader, _ context: BridgeContext) throws -> PyValue {
        for (key, value) in a.keyword where key != "path" {
            if key == "schema" { try applySchema(value, to: reader) } else if !value.isNone { reader.option(key, try optionText(value, a.interpreter)) }
        }
        if a.positional.count > 1 { try applySchema(a.positional[1], to: reader) }
        let lines = try rdd.collect().map { item -> String in
            guard let text = item.asString else {
                throw PyException.typeError("spark.read.json expects an RDD of JSON strings, got an element of type \(Conversion.typeName(item))")
            }
            return text
        }
        return .host(DataFrameObject(try reader.json(lines: lines), context))
    }

    /// Option values as Spark receives them from Python: booleans lower-case, everything else `str()`.
    static func optionText(_ value: PyValue, _ interpreter: PyInterpreter) throws -> String {
        if case .bool(let b) = value { return b ? "true" : "false" }
        return try interpreter.str(value)
    }

    private static func applySchema(_ value: PyValue, to reader: DataFrameReader) throws {
        switch value {
        case .str(let ddl): try reader.schema(ddl)
        case .host(let h):
            guard let t = h as? DataTypeObject, case .struct(let fields) = t.dataType else {
                throw PyException.typeError("schema should be a StructType or a DDL string")
            }
            reader.schema(fields)
        case .none: break
        default: throw PyException.typeError("schema should be a StructType or a DDL string")
        }
    }
}
