import PyLite
import SparkLite

extension RDDObject {
    /// `df.rdd`: the DataFrame's rows as `Row` objects, in the DataFrame's partitions (PySpark reads them with
    /// an unlimited `BatchedSerializer`).
    static func fromDataFrame(_ df: DataFrame, _ state: RDDBridgeState) throws -> RDDObject {
        let fields = df.schema
        let names = fields.map(\.name)
        let interpreter = try? state.interpreter
        let rows = try df.toRDD(state.sc) { [weak interpreter] values in
            PyValue.host(RowObject(names: names, values: Swift.zip(values, fields).map {
                Conversion.python($0, $1.dataType, interpreter: interpreter)
            }))
        }
        state.register(rows)
        return RDDObject(state, jrdd: rows, deserializer: .batched(-1), origin: state.callSite("rdd"))
    }

    /// `df.toJSON()`: each row as the JSON text `to_json(struct(*))` writes (null fields left out), an RDD of strings.
    static func jsonLines(_ df: DataFrame, _ state: RDDBridgeState) throws -> RDDObject {
        let row = Column(.unresolvedFunction(name: "struct", arguments: [.star(qualifier: nil)], isDistinct: false))
        let json = try df.select([functions.call("to_json", [row]).alias("value")])
        let lines = try json.toRDD(state.sc) { values in Conversion.python(values[0], .string) }
        state.register(lines)
        return RDDObject(state, jrdd: lines, deserializer: .batched(-1), origin: state.callSite("toJSON"))
    }

    /// `spark.createDataFrame(rdd, schema)` / `rdd.toDF(schema)`: without a schema (or with column names) the
    /// types are inferred from the first row, as PySpark does (`rdd.first()` runs a job); the rows keep the
    /// RDD's partitions.
    func toDataFrame(schema: PyValue?) throws -> DataFrame {
        let first = try take(1, api: "toDF").first
        let partitions = try collectPartitions("toDF")
        var fields: [StructField]
        var wrapAtomic = false
        switch schema {
        case .str(let ddl)?:
            if let parsed = try? parseDDLSchema(ddl), !parsed.isEmpty {
                fields = parsed
            } else {
                fields = [StructField("value", try Conversion.dataType(.str(ddl)))]
                wrapAtomic = true
            }
        case .host(let h)? where h is DataTypeObject:
            let type = try Conversion.dataType(.host(h))
            if case .struct(let fs) = type {
                fields = fs
            } else {
                fields = [StructField("value", type)]
                wrapAtomic = true
            }
        default:
            guard let first else {
                throw PyException(.valueError, "[CANNOT_INFER_EMPTY_SCHEMA] Can not infer schema from an empty dataset.")
            }
            let names = try schema.flatMap { s -> [String]? in s.isNone ? nil : try Conversion.names([s]) }
            fields = try Self.inferFields(first: first, rows: partitions.flatMap { $0 }, names: names)
        }
        let resolved = fields
        let valueRows = try partitions.map { part in
            try part.map { item -> [Value] in
                let values = wrapAtomic ? [item] : try Self.rowValues(item, count: resolved.count)
                guard values.count == resolved.count else {
                    throw SparkError("AXIS_LENGTH_MISMATCH", "Length mismatch: Expected axis has \(resolved.count) elements, new values have \(values.count) elements.")
                }
                return try Swift.zip(values, resolved).map { try DataFrameBuilder.cell($0, $1) }
            }
        }
        return try state.bridge.session.createDataFrame(partitions: valueRows, fields: resolved)
    }

    /// The values of a row-like element: a Row, tuple, list, or dict (by the Row's field order).
    static func rowValues(_ item: PyValue, count: Int) throws -> [PyValue] {
        if let row = item.asHost(RowObject.self) { return row.values }
        if let values = item.asArray { return values }
        if let pairs = item.asPairs { return pairs.map(\.1) }
        throw PyException.typeError("[CANNOT_INFER_SCHEMA_FOR_TYPE] Can not infer schema for type: `\(Conversion.typeName(item))`.")
    }

    /// Field names and types from the first row; later rows fill in fields the first leaves `None`.
    static func inferFields(first: PyValue, rows: [PyValue], names: [String]?) throws -> [StructField] {
        let rowNames: [String]? = first.asHost(RowObject.self).flatMap { $0.names.isEmpty ? nil : $0.names }
            ?? first.asPairs.map { $0.compactMap { $0.0.asString } }
        let width = try rowValues(first, count: 0).count
        if width == 0 { throw PyException(.valueError, "[CANNOT_INFER_EMPTY_SCHEMA] Can not infer schema from an empty dataset.") }
        let columnNames = (0..<width).map { i -> String in
            if let names, i < names.count { return names[i] }
            if let rowNames, i < rowNames.count { return rowNames[i] }
            return "_\(i + 1)"
        }
        var types: [DataType?] = Array(repeating: nil, count: width)
        for row in ([first] + rows.prefix(100)) {
            let values = try rowValues(row, count: width)
            for i in 0..<min(width, values.count) where types[i] == nil && !values[i].isNone {
                types[i] = try DataFrameBuilder.inferType([values[i]], column: columnNames[i])
            }
            if types.allSatisfy({ $0 != nil }) { break }
        }
        return try (0..<width).map { i in
            guard let type = types[i] else {
                throw PyException(.valueError, "[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring.")
            }
            return StructField(columnNames[i], type)
        }
    }
}
