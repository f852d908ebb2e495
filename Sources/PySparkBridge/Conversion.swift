import PyLite
import SparkLite

/// Conversions between Python values and SparkLite columns, literals and types.
enum Conversion {
    /// A column argument: a Column, a column name (`"salary"`), or a literal when `stringIsName` is false.
    static func column(_ v: PyValue, stringIsName: Bool = true) throws -> Column {
        if let c = v.asHost(ColumnObject.self) { return c.column }
        if case .str(let s) = v, stringIsName { return Column(name: s) }
        return functions.lit(try literal(v))
    }

    /// Columns from varargs or a single list argument (`select("a", "b")`, `select(["a", "b"])`).
    static func columns(_ values: [PyValue]) throws -> [Column] {
        if values.count == 1, let items = values[0].asArray { return try items.map { try column($0) } }
        return try values.map { try column($0) }
    }

    static func names(_ values: [PyValue]) throws -> [String] {
        let flat = values.count == 1 ? (values[0].asArray ?? values) : values
        return try flat.map { v in
            guard let s = v.asString else { throw PyException.typeError("expected a column name (str), got \(typeName(v))") }
            return s
        }
    }

    /// A Python `datetime.date` / `datetime.datetime` (made in the solution or collected from Spark) as a
    /// Spark DATE or TIMESTAMP.
    static func dateValue(_ v: PyValue) -> (Value, DataType)? {
        if let d = v.asHost(DateObject.self) { return (d.value, d.type) }
        guard let d = v.asHost(PyDateValue.self) else { return nil }
        return d.hasTime ? (.timestamp(Int64(d.microseconds)), .timestamp) : (.date(Int32(clamping: d.daysSinceEpoch)), .date)
    }

    static func literal(_ v: PyValue) throws -> Value {
        switch v {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .double(d)
        case .str(let s): return .string(s)
        case .list(let l): return .array(try l.items.map(literal))
        case .tuple(let items): return .array(try items.map(literal))
        default:
            if let (d, _) = dateValue(v) { return d }
            if let b = v.asHost(BytesObject.self) { return .binary(b.bytes) }
            // A `datetime.timedelta` is an INTERVAL DAY TO SECOND literal.
            if let delta = v.asHost(PyTimeDeltaValue.self) { return .interval(Int64(delta.microseconds)) }
            if let d = v.asHost(PyDecimalValue.self), let (precision, scale) = d.precisionAndScale {
                // A literal keeps the Decimal's own digits: Decimal('1.50') is a decimal(3,2).
                guard precision <= 38 else {
                    throw SparkError("DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION", "Decimal precision \(precision) exceeds max precision 38.")
                }
                return try sparkDecimal(d, precision: precision, scale: scale)
            }
            throw PyException.typeError("[NOT_COLUMN_OR_STR] Argument `col` should be a Column or str, got \(typeName(v)).")
        }
    }

    /// A value of a Spark column as Python sees it after `collect()`. A decimal becomes a `decimal.Decimal` of
    /// `interpreter` (by default the one running Python on this thread).
    static func python(_ v: Value, _ type: DataType, interpreter: PyInterpreter? = nil) -> PyValue {
        switch v {
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .double(let d): return .float(d)
        // A Decimal needs the interpreter running the solution (its class and context); outside one, the text.
        case .decimal(let u, let s):
            return (interpreter ?? PyInterpreter.current)?.makeDecimal(unscaled: u, scale: s) ?? .str(Decimal128.format(u, scale: s))
        case .string(let s): return .str(s)
        case .date, .timestamp: return .host(DateObject(value: v, type: type))
        case .binary(let bytes): return .host(BytesObject(bytes))
        case .array(let items):
            let element: DataType = if case .array(let e, _) = type { e } else { .null }
            return .newList(items.map { python($0, element, interpreter: interpreter) })
        case .struct(let fields):
            guard case .struct(let defs) = type else { return .tuple(fields.map { python($0, .null, interpreter: interpreter) }) }
            return .host(RowObject(names: defs.map(\.name), values: zip(fields, defs).map { python($0, $1.dataType, interpreter: interpreter) }))
        case .map(let entries):
            var kt: DataType = .null, vt: DataType = .null
            if case .map(let k, let val, _) = type { kt = k; vt = val }
            return (try? PyValue.newDict(entries.map { (python($0.key, kt, interpreter: interpreter), python($0.value, vt, interpreter: interpreter)) })) ?? .none
        default: return .str(ValueFormatter.showString(v, type))
        }
    }

    /// A Python UDF's return value as a Spark value of `type`, as PySpark's `EvaluatePython.makeFromJava`
    /// converts what the Python worker sent back: a value of another kind than the type expects is null
    /// (an int for DOUBLE, a float for INT, a bool for INT), integers wrap to the type's width, and a
    /// STRING takes any value as Java's `toString` writes it (`[1, 2]`, `{a=1}`, `true`).
    static func spark(_ v: PyValue, _ type: DataType) -> Value {
        if case .none = v { return .null }
        switch type {
        case .boolean:
            if case .bool(let b) = v { return .bool(b) }
            return .null
        case .byte, .short, .int, .long:
            guard case .int(let i) = v else { return .null }
            let wide = Int64(truncatingIfNeeded: i)
            switch type {
            case .byte: return .int(Int64(Int8(truncatingIfNeeded: wide)))
            case .short: return .int(Int64(Int16(truncatingIfNeeded: wide)))
            case .int: return .int(Int64(Int32(truncatingIfNeeded: wide)))
            default: return .int(wide)
            }
        case .float:
            if case .float(let d) = v { return .double(Double(Float(d))) }
            return .null
        case .double:
            if case .float(let d) = v { return .double(d) }
            return .null
        case .string:
            return javaText(v).map { .string($0) } ?? .null
        case .array(let element, _):
            guard let items = v.asArray else { return .null }
            return .array(items.map { spark($0, element) })
        case .decimal(let precision, let scale):
            guard case .host(let d as PyDecimalValue) = v else { return .null }
            return (try? sparkDecimal(d, precision: precision, scale: scale)) ?? .null
        case .map(let keyType, let valueType, _):
            guard case .dict(let dict) = v else { return .null }
            return .map(dict.pairs.map { MapEntry(spark($0.0, keyType), spark($0.1, valueType)) })
        case .struct(let fields):
            if let row = v.asHost(RowObject.self) {
                let values = row.names.isEmpty ? row.values : fields.map { f in row.names.firstIndex(of: f.name).map { row.values[$0] } ?? .none }
                guard values.count == fields.count else { return .null }
                return .struct(zip(values, fields).map { spark($0, $1.dataType) })
            }
            if case .dict(let dict) = v {
                return .struct(fields.map { f in spark((try? dict.get(.str(f.name))) ?? PyValue.none, f.dataType) })
            }
            guard let items = v.asArray, items.count == fields.count else { return .null }
            return .struct(zip(items, fields).map { spark($0, $1.dataType) })
        case .binary:
            if let b = v.asHost(BytesObject.self) { return .binary(b.bytes) }
            return .null
        default:
            if let (d, t) = dateValue(v), t == type { return d }
            return .null
        }
    }

    /// A Python Decimal as a value of `decimal(precision, scale)`: rounded HALF_UP to the scale as Spark does;
    /// NaN and infinities become null; a value with too many digits raises NUMERIC_VALUE_OUT_OF_RANGE.
    static func sparkDecimal(_ d: PyDecimalValue, precision: Int, scale: Int) throws -> Value {
        guard d.precisionAndScale != nil else { return .null }
        guard let unscaled = d.unscaled(scale: scale), Decimal128.fits(unscaled, precision: precision) else {
            let rounded = d.unscaled(scale: scale).map { Decimal128.format($0, scale: scale) } ?? d.text
            throw SparkError("NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION",
                             " The \(rounded) rounded half up from \(d.text) cannot be represented as Decimal(\(precision), \(scale)).")
        }
        return .decimal(unscaled, scale: scale)
    }

    /// How Java's `toString` writes a value unpickled from Python (nil for values whose text is an object address).
    private static func javaText(_ v: PyValue) -> String? {
        switch v {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return ValueFormatter.javaDouble(d)
        case .str(let s): return s
        case .list(let l): return "[" + l.items.map { javaText($0) ?? "null" }.joined(separator: ", ") + "]"
        case .dict(let d): return "{" + d.pairs.map { (javaText($0.0) ?? "null") + "=" + (javaText($0.1) ?? "null") }.joined(separator: ", ") + "}"
        default: return nil
        }
    }

    /// A data type from `"int"`, a DDL string, or a `pyspark.sql.types` object.
    static func dataType(_ v: PyValue) throws -> DataType {
        if let t = v.asHost(DataTypeObject.self) { return t.dataType }
        if case .str(let s) = v {
            // A DDL field list (`"name STRING, n INT"`) is a struct type, as PySpark reads a UDF's return type.
            do { return try parseSQLDataType(s) } catch {
                guard let fields = try? parseDDLSchema(s), !fields.isEmpty else { throw error }
                return .struct(fields)
            }
        }
        throw PyException.typeError("expected a DataType or a type string, got \(typeName(v))")
    }

    static func typeName(_ v: PyValue) -> String {
        switch v {
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .str: "str"
        case .list: "list"
        case .tuple: "tuple"
        case .dict: "dict"
        case .host(let h): h.pyTypeName
        default: "object"
        }
    }
}
