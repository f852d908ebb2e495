import PyLite
import SparkLite

/// `spark.createDataFrame(data, schema)`: tuples, lists, Rows or dicts, with a DDL string, a list of names,
/// a `StructType`, or nothing (types inferred like PySpark: int → bigint, float → double).
enum DataFrameBuilder {
    static func build(_ session: SparkSession, data: PyValue, schema: PyValue?) throws -> DataFrame {
        guard let items = data.asArray else {
            throw PyException.typeError("[CANNOT_INFER_SCHEMA_FOR_TYPE] createDataFrame() expects a list of rows, got \(Conversion.typeName(data)).")
        }
        var names: [String]? = nil
        var fields: [StructField]? = nil
        // A schema that is one type and not a struct (`"int"`, `IntegerType()`) makes one column `value`,
        // each item being that column's value.
        var singleValue = false
        switch schema {
        case .none?, nil: break
        case .str(let ddl)?:
            do {
                fields = try parseDDLSchema(ddl)
            } catch {
                guard let type = try? parseSQLDataType(ddl) else { throw error }
                if case .struct(let fs) = type { fields = fs } else { fields = [StructField("value", type)]; singleValue = true }
            }
        case .list, .tuple:
            names = try Conversion.names([schema ?? .none])
        case .host(let h)?:
            guard let t = h as? DataTypeObject else {
                throw PyException.typeError("createDataFrame() schema must be a DDL string, a list of names or a StructType")
            }
            if case .struct(let fs) = t.dataType { fields = fs } else { fields = [StructField("value", t.dataType)]; singleValue = true }
        default:
            throw PyException.typeError("createDataFrame() schema must be a DDL string, a list of names or a StructType")
        }
        var rows: [[PyValue]] = []
        var rowNames: [String]? = nil
        for item in items {
            if singleValue {
                rows.append([item])
            } else if let row = item.asHost(RowObject.self) {
                if rowNames == nil && !row.names.isEmpty { rowNames = row.names }
                rows.append(row.values)
            } else if let pairs = item.asPairs {
                // Without a schema PySpark reads a dict's keys in sorted order.
                if rowNames == nil {
                    let keys = pairs.compactMap { $0.0.asString }
                    rowNames = fields == nil && names == nil ? keys.sorted() : keys
                }
                let byName = Dictionary(pairs.compactMap { k, v in k.asString.map { ($0, v) } }, uniquingKeysWith: { a, _ in a })
                rows.append((rowNames ?? []).map { byName[$0] ?? .none })
            } else if let values = item.asArray {
                rows.append(values)
            } else if fields == nil {
                throw PyException(.typeError, "[CANNOT_INFER_SCHEMA_FOR_TYPE] Can not infer schema for type: `\(Conversion.typeName(item))`.")
            } else {
                rows.append([item])
            }
        }
        if fields == nil {
            let width = rows.first?.count ?? names?.count ?? 0
            let columnNames = names ?? rowNames ?? (1...max(width, 1)).map { "_\($0)" }
            fields = try (0..<width).map { i in
                let type = try inferType(rows.map { i < $0.count ? $0[i] : .none }, column: i < columnNames.count ? columnNames[i] : "_\(i + 1)")
                return StructField(i < columnNames.count ? columnNames[i] : "_\(i + 1)", type)
            }
        }
        let resolvedFields = fields ?? []
        let values = try rows.enumerated().map { r, row -> [Value] in
            guard row.count == resolvedFields.count else {
                throw SparkError("AXIS_LENGTH_MISMATCH", "Length mismatch: Expected axis has \(resolvedFields.count) elements, new values have \(row.count) elements (row \(r)).")
            }
            return try zip(row, resolvedFields).map { try cell($0, $1) }
        }
        return try session.createDataFrame(values, fields: resolvedFields)
    }

    /// The type of a column from its values, as PySpark's `_infer_schema` merges the type of every row: None and
    /// empty lists leave a type open (`[]` then `["x"]` is `array<string>`), other types never merge (an int and a
    /// float in one column fail), and a column whose type stays open cannot be created.
    static func inferType(_ values: [PyValue], column: String) throws -> DataType {
        guard let type = try mergedType(values, column: column), !containsNullType(type) else {
            throw PyException(.valueError, "[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring.")
        }
        return type
    }

    private static func mergedType(_ values: [PyValue], column: String) throws -> DataType? {
        var type: DataType? = nil
        for v in values {
            guard let t = try valueType(v, column: column) else { continue }
            type = try type.map { try merge($0, t) } ?? t
        }
        return type
    }

    /// A value's own type; nil for None.
    private static func valueType(_ v: PyValue, column: String) throws -> DataType? {
        switch v {
        case .none: return nil
        case .bool: return .boolean
        case .int: return .long
        case .float: return .double
        case .str: return .string
        case .list:
            return .array(element: try mergedType(v.asArray ?? [], column: column) ?? .null, containsNull: true)
        case .tuple(let items):
            // A tuple inside a row is a struct with fields `_1`, `_2`, ... (a list is an array).
            return .struct(try items.enumerated().map { StructField("_\($0 + 1)", try valueType($1, column: column) ?? .null) })
        case .dict(let d):
            // PySpark types a dict by its first entry whose key and value are both set.
            guard let (key, value) = d.pairs.first(where: { !$0.0.isNone && !$0.1.isNone }) else {
                return .map(key: .null, value: .null, valueContainsNull: true)
            }
            return .map(key: try valueType(key, column: column) ?? .null, value: try valueType(value, column: column) ?? .null, valueContainsNull: true)
        case .host(let h) where h is PyDecimalValue:
            // PySpark infers every decimal.Decimal as DecimalType(38, 18).
            return .decimal(precision: 38, scale: 18)
        default:
            if let row = v.asHost(RowObject.self), !row.names.isEmpty {
                return .struct(try zip(row.names, row.values).map { StructField($0, try valueType($1, column: column) ?? .null) })
            }
            if let (_, dateType) = Conversion.dateValue(v) { return dateType }
            throw PyException.typeError("[CANNOT_INFER_TYPE_FOR_FIELD] Unable to infer the type of the field `\(column)`.")
        }
    }

    private static func merge(_ a: DataType, _ b: DataType) throws -> DataType {
        switch (a, b) {
        case _ where a == b: return a
        case (.null, _): return b
        case (_, .null): return a
        case (.array(let x, _), .array(let y, _)): return .array(element: try merge(x, y), containsNull: true)
        case (.map(let k1, let v1, _), .map(let k2, let v2, _)):
            return .map(key: try merge(k1, k2), value: try merge(v1, v2), valueContainsNull: true)
        case (.struct(let f1), .struct(let f2)) where f1.map(\.name) == f2.map(\.name):
            return .struct(try zip(f1, f2).map { StructField($0.name, try merge($0.dataType, $1.dataType)) })
        default:
            throw PyException.typeError("[CANNOT_MERGE_TYPE] Can not merge type `\(DataTypeObject.className(a))` and `\(DataTypeObject.className(b))`.")
        }
    }

    private static func containsNullType(_ t: DataType) -> Bool {
        switch t {
        case .null: true
        case .array(let e, _): containsNullType(e)
        case .map(let k, let v, _): containsNullType(k) || containsNullType(v)
        case .struct(let fields): fields.contains { containsNullType($0.dataType) }
        default: false
        }
    }

    static func cell(_ v: PyValue, _ field: StructField) throws -> Value {
        if v.isNone {
            guard field.nullable else {
                throw PyException(.valueError, "[FIELD_NOT_NULLABLE_WITH_NAME] field \(field.name): This field is not nullable, but got None.")
            }
            return .null
        }
        switch (field.dataType, v) {
        case (let t, .int(let i)) where t.isIntegral:
            let (lo, hi): (Int, Int) = switch t {
            case .byte: (Int(Int8.min), Int(Int8.max))
            case .short: (Int(Int16.min), Int(Int16.max))
            case .int: (Int(Int32.min), Int(Int32.max))
            default: (Int.min, Int.max)
            }
            guard i >= lo && i <= hi else {
                throw PyException(.valueError, "[VALUE_OUT_OF_BOUNDS] Value for `obj` must be between \(lo) and \(hi) (inclusive), got \(i)")
            }
            return .int(Int64(i))
        case (.double, .float(let d)): return .double(d)
        case (.double, .int(let i)): return .double(Double(i))
        // A FLOAT field keeps the value at single precision: 2.675 is stored as 2.674999952316284.
        case (.float, .float(let d)): return .double(Double(Float(d)))
        case (.float, .int(let i)): return .double(Double(Float(i)))
        case (.decimal(let precision, let scale), .host(let d as PyDecimalValue)):
            // PySpark accepts only decimal.Decimal for a DecimalType field (not float, int or str).
            return try Conversion.sparkDecimal(d, precision: precision, scale: scale)
        case (.string, .str(let s)): return .string(s)
        case (.boolean, .bool(let b)): return .bool(b)
        case (.date, .str(let s)):
            guard let d = DateTimeUtils.parseDate(s) else { break }
            return .date(d)
        case (.timestamp, .str(let s)):
            guard let t = DateTimeUtils.parseTimestamp(s) else { break }
            return .timestamp(t)
        case (.array(let e, _), _):
            guard let items = v.asArray else { break }
            return .array(try items.map { try cell($0, StructField(field.name, e)) })
        case (.struct(let defs), _):
            let values = v.asHost(RowObject.self)?.values ?? v.asArray ?? []
            guard values.count == defs.count else { break }
            return .struct(try zip(values, defs).map { try cell($0, $1) })
        case (.map(let k, let val, _), .dict):
            return .map(try (v.asPairs ?? []).map { MapEntry(try cell($0.0, StructField("key", k)), try cell($0.1, StructField("value", val))) })
        default:
            if let (d, t) = Conversion.dateValue(v) {
                if t == field.dataType { return d }
                // A datetime is a date too: a DATE field keeps its day.
                if field.dataType == .date, case .timestamp(let micros) = d {
                    let perDay = DateTimeUtils.microsPerDay
                    return .date(Int32(clamping: (micros - ((micros % perDay) + perDay) % perDay) / perDay))
                }
            }
        }
        throw PyException.typeError("[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] field \(field.name): \(DataTypeObject(field.dataType).pyRepr()) can not accept object \(RowObject.repr(v)) in type <class '\(Conversion.typeName(v))'>.")
    }
}
